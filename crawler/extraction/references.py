"""What a news text refers to: regions by name, "kabupaten itu", datelines, the nation, villages.

A figure in a sentence belongs to something the sentence (or the story so far) refers to. This module
finds those references and marks the weak ones: a dateline ("DEMAK –") says where the reporter was, an
appositive province ("Kab. Rejang Lebong, Provinsi Bengkulu") only locates, a village or district
("Desa Karangreja", "di tingkat kecamatan") owns its figures but is not a region, and a plural
("keempat kabupaten itu") points at several regions at once.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from typing import Literal

from uhcwatch.crawler.extraction import lexicon as L
from uhcwatch.crawler.extraction import weights as W
from uhcwatch.crawler.extraction.regions import Region, gazetteer
from uhcwatch.crawler.extraction.sentences import break_before

INDONESIA = Region(code="", name="Indonesia", base="Indonesia", level="nasional", province_code="",
                   province="", latitude=None, longitude=None)


class RefKind(enum.Enum):
    MENTION = "mention"  # a region by name: "Kabupaten Demak", "Demak", "Lotim"
    ANAPHOR = "anaphor"  # a phrase pointing back at one: "kabupaten itu"
    NATIONAL = "national"  # the whole country: "penduduk Indonesia", "secara nasional"
    POLICY = "policy"  # the national programme: "RPJMN", "target nasional"
    GROUP = "group"  # several regions, a place below one or abroad: "keempat kabupaten itu", "Desa X", "Malaysia"


GROUP = RefKind.GROUP
Regions = tuple[Region, ...]
# Who a figure belongs to: regions, GROUP (a plural or sub-regional reference: no single region,
# which blocks attribution), or None (nobody known).
Owner = Regions | Literal[RefKind.GROUP] | None


@dataclass(frozen=True)
class Ref:
    """Something in the text that a figure can belong to."""

    start: int
    end: int
    region: Region | None  # None with kind GROUP
    kind: RefKind
    context: bool = False  # an appositive or locative ("Kab. X, Provinsi Y"): a weak owner
    formal: bool = False
    office: bool = False  # names a BPJS office's area ("Kedeputian Wilayah Jateng dan DIY"), a context too


def aside_lines(text: str) -> list[tuple[int, int]]:
    """The lines that belong to another story or to the page's furniture ("BACA JUGA: ...", "Editor: ...", an image),
    as (start, end): nothing in them is this story's, however they split into sentences."""
    spans, heading = [], False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if L.SKIP_SENTENCE.match(line):
            spans.append((m.start(), m.end()))
            # "BACA JUGA:" alone on its line heads a list of other stories' headlines, one per line
            heading = bool(L.SKIP_HEADING.match(line))
        elif heading and L.LIST_ITEM.match(line):
            spans.append((m.start(), m.end()))  # "· Pasien Covid-19 ..., Sekda Kota Cirebon: ..."
        else:
            heading = False
    return spans


def find_references(text: str) -> list[Ref]:
    """Every region mention, anaphor, national and sub-regional reference, in text order."""
    refs: list[Ref] = []
    anaphors = [m for m in L.ANAPHOR.finditer(text.lower()) if not _is_not_anaphor(m, text)]
    mentions = gazetteer().resolve(text)
    previous = None  # the last mention that is not a dateline
    spans = [(a.start(), a.end()) for a in anaphors]
    plurals = list(L.PLURAL_ANAPHOR.finditer(text.lower()))
    # "BACA JUGA: Giatkan JMS, Kejari Bengkulu Selatan ...": another story's headline names no region of this one
    asides = aside_lines(text)
    for m in mentions:
        if any(a <= m.start < b for a, b in asides):
            continue
        region = m.candidates[0]
        inside = any(a <= m.start and m.end <= b for a, b in spans) or _is_group_field(text, m.start, plurals)
        dateline = _is_dateline(text, m.start, m.end)
        office = _is_office(text, m.start) or _continues_office(text, m.start, refs) \
            or bool(_BRANCH_AFTER.match(text, m.end))
        context = bool(inside or dateline or office or _is_appositive(text, m.start, region, previous) \
            or (region.level == "provinsi" and (_ONE_OF_ITS_PARTS_BEFORE.search(text, max(0, m.start - 60), m.start)
                                                 or L.RANKED_IN_PROVINCE_BEFORE.search(text, max(0, m.start - 40), m.start))) \
            or _is_venue(text, m.start, m.end) or _restates_context(text, m.start, region, refs) \
            or _is_giver_or_source(text, m.start) or L.COMPARED_REGION_BEFORE.search(text, max(0, m.start - 20), m.start)
            or L.AND_SURROUNDINGS_AFTER.match(text, m.end))
        refs.append(Ref(m.start, m.end, region, RefKind.MENTION, context=context, formal=m.cue is not None,
                        office=office))
        previous = previous if dateline else m
    for a in anaphors:
        if any(p.start() < a.start("noun") < p.end() for p in plurals):
            continue  # "enam kabupaten itu": the demonstrative of a counted group, not one region's anaphor
        kind = GROUP if a.group("group") else RefKind.ANAPHOR
        refs.append(Ref(a.start("noun"), a.end(), None, kind))
    for m in L.BARE_ANAPHOR.finditer(text):
        refs.append(Ref(m.start("noun"), m.end("noun"), None, RefKind.ANAPHOR))
    for m in plurals:
        sentence_before = _SENTENCE_BREAK.split(text[max(0, m.start() - 300):m.start()])[-1]
        if _SPREAD_OVER_BEFORE.search(sentence_before) and not _BRANCH_NAMED.search(sentence_before):
            continue  # "7,22 juta penduduk yang tersebar pada 24 kabupaten/kota di Sulsel": where, not whose
            # (but a branch's participants "tersebar di delapan kabupaten dan satu kota" are the area's)
        if any(r.region is not None and r.region.level == "provinsi" and not r.context
               and _PARTS_OF_BEFORE.fullmatch(text, r.end, m.start()) for r in refs):
            continue  # "Cakupan kepesertaan BPJS di Kepri dari tujuh kabupaten/kota ... 92 persen": the province's parts
        if _ONE_OF_BEFORE.search(sentence_before) and any(
                r.kind is RefKind.MENTION and not r.context and m.start() - len(sentence_before) <= r.start < m.start()
                for r in refs):
            continue  # "Kabupaten Sabu Raijua merupakan salah satu dari 18 daerah ...": the region named is the subject
        refs.append(Ref(m.start(), m.end(), None, GROUP))
    for m in L.SUBREGION.finditer(text):
        if L.FACILITY_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _is_venue(text, m.start(), m.end()) \
                or L.RESIDENT_ADDRESS_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "ujar Sandi ... di Puskesmas Kecamatan Ciracas": where it was said, not whose figure
        refs.append(Ref(m.start(), m.end(), None, GROUP))  # a village or district is not a region
    # nor is another country, or an island's several provinces, unless only a destination ("merantau ke ...")
    for m in (*L.ABROAD.finditer(text), *L.ISLANDS.finditer(text)):
        before = text[max(0, m.start() - 50):m.start()]
        if not L.ABROAD_AS_DESTINATION.search(before) and not L.ISLAND_AS_FIELD.search(before):
            refs.append(Ref(m.start(), m.end(), None, GROUP))
    for m in L.METRO_AREAS.finditer(text):  # "penduduk Tangerang Raya": a metropolitan area of several regions (but
        # "posisi kedua di Malang Raya" is where a region ranks, not what a sentence is about)
        if not L.METRO_AS_PLACE_BEFORE.search(text[max(0, m.start() - 5):m.start()]):
            refs.append(Ref(m.start(), m.end(), None, GROUP))
    for m in L.NATIONAL.finditer(text):
        if L.AWARD_BEFORE_LEVEL.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "meraih predikat UHC Madya tingkat nasional": the award's level, not the nation's figure
        refs.append(Ref(m.start(), m.end(), INDONESIA, RefKind.NATIONAL))
    for m in L.NATIONAL_POLICY.finditer(text):
        refs.append(Ref(m.start(), m.end(), INDONESIA, RefKind.POLICY))
    refs.sort(key=lambda r: r.start)
    return _joint_areas(_provinces_as_frames(refs, text), text)


# "98 persen dari total penduduk Jawa Tengah-DIY", "Jateng-DIY": two regions written as one, the area of one office
_JOINED_BY = re.compile(r"\s?[-–/]\s?")


def _joint_areas(refs: list[Ref], text: str) -> list[Ref]:
    """Two regions written as one word ("Jateng-DIY") name one area together: like an office's, a context."""
    out = list(refs)
    for i, r in enumerate(out[:-1]):
        nxt = out[i + 1]
        if r.kind is RefKind.MENTION and nxt.kind is RefKind.MENTION and r.region is not None \
                and nxt.region is not None and r.region != nxt.region and _JOINED_BY.fullmatch(text, r.end, nxt.start):
            out[i], out[i + 1] = replace(r, context=True, office=True), replace(nxt, context=True, office=True)
    return out


# "jika di Sulawesi Selatan, Kabupaten Takalar memiliki rasio tertinggi ... yakni 95 persen": a province set before a
# comma, as where, ahead of one of its own regions, frames the sentence; the region is the subject
_FRAME_BEFORE = re.compile(r"\b(?:di|untuk|dari)\s+(?:provinsi\s+)?$", re.IGNORECASE)
_FRAME_AFTER = re.compile(r"\s*,\s*")


def _provinces_as_frames(refs: list[Ref], text: str) -> list[Ref]:
    out = list(refs)
    for i, r in enumerate(out[:-1]):
        nxt = out[i + 1]
        if (r.kind is RefKind.MENTION and r.region is not None and r.region.level == "provinsi" and not r.context
                and nxt.kind is RefKind.MENTION and nxt.region is not None and nxt.region.level != "provinsi"
                and nxt.region.province_code == r.region.code
                and _FRAME_BEFORE.search(text, max(0, r.start - 20), r.start)
                and _FRAME_AFTER.fullmatch(text, r.end, nxt.start)):
            out[i] = replace(r, context=True)
    return out


# "Malinau satu-satunya kabupaten di Kalimantan Utara yang sudah 100 persen": the province only places the one
_ONE_OF_ITS_PARTS_BEFORE = re.compile(r"\b(?:satu-satunya|satu)\s+(?:kabupaten/kota|kabupaten|kota|daerah)\s+"
                                      r"(?:di|se-?)\s*(?:provinsi\s+)?$", re.IGNORECASE)
# ("Kabupaten Malra berada di peringkat sembilan dari 11 kab/kota": where the region ranks among them)
_ONE_OF_BEFORE = re.compile(r"\b(?:merupakan|adalah|menjadi|termasuk)\s+(?:salah\s+)?satu\s+dari\s*$|"
                            r"(?:\b|di)(?:peringkat|urutan|posisi|ranking)\s*(?:ke-?\s*)?(?:\w+\s+dari\s*)?$", re.IGNORECASE)
_PARTS_OF_BEFORE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:dari|di|yang terdiri dari|meliputi)\s+", re.IGNORECASE)
_SPREAD_OVER_BEFORE = re.compile(r"\b(?:tersebar|terbagi)\s+(?:merata\s+)?(?:di|pada|ke)\s*$", re.IGNORECASE)
_BRANCH_NAMED = re.compile(r"\bcabang\b|\bKCU?\b|\bkantor\b|" + L.BRANCH_SCOPE.pattern, re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_GROUP_FIELD_GAP = re.compile(r"[^.,;\d]{0,30}\b(?:di|se-)\s*(?:provinsi\s*)?$", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:di|pada|dari|se)\s*$", re.IGNORECASE)
_WHICH_AFTER = re.compile(r"[^\S\n]*(?:\([^)]{0,20}\)[^\S\n]*)?yang\b", re.IGNORECASE)
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w-]*[^\S\n]*)+")


def _is_group_field(text: str, start: int, plurals: list[re.Match]) -> bool:
    """"tiga daerah kabupaten atau kota di Jatim yang ... 100 persen": the province a counted group of regions lies
    in only locates the group, when the group is the subject or a relative clause says what its regions have."""
    groups = [p for p in plurals if 0 <= start - p.end() <= 40 and _GROUP_FIELD_GAP.fullmatch(text, p.end(), start)]
    if not groups:
        return False
    name = _CAPITALISED_WORDS.match(text, start)
    if _WHICH_AFTER.match(text, name.end() if name else start):
        return True
    # "Tiga dari enam kabupaten/kota di Provinsi Gorontalo mencatatkan ...": the group is the subject; but in
    # "keaktifan ... di enam kabupaten di Sulbar mencapai 88,43 persen" it only places the province's total
    return any(not _AT_BEFORE.search(text, max(0, p.start() - 12), p.start()) for p in groups)


def _is_not_anaphor(m: re.Match, text: str) -> bool:
    """"kota itu" is an anaphor; "Kota Bekasi itu" is a mention; "kabupaten/kota ini" is generic;
    "wilayah kerjanya" is a BPJS branch office's area."""
    noun, mid = text[m.start("noun"):m.end("noun")], text[m.start("mid"):m.end("mid")]
    # a capital is a name's ("Kota Lama itu") unless it only opens the sentence ("Daerah ini berhasil meraih ...")
    opens_sentence = re.search(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)$", text[max(0, m.start("noun") - 5):m.start("noun")])
    return bool(re.match(r"\s*[A-Z]", mid)) or "/" in mid[:2] or not (noun.islower() or opens_sentence) or \
        bool(re.match(r"\s*kerja", mid))


def _is_appositive(text: str, start: int, region: Region, last) -> bool:
    """"Kab. Rejang Lebong, Provinsi Bengkulu" / "ibu kota Sumatera Utara": the province only locates."""
    before = text[max(0, start - 25):start].lower()
    if re.search(r"ibu ?kota(?: provinsi)?\s*$", before):
        return True
    if region.level != "provinsi" or last is None or start - last.end > 200:
        return False
    gap = text[last.end:start]
    if last.candidates[0].level != "provinsi" and (re.fullmatch(r"\s*\)?\s*[,(]\s*", gap) or (
            re.fullmatch(r"[^\S\n]+", gap) and (re.match(r"(?i)prov(?:insi|\.)", text[start:start + 9])
                                                or last.candidates[0].province_code == region.code))):
        return True  # "Kabupaten Agam, Sumatera Barat", "Kabupaten Kutai Kartanegara (Kukar), Kalimantan Timur",
        # "Kabupaten Rejang Lebong Provinsi Bengkulu", "di Kabupaten Kudus Jawa Tengah" (its own province),
        # "Kota Yogyakarta dan Kabupaten Gunungkidul (DIY, red.)"
    same_sentence = not re.search(r"[.!?]\s", gap)
    return same_sentence and len(gap) < 80 and last.candidates[0].level != "provinsi" and \
        bool(re.search(r"(?:\bdi|\bse-|\bwilayah)\s*(?:provinsi\s*)?$", before))




def _is_giver_or_source(text: str, start: int) -> bool:
    """"penghargaan UHC dari pemerintah provinsi Jawa Tengah", "yang terdata Dinas Dukcapil DKI Jakarta": the region an
    award comes from, or whose agency the data comes from, is named for that, not as whose figure it is."""
    return bool(L.AWARD_GIVER_BEFORE.search(text, max(0, start - 90), start)
                or L.DATA_SOURCE_BEFORE.search(text, max(0, start - 60), start))


def _restates_context(text: str, start: int, region: Region, refs: list[Ref]) -> bool:
    """"Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta (DIY), mencatat": the abbreviation in brackets
    is the same appositive again."""
    last = refs[-1] if refs else None
    return last is not None and last.context and last.region == region and \
        re.fullmatch(r"\s*\(\s*", text[last.end:start]) is not None


def _continues_office(text: str, start: int, refs: list[Ref]) -> bool:
    """"Deputi Direksi BPJS Kesehatan Wilayah Jateng dan DIY": both name the office's area; so does the rest of
    a list of its area, past a name the gazetteer does not know ("melayani Balikpapan, PPU dan Paser")."""
    last = refs[-1] if refs else None
    return last is not None and last.office and L.LIST_GAP.fullmatch(text[last.end:start]) is not None


def _is_office(text: str, start: int) -> bool:
    """"BPJS Kesehatan Jember catat 3,2 juta peserta": the branch office, which serves several regions; and the
    regions an office serves, named as its area, or offices named by their seat ("kantor cabang lainnya seperti
    Banjarmasin")."""
    if L.OFFICE_AREA_BEFORE.search(text[max(0, start - 90):start]) or \
            L.OFFICE_LIST_BEFORE.search(text[max(0, start - 120):start]) or \
            L.AREA_OF_WORK_BEFORE.search(text[max(0, start - 240):start]):
        return True  # "BPJS Kesehatan cabang Balikpapan yang melayani daerah Balikpapan, PPU dan Paser"
    before = text[max(0, start - 45):start]
    # ("Badan Penyelengara Jaminan Sosial ( BPJS ) Provinsi Sulawesi Utara": the acronym in brackets)
    return bool(re.search(r"\bBPJS(?:\s+Kesehatan)?\s*\)?(?:\s+(?:[Ww]ilayah|Divisi Regional(?:\s+\w+)?))?\s+$",
                          before) or re.search(r"\b(?:Deputi Direksi|Kedeputian)\b[^.,;]{0,30}\bWilayah\s+$", before)
                # "di wilayah Kedeputian Jawa Barat": a regional office's area, not the province
                or re.search(r"\b[Kk]edeputian(?:\s+[Ww]ilayah)?\s+$", before)
                # "BPJS Kesehatan Cabang Kota Tanjungpinang, Provinsi Kepulauan Riau menyampaikan": where the office is
                or _OFFICE_PLACE_BEFORE.search(before))


# English pages: "the JKN-KIS program at the Manokwari Branch Office was 5,635,274 people": the office's area
_BRANCH_AFTER = re.compile(r"\s+(?:Branch|Regional)\s+Office\b")
_OFFICE_PLACE_BEFORE = re.compile(r"\b(?:Cabang|KCU?|Kantor Cabang)\s+(?:Kota\s+|Kabupaten\s+)?[A-Z][\w-]*"
                                  r"(?:\s+[A-Z][\w-]*)?\s*,\s*(?:Provinsi\s+)?$")


def _is_venue(text: str, start: int, end: int) -> bool:
    """"kata Direktur Utama ... dalam konferensi pers di Jakarta", "di Ballroom JIEXPO Kemayoran Jakarta Pusat",
    "di Jakarta International Expo": where something was said or done, not whose figure; and the field a region
    is ranked in ("kabupaten pertama di Papua dan Papua Barat")."""
    before = text[max(0, start - 90):start]
    return bool(L.VENUE_BEFORE.search(before) or L.VENUE_NOUN_BEFORE.search(before)
                or L.VENUE_NOUN_AFTER.match(text, end) or L.RANKED_IN_BEFORE.search(text[max(0, start - 120):start])
                or L.RANK_PLACE_IN_BEFORE.search(before)
                or (L.ADDRESS_BEFORE.search(text, max(0, start - 120), start) and L.VENUE_DAY_AFTER.match(text, end))
                or L.VENUE_AFTER_QUOTE.search(text[max(0, start - 200):start]))




def _is_dateline(text: str, start: int, end: int) -> bool:
    """"DEMAK –", "KUPANG, KOMPAS.com -", "Liputan6.com, Kendari:": where the reporter was, not the story."""
    if L.BULLET_BEFORE.search(text[max(0, start - 10):start]):
        return text[start:end].isupper() and bool(L.DASH_AFTER.match(text, end))
    if L.SITE_DATELINE_BEFORE.search(text[max(0, start - 60):start]):
        return True  # "Liputan6.com, Jakarta Per 1 Desember 2018, ...": a site's name, then where, with no dash
    if not L.DATELINE_BEFORE.search(text[max(0, start - 60):start]):
        return False
    return bool(L.DATELINE_AFTER.match(text, end)) or (text[start:end].isupper() and
                                                       bool(L.DATELINE_CAPS_AFTER.match(text, end)))


def main_region(refs: list[Ref], title_end: int) -> Region | None:
    """The region the story is about: named formally, early, in the title."""
    score: dict[str, float] = {}
    regions: dict[str, Region] = {}
    own = False  # a region named as the story's own, not only as a dateline, a venue or a police unit
    for r in refs:
        if r.kind not in (RefKind.MENTION, RefKind.NATIONAL) or r.region is None:
            continue  # "Penduduk Indonesia" in a headline makes a national story
        own = own or not r.context or r.office  # (an office's area is one)
        if r.context and r.region.code in L.NATIONAL_DATELINES:
            continue  # "JAKARTA –" heads national news: the capital is where the reporter was, not the story
        w = W.MAIN_MENTION + (W.MAIN_FORMAL if r.formal else 0) + (W.MAIN_IN_TITLE if r.start < title_end else 0) \
            + (W.MAIN_EARLY if r.start < W.MAIN_EARLY_CHARS else 0)
        w *= W.MAIN_WEAK_FACTOR if r.context else 1.0
        score[r.region.code] = score.get(r.region.code, 0) + w
        regions[r.region.code] = r.region
    if not score or not own:
        return None
    top = max(score, key=score.get)
    # "Deputi Direksi Wilayah Jateng dan DIY ... warga di Jawa Tengah dan DIY": the story is about an office's
    # area of several regions, none of which is the story's region alone.
    area = {r.region.code for r in refs if r.office and r.region is not None}
    if top in area and any(code != top and score.get(code, 0) >= W.MAIN_SHARED_AREA * score[top] for code in area):
        return None
    return regions[top]


_COUNTED = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
            "sepuluh": 10}
_COUNTED_BEFORE = re.compile(r"\bke(" + "|".join(_COUNTED) + r")\s*$")
_COUNTED_PLAIN = re.compile(r"(" + "|".join(_COUNTED) + r"|\d{1,2})\s")  # "tiga kabupaten", "5 kota"
_COUNTED_ITSELF = re.compile(r"ke(" + "|".join(_COUNTED) + r")nya$")


def resolve_group(ref: Ref, refs: list[Ref], text: str) -> Regions | None:
    """"Badung dan Klungkung. Kedua kabupaten tersebut 100 persen": a counted plural ("kedua kabupaten
    itu", "ketiganya") means the regions of its level named last before it, if just that many stand in
    its sentence and the one before; anything else (a vague "beberapa daerah", a village) is no region."""
    phrase = text[ref.start:ref.end].lower()
    listed = _listed_after(ref, refs, text, phrase)
    if listed:
        return listed
    counted = _COUNTED_ITSELF.match(phrase) or _COUNTED_BEFORE.search(text[max(0, ref.start - 12):ref.start].lower())
    # "enam kabupaten itu", "tujuh kabupatennya": a counted group named again, by a demonstrative or as the province's own
    again = _COUNTED_PLAIN.match(phrase) if _DEMONSTRATIVE_AFTER.match(text, ref.end) or phrase.endswith("nya") else None
    counted = counted or again
    every = _EVERY_BEFORE.search(text[max(0, ref.start - 12):ref.start].lower()) and \
        _DEMONSTRATIVE_AFTER.search(phrase) and not _COUNTED_PLAIN.match(phrase)  # "seluruh kabupaten tersebut"
    if counted is None and not every:
        return None
    n = 2 if every else _COUNTED.get(counted.group(1)) or int(counted.group(1))
    level = next((lv for lv in ("kabupaten", "kota", "provinsi") if lv in phrase), None)
    if _BOTH_LEVELS_AFTER.match(text, ref.end):  # "enam kabupaten dan kota itu"
        level = None
    since = _sentence_before(text, ref.start)
    if again:  # a group named again may be named again twice: look two sentences further back
        since = _sentence_before(text, since)
    named: list[Region] = []
    for r in refs:
        if since <= r.start < ref.start and r.kind is RefKind.MENTION and not r.context and r.region is not None \
                and r.region not in named:
            named.append(r.region)
    of_level = [r for r in named if level is None or r.level == level]
    if every:  # all of that level named in this sentence and the one before, however many
        return tuple(of_level) if len(of_level) >= n else None
    if len(of_level) >= n:
        return tuple(of_level[-n:])
    if again:  # "Keenam kabupaten tersebut adalah Ende, Nagekeo, ... [five sentences] ... seluruh enam kabupaten tersebut
        # telah mencapai ...": a counted group named again means the last sentence that listed that many
        listed = _last_listing(refs, text, since, n, level)
        if listed:
            return listed
    # "Kabupaten Buru, Buru Selatan, Kota Tual, ... Enam kabupaten itu": a count of "kabupaten" that takes in a kota
    return tuple(named[-n:]) if len(named) >= n and level != "provinsi" else None


_LISTING_LOOKBACK = 1500  # how far back (characters) a counted group named again may find its list


def _last_listing(refs: list[Ref], text: str, before: int, n: int, level: str | None) -> Regions | None:
    """The regions of `level` of the last sentence before `before` that named exactly `n` of them."""
    sentences: dict[int, list[Region]] = {}
    for r in refs:
        if before - _LISTING_LOOKBACK <= r.start < before and r.kind is RefKind.MENTION and not r.context \
                and r.region is not None and (level is None or r.region.level == level):
            at = break_before(text, r.start)
            if r.region not in sentences.setdefault(at, []):
                sentences[at].append(r.region)
    for at in sorted(sentences, reverse=True):
        if len(sentences[at]) == n:
            return tuple(sentences[at])
    return None


_EVERY_BEFORE = re.compile(r"\b(?:seluruh|semua)\s*$")
_BOTH_LEVELS_AFTER = re.compile(r"\s*(?:dan|/|&)\s*kota\b", re.IGNORECASE)
_DEMONSTRATIVE_AFTER = re.compile(r"(?:\s*(?:dan|/|&)\s*kota)?\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)


def _listed_after(ref: Ref, refs: list[Ref], text: str, phrase: str) -> Regions | None:
    """"hanya ada tiga kabupaten kota yang cakupannya 100 persen, di antaranya Kabupaten Sampang ..., Kota Malang
    ... serta Kota Mojokerto": a counted plural whose regions are listed after it, in its sentence, behind a word
    that opens a list."""
    counted = _COUNTED_PLAIN.match(phrase)
    if counted is None:
        return _several_listed(ref, refs, text, phrase)
    n = _COUNTED.get(counted.group(1)) or (int(counted.group(1)) if counted.group(1).isdigit() else 0)
    end = _sentence_end(text, ref.end)
    sentence_rest = text[ref.end:end if end > 0 else len(text)]
    cue = L.LIST_OPENS.search(sentence_rest)
    if n and cue is None and end > 0:
        return _named_next(refs, text, end + 1, n)
    if not n or cue is None:
        return None
    named = _named_between(refs, ref.end + cue.end(), ref.end + len(sentence_rest))
    if len(named) >= n:
        return named[:n]  # the sentence may go on to other regions: "..., untuk Kota Surabaya ..."
    among = cue.group(0).replace(" ", "") in ("diantaranya", "antaralain")
    return named if named and among else None  # "di antaranya A dan B": some of them, each with it


_SEVERAL = re.compile(r"(?:sejumlah|beberapa)\s")


def _several_listed(ref: Ref, refs: list[Ref], text: str, phrase: str) -> Regions | None:
    """"sejumlah kabupaten dan kota yang ... di atas 80 persen, yakni A, B" or "... 80 persen. Daerah-daerah tersebut
    antara lain A, B, ...": an uncounted group means every region listed after it, in its sentence or opening the next."""
    if not _SEVERAL.match(phrase):
        return None
    end = _sentence_end(text, ref.end)
    end = end if end > 0 else len(text)
    cue = L.SEVERAL_LISTED_BY.search(text, ref.end, end)
    if cue is not None:
        return _named_between(refs, cue.end(), end) or None
    return _named_next(refs, text, end + 1, None, L.GROUP_LISTED_NEXT)


_SENTENCE_END = re.compile(r"\.\s")


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one running at ``at`` begins (the break that opens it), or -1."""
    return break_before(text, break_before(text, at) + 1)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence running at ``start`` ends (its full stop, before a space or a line break), or -1."""
    m = _SENTENCE_END.search(text, start)
    return m.start() if m else -1


def _named_next(refs: list[Ref], text: str, start: int, n: int | None,
                opening_words: re.Pattern = L.GROUP_NAMED_NEXT) -> Regions | None:
    """"... 8 kabupaten yang sudah 100 persen. Ke-8 kabupaten itu, Murung Raya, Katingan, ...": the regions the
    next sentence lists right after restating the group (at most that many, when counted)."""
    opening = opening_words.match(text, start)
    if opening is None:
        return None
    end = _sentence_end(text, opening.end())
    end = end if end > 0 else len(text)
    return _named_between(refs, opening.end(), end)[:n] or None


def _named_between(refs: list[Ref], start: int, end: int) -> Regions:
    """The regions named (not as context) from `start` to `end`, each once, in text order."""
    named: list[Region] = []
    for r in refs:
        if start <= r.start < end and r.kind is RefKind.MENTION and not r.context and r.region is not None \
                and r.region not in named:
            named.append(r.region)
    return tuple(named)


def listed_before_anaphor(ref: Ref, refs: list[Ref], text: str) -> Regions | None:
    """"... belum mencapai UHC, yakni Kabupaten Bulukumba, Jeneponto, Bone, dan Luwu Utara. Namun, cakupan kepesertaan di
    daerah tersebut telah berada di atas 90 persen": "daerah" names no level and no number, so right after a list of
    regions (in its sentence or the one before) it means every region listed."""
    noun = text[ref.start:ref.end].lower()
    if not noun.startswith(("daerah", "wilayah")):
        return None
    since = _sentence_before(text, ref.start) + 1
    cue = None
    for m in L.LIST_OPENS.finditer(text, since, ref.start):
        cue = m
    if cue is None:
        return None
    named = _named_between(refs, cue.end(), ref.start)
    return named if len(named) >= 2 else None


def resolve_anaphor(ref: Ref, refs: list[Ref], text: str, main: Region | None) -> Region | None:
    """"kabupaten itu" → the last kabupaten named before it (or the story's region)."""
    noun = text[ref.start:ref.end].lower()
    level = ("kota" if noun.startswith(("ibu kota", "ibukota", "kota", "pemkot", "pemko")) else
             "kabupaten" if noun.startswith(("kabupaten", "pemkab")) else
             "provinsi" if noun.startswith(("provinsi", "pemprov")) else None)
    for r in reversed(refs):
        if r.start >= ref.start or r.kind is not RefKind.MENTION or r.context or r.region is None:
            continue
        if level is None or r.region.level == level:
            return r.region
    if main and (level is None or main.level == level):
        return main
    return None
