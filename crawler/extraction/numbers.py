"""Numbers as Indonesian news writes them.

Indonesian uses "." for thousands and "," for decimals ("1.169.409 jiwa",
"95,94 persen"), scales in words ("2,4 juta jiwa", "615 ribu"), and mixes in
things that look like figures but are not: rupiah amounts, phone numbers
("Care Center 165"), years, dates "(22/5/23)", regulation numbers ("Nomor 1
Tahun 2022"). `find_quantities` returns every number in a text with a `kind`
that already separates those, so the extractor only reasons about
percentages and counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALES = {"ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000,
          "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
          # English-language pages: "263 million people"
          "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

# Words after a count that say it counts people (the only counts that can be
# participants or population; "krama" is how Bali names its people: "4.192.457 Krama Bali").
PERSON_UNITS = frozenset({"jiwa", "orang", "penduduk", "warga", "peserta", "masyarakat", "krama", "people", "residents",
                          "participants", "members", "citizens", "individuals", "persons", "inhabitants", "population"})

WORD_NUMBERS = {"seratus": 100, "sejuta": 1_000_000, "seribu": 1_000}

# A share written out in words: "telah menyentuh angka sembilan puluh tujuh persen" is 97 persen.
_DIGIT_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9}
_DIGIT = "(?:" + "|".join(_DIGIT_WORDS) + ")"
# A count in words before a scale: "dua juta jiwa", "about two million" (English-language pages)
_SCALED_WORDS = {**_DIGIT_WORDS, "sepuluh": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SPELLED_SHARE = re.compile(
    rf"\b(?:(?P<tens>{_DIGIT}|se)\s?puluh(?:\s+(?P<ones>{_DIGIT}))?|(?P<teen>{_DIGIT}|se)\s?belas|(?P<hundred>seratus)"
    rf"|(?P<unit>{_DIGIT}))(?:\s+koma\s+(?P<decimals>{_DIGIT}(?:\s+{_DIGIT})?))?(?=\s+persen\b)",
    re.IGNORECASE,
)


def spelled_shares(text: str) -> str:
    """`text` with shares written out in words before "persen" put in digits ("sembilan puluh tujuh koma lima
    persen" -> "97,5 persen"), so that they are read like any other."""
    def digits(m: re.Match[str]) -> str:
        g = {k: (v or "").lower() for k, v in m.groupdict().items()}
        if g["hundred"]:
            value = 100
        elif g["tens"]:
            value = 10 * _DIGIT_WORDS.get(g["tens"], 1) + _DIGIT_WORDS.get(g["ones"], 0)
        elif g["teen"]:
            value = 10 + _DIGIT_WORDS.get(g["teen"], 1)
        else:
            value = _DIGIT_WORDS[g["unit"]]
        decimals = "".join(str(_DIGIT_WORDS[w]) for w in g["decimals"].split()) if g["decimals"] else ""
        return f"{value},{decimals}" if decimals else str(value)
    return _SPELLED_SHARE.sub(digits, text)

_NUM = r"\d+(?:[.,]\d+)*"
_QUANTITY = re.compile(
    rf"(?P<rp>\bRp\.?\s?)?(?P<num>{_NUM}|\b(?:seratus|sejuta|seribu)\b|"
    rf"\b(?:{'|'.join(_SCALED_WORDS)})(?=\s(?:ribu|juta|thousand|million)\b))"
    # "setara 400 an ribu jiwa", "400-an ribu": "-an" before a scale makes a round count (some 400,000)
    r"(?:(?P<approx>\s?-?an)(?=\s?(?:ribu|juta)\b))?"
    r"(?P<scale>\s?(?:ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion|trillion)\b)?"
    # "72 persennya", "100,10  persen"; "69 koma sekian persen": the decimals left unsaid, the whole number stands
    r"(?P<pct>(?:\s+koma\s+sekian(?:-sekian)?)?\s?[ \t]{0,2}(?:%|persen(?:nya)?\b|per\s?sen\b|pct\b|percent\b|"
    r"per\s?cent\b))?",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")
_UNIT_AFTER = re.compile(r"\s*([A-Za-z]+)")
_PHONE_CUE = re.compile(
    r"(?:care\s*center|call\s*center|hotline|telepon|telp\.?|tel\.?|hp|wa|whatsapp|sms|kontak|pengaduan)\s*:?\s*(?:di\s+|nomor\s+)?$",
    re.IGNORECASE,
)
_REF_CUE = re.compile(r"(?:nomor|no\.|pasal|ayat|tahun|perpres|inpres|permenkes|uu|pp|perda|perbup|perwal|nomer|ke-?|"
                     r"semester|triwulan|kuartal|tahap|termin|gelombang)\s*$", re.IGNORECASE)  # "semester 1 tahun 2022"
_MONTH_WORDS = frozenset({"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
                          "september", "oktober", "november", "nopember", "desember", "jan", "feb", "mar", "apr",
                          "jun", "jul", "agu", "agt", "sep", "sept", "okt", "nov", "des",
                          # English pages: "1 March 2024"
                          "january", "february", "march", "may", "june", "july", "august", "october", "december"})
# words before a year that make it one, whatever follows: "Pada 2016 peserta ...", "sejak 2014 penduduk ..."
_YEAR_WORDS = frozenset({"tahun", "pada", "sejak", "hingga", "sampai", "akhir", "awal", "pertengahan", "in", "since"})
# "as of January 31, 2023": in English the day follows its month
_ENGLISH_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                                   r"December)\s+$")
_MONEY_AFTER = re.compile(r"^\s?(?:rupiah|rp\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with what kind of thing it is."""

    kind: str  # pct | count | money | phone | year | date | ref | other
    value: float | int
    start: int
    end: int
    text: str
    unit: str | None = None  # first word after a count ("jiwa", "desa", ...)


def parse_number(token: str, *, decimal_context: bool = False) -> float | int | None:
    """Read "1.169.409", "95,94", "2,4" (before "juta"), "95.94" (English decimal).

    `decimal_context` is true for percentages and scaled numbers, where a lone
    separator is a decimal mark in either convention ("95,94" / "95.94").
    """
    token = token.strip()
    if token.lower() in WORD_NUMBERS:
        return WORD_NUMBERS[token.lower()]
    if token.lower() in _SCALED_WORDS:
        return _SCALED_WORDS[token.lower()]
    if not re.fullmatch(_NUM, token):
        return None
    dots, commas = token.count("."), token.count(",")
    if dots and commas:  # both: the last one is the decimal mark ...
        groups = re.split(r"[.,]", token)
        if not decimal_context and len(groups) > 2 and all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups))  # ... unless each is a thousands mark, mixed by a slip: "2,614.734 peserta"
        if token.rfind(",") > token.rfind("."):
            token = token.replace(".", "").replace(",", ".")
        else:
            token = token.replace(",", "")
    elif dots or commas:
        sep = "." if dots else ","
        groups = token.split(sep)
        thousands = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        if (dots + commas) > 1 and thousands:
            token = token.replace(sep, "")
        elif (dots + commas) > 1:
            return None  # "1.2.3": not a number
        elif decimal_context or not thousands:
            token = token.replace(sep, ".")
        else:
            token = token.replace(sep, "")
    if token.count(".") > 1:
        return None  # "1.169.409,5,5": two decimal marks, not a number
    value = float(token)
    return int(value) if value.is_integer() and "." not in token else value


_DECIMAL_SHARE = re.compile(r"\d{1,3},\d{1,2}")
_RANGE_OF_SHARES_AFTER = re.compile(r"\s?[-–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|persen\b)", re.IGNORECASE)
_SHARE_OF_PEOPLE_AFTER = re.compile(r"\s+dari\s+(?:total\s+)?(?:jumlah\s+)?(?:penduduk|populasi|warga)\b")
# "625.787 di antaranya atau 70,64 telah terdaftar": a decimal restating a count ("atau"), said to be enrolled
_OR_BEFORE = re.compile(r"\batau\s+(?:sekitar\s+|sebanyak\s+)?$", re.IGNORECASE)
_ENROLLED_AFTER = re.compile(r"\s+(?:telah|sudah)\s+(?:terdaftar|menjadi\s+peserta|ter-?cover|tercover)\b")
# "Dengan jumlah penduduk 885.890 jiwa, 625.787 di antaranya ...": a part of the people just counted
# ("Dari total 818 ribu penduduk Bone, 648 ribu lebih sudah masuk ke dalam JKN")
_PART_OF_THEM_AFTER = re.compile(r"\s+(?:lebih\s+)?(?:di ?antaranya|diantaranya|(?:yang\s+)?(?:sudah|telah))\b",
                                 re.IGNORECASE)
# "dengan presentase 92,18 atau 21.791 orang": a decimal right after the word for a share is one
_SHARE_WORD_BEFORE = re.compile(r"\b(?:persentase|presentase|prosentase|presentasi)(?:nya)?\s+(?:sebesar\s+|mencapai\s+|yakni\s+)?$",
                                re.IGNORECASE)

# "80,03 persen itu tercatat lebih rendah dibandingkan kepesertaan secara nasional yakni 87,74": a decimal compared with
# a share just given is a share too, its "persen" left out
_COMPARED_WITH_SHARE_BEFORE = re.compile(r"\d(?:%|\s?persen\b)[^.;!?%]{0,100}?\b(?:dibandingkan|dibanding|daripada|"
                                         r"ketimbang)\b[^.;!?%\d]{0,60}$", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, classified; percentages and counts carry values."""
    out: list[Quantity] = []
    dates = [Quantity("date", 0, d.start(), d.end(), d.group()) for d in _DATE_NUMERIC.finditer(text)]
    out.extend(dates)
    for m in _QUANTITY.finditer(text):
        num, start, end = m.group("num"), m.start(), m.end()
        if any(d.start <= start < d.end for d in dates):
            continue
        before = text[max(0, start - 40):start]
        prev = text[start - 1] if start else " "
        nxt = text[m.end("num")] if m.end("num") < len(text) else " "
        range_of_shares = bool(_RANGE_OF_SHARES_AFTER.match(text, end))  # "96–97 persen": the lower end
        # Part of a code or compound token ("0719/Jepara", "COVID-19", "B2", "JKN-KIS 2")?
        if (prev.isalpha() and not m.group("rp")) or prev in "-/" \
                or (nxt in "-/" and not m.group("pct") and not m.group("approx") and not range_of_shares) \
                or (len(num) > 1 and num[0] == "0" and num[1].isdigit() and len(re.sub(r"\D", "", num)) < 9):
            out.append(Quantity("other", 0, start, end, m.group()))
            continue
        scale = (m.group("scale") or "").strip().lower()
        # "192.816 jiwa atau 96,36 dari jumlah penduduk": a share whose "persen" the writer left out; "sekitar 96–97
        # persen": the lower end of a range of shares is a share too
        is_pct = bool(m.group("pct")) or bool(not scale and _DECIMAL_SHARE.fullmatch(num)
                                              and (_SHARE_OF_PEOPLE_AFTER.match(text, end)
                                                   or (_OR_BEFORE.search(before) and _ENROLLED_AFTER.match(text, end))
                                                   or _SHARE_WORD_BEFORE.search(before)
                                                   or _COMPARED_WITH_SHARE_BEFORE.search(text[max(0, start - 160):start]))) \
            or (not scale and range_of_shares)
        value = parse_number(num, decimal_context=is_pct or bool(scale))
        if value is None:
            out.append(Quantity("other", 0, start, end, m.group()))
            continue
        if m.group("rp") or _MONEY_AFTER.match(text[end:end + 8]):
            out.append(Quantity("money", value * SCALES.get(scale, 1), start, end, m.group()))
            continue
        if is_pct:
            out.append(Quantity("pct", float(value), start, end, m.group()))
            continue
        if scale:
            # "187.982.949 juta", "270.630 ribu jiwa": a number written out in full to the unit keeps its value;
            # the scale word after it is the writer's slip
            full = isinstance(value, int) and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num) is not None and (
                num.count(".") >= 2 or (SCALES[scale] == 1_000 and value >= 100_000))
            total = value if full else round(value * SCALES[scale])
            unit = _people_of_count_before(text, start, end, _unit_after(text, end), out)
            out.append(Quantity("count", total, start, end, m.group(), unit))
            continue
        digits = re.sub(r"\D", "", num)
        if (_PHONE_CUE.search(before) and len(digits) >= 3) or (digits.startswith(("08", "62")) and len(digits) >= 9) or len(digits) >= 11:
            out.append(Quantity("phone", 0, start, end, m.group()))
            continue
        if isinstance(value, int) and len(num) == 4 and 1900 <= value <= 2100:
            unit = _unit_after(text, end)
            prev_word = before.rstrip().split()[-1].lower() if before.strip() else ""
            if unit not in PERSON_UNITS or prev_word in _MONTH_WORDS or prev_word in _YEAR_WORDS:
                # a year, unless it counts people: "2.149 penduduk" yes, "1 Januari 2025 peserta" no, "Pada 2016
                # peserta program JKN mencapai ..." no
                out.append(Quantity("year", value, start, end, m.group()))
                continue
        if _REF_CUE.search(before):
            out.append(Quantity("ref", value, start, end, m.group()))
            continue
        unit = _people_of_count_before(text, start, end, _unit_after(text, end), out)
        if unit in PERSON_UNITS and _DECIMAL_SHARE.fullmatch(num) and "," in num:
            # "sekitar 2,8 jiwa penduduk provinsi itu": no one counts people in fractions; the writer left out "juta"
            out.append(Quantity("count", round(float(num.replace(",", ".")) * SCALES["juta"]), start, end, m.group(), unit))
            continue
        day = isinstance(value, int) and value <= 31
        kind = "date" if day and (unit in _MONTH_WORDS or _ENGLISH_MONTH_BEFORE.search(before)) else "count"
        out.append(Quantity(kind, value, start, end, m.group(), unit))
    out.sort(key=lambda q: q.start)
    return out


def _people_of_count_before(text: str, start: int, end: int, unit: str | None, before: list[Quantity]) -> str | None:
    """A count with no unit of its own that is a part of the people just counted ("885.890 jiwa, 625.787 di
    antaranya", "818 ribu penduduk Bone, 648 ribu lebih sudah masuk") counts those people."""
    last = next((q for q in reversed(before) if q.kind == "count"), None)
    if unit not in PERSON_UNITS and _PART_OF_THEM_AFTER.match(text, end) and last is not None \
            and last.unit in PERSON_UNITS and start - last.end < 40:
        return last.unit
    return unit


_UNIT_ADJECTIVE = re.compile(r"\s*(?:Indonesian|Indonesia)\s+(?=[A-Za-z])")  # "241.7 million Indonesian citizens"


_BRACKETED_SHARE = re.compile(r"\s*\(\s*\d[\d.,]*\s*(?:%|persen)\s*\)")  # "6.546.571 (71 persen) peserta"


def _unit_after(text: str, end: int) -> str | None:
    share = _BRACKETED_SHARE.match(text, end)
    end = share.end() if share else end
    adjective = _UNIT_ADJECTIVE.match(text, end)
    m = _UNIT_AFTER.match(text, adjective.end() if adjective else end)
    return m.group(1).lower() if m else None
