"""Dates in Indonesian news text, with the precision the text gives.

SPEC wants an as-of date "with only as much precision as the text names":
"per 1 Mei 2023" is a day, "hingga Januari 2022" a month, "akhir 2022" the
last month of the year, "awal 2026" just a year. dateparser reads the
absolute part and tells its precision (its `period`); the modifiers it does
not know ("akhir", "awal", "Mei lalu", "bulan ini") are rules of our own.

Dates also tell figures apart: a parenthesised date "(18/08/2022)" or one
after a weekday is when something was said, not what a figure refers to;
"saat ini"/"kini" mean now; "pada periode yang sama" repeats the last date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateparser.date import DateDataParser

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12, "des": 12,
}
_FULL_MONTHS = "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember"
_ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ENGLISH_MONTH_NUMBERS = {name.lower(): n for n, name in enumerate(_ENGLISH_MONTHS.split("|"), start=1)}
_ABBR_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Agust|Sept|Sep|Okt|Nov|Des"
_YEAR = r"(?:19|20)\d{2}"
# English-language pages: "By the end of 2024" is "akhir 2024"
_ENGLISH_MODS = {"end of": "akhir", "the end of": "akhir", "beginning of": "awal", "the beginning of": "awal",
                 "early": "awal", "the middle of": "pertengahan"}
_MOD = r"(?P<mod>(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|early|the\s+middle\s+of|awal|akhir|pertengahan|medio|penghujung|ujung|semester\s+(?:I|II|1|2|pertama|kedua)|triwulan\s+(?:I|II|III|IV|\d)|kuartal\s+(?:I|II|III|IV|\d))"

_DATE = re.compile(
    r"(?i:" + _MOD + r"\s+(?:bulan\s+|tahun\s+)?)?"
    r"(?:"
    # English-language pages: "As of September 15, 2023", "as of 1 March 2024", "December 2024" (a year always follows)
    r"(?:(?P<edayfirst>[0-3]?\d)\s+)?(?P<emonth>" + _ENGLISH_MONTHS + r")\s+(?:(?P<eday>[0-3]?\d),?\s+)?(?P<eyear>" + _YEAR + r")\b|"
    # 1 Mei 2023 / Mei 2023 / Mei lalu / Mei
    r"(?:(?P<day>[0-3]?\d)\s+)?(?P<month>(?:" + _FULL_MONTHS + r")\b|(?:" + _ABBR_MONTHS + r")\.?(?=\s+" + _YEAR + r"))"
    r"(?:\s+(?i:tahun\s+)?(?P<myear>" + _YEAR + r")\b)?(?P<ago>\s+(?i:lalu|kemarin|yang\s+lalu|tahun\s+lalu))?"
    # (a year before a people word only after a word that makes it one: "Pada 2016 peserta program JKN mencapai ...")
    r"|(?i:tahun\s+)?(?P<year>" + _YEAR + r")\b(?:(?<=[Tt]ahun \d{4})|(?<=[Pp]ada \d{4})|(?<=[Ss]ejak \d{4})|"
    r"(?<=[Hh]ingga \d{4})|(?!\s*(?:jiwa|orang|penduduk|warga|peserta)))"
    r"|(?P<numeric>\b[0-3]?\d/[01]?\d/(?:\d{4}|\d{2})\b)"
    r"|(?P<rel>(?i:bulan|tahun)\s+(?i:ini|lalu|kemarin|sebelumnya|depan))"
    r")"
)
_NOW = re.compile(r"\b(?:saat\s+ini|sejauh\s+ini|kini|sekarang|hingga\s+kini|sampai\s+kini|terkini|dewasa\s+ini)\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:periode|waktu|bulan|tanggal|data)\s+yang\s+sama\b", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad)(?:\s+\w+)?,?\s*\(?$", re.IGNORECASE)
_CUE_BEFORE = re.compile(
    r"\b(per|as\s+of|hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|terhitung(?:\s+(?:mulai|sejak|per))?|pada|data|posisi|periode|"
    r"update|tanggal|sejak|mulai|dibanding(?:kan)?|sepanjang|selama|jelang|menjelang|sebelum|setelah|usai|"
    r"diperbarui(?:\s+pada)?|tercatat|laporan|rekapitulasi|rekap|memasuki|masuk|tutup|menutup|akhir|awal|di|dalam|tahun)\s*(?:bulan\s+|tahun\s+|tanggal\s+)?$",
    re.IGNORECASE,
)

# "Perpres 82/2018", "Perpres Nomor 82 Tahun 2018", "UU No. 40 tahun 2004": the year of a regulation's number names
# the regulation, not a time any figure is from
_REGULATION_BEFORE = re.compile(
    r"\b(?:Perpres|Permenkes|Kepmenkes|Permendagri|Inpres|Keppres|PP|UU|Perda|Perbup|Perwali|Perwalkot|Pergub|Kepgub|"
    r"Kepbup|SE|SK|Peraturan\s+\w+(?:\s+\w+)?|Undang-[Uu]ndang|Instruksi\s+Presiden)\s*(?:Nomor|Nomer|No\.?)?\s*\d+[A-Za-z]?\s*"
    r"(?:/|[Tt]ahun|[Tt]h\.?)?\s*$")

_parser = DateDataParser(languages=["id"], settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})


@dataclass(frozen=True)
class DateRef:
    """A date expression: its value at the precision the text gives, and its role hints."""

    start: int
    end: int
    text: str
    value: str | None  # "2023-05-01" | "2023-05" | "2023"; None for "now"/"same period"
    kind: str  # "date" | "statement" | "now" | "same_period"
    cue: str | None  # word before it ("per", "hingga", "pada", "sejak", ...)
    mod: str | None = None  # "awal" | "akhir" | "pertengahan" | ...

    @property
    def key(self) -> tuple[int, int, int]:
        return date_key(self.value)


def date_key(value: str | None) -> tuple[int, int, int]:
    """Comparable (year, month, day); missing parts are 0, so a year sorts before its months."""
    if not value:
        return (0, 0, 0)
    parts = [int(p) for p in value.split("-")]
    return tuple(parts + [0] * (3 - len(parts)))  # type: ignore[return-value]


@functools.lru_cache(maxsize=4096)
def _parse_absolute(text: str) -> tuple[dt.date, str] | None:
    """dateparser's reading of "1 Mei 2023" / "Januari 2022" / "22/5/23": the date and its period."""
    data = _parser.get_date_data(text)
    if not data or not data.date_obj:
        return None
    return data.date_obj.date(), data.period or "day"


def _fmt(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_back(published: dt.date, month: int, *, strictly_before: bool) -> int:
    """The year of the most recent `month` at or before the publication month."""
    if month < published.month or (month == published.month and not strictly_before):
        return published.year
    return published.year - 1


def find_dates(text: str, published: dt.date | None = None) -> list[DateRef]:
    """Every date-like expression in `text`, resolved against `published` where relative."""
    refs: list[DateRef] = []
    for m in _NOW.finditer(text):
        refs.append(DateRef(m.start(), m.end(), m.group(), None, "now", None))
    for m in _SAME_PERIOD.finditer(text):
        refs.append(DateRef(m.start(), m.end(), m.group(), None, "same_period", None))
    for m in _DATE.finditer(text):
        value = _resolve(m, published)
        if value is None:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if _REGULATION_BEFORE.search(before):
            continue
        in_parens = before.rstrip().endswith("(") and ")" in text[m.end():m.end() + 2]
        kind = "statement" if in_parens or _WEEKDAY_BEFORE.search(before) else "date"
        cue = _CUE_BEFORE.search(before)
        mod = _mod(m)
        refs.append(DateRef(m.start(), m.end(), m.group(), value, kind,
                            re.sub(r"\s+", " ", cue.group(1).lower()) if cue else None, mod or None))
    refs.sort(key=lambda r: r.start)
    return refs


def _mod(m: re.Match) -> str:
    """The part of a period the date names ("akhir", "awal", ...), English words given their Indonesian name."""
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    return _ENGLISH_MODS.get(mod, mod)


def _resolve(m: re.Match, published: dt.date | None) -> str | None:
    mod = _mod(m)
    if m.group("numeric"):
        parsed = _parse_absolute(m.group("numeric"))
        return _fmt(*parsed) if parsed else None
    if m.group("emonth"):
        month, year = _ENGLISH_MONTH_NUMBERS[m.group("emonth").lower()], int(m.group("eyear"))
        day = m.group("eday") or m.group("edayfirst")
        try:
            return _fmt(dt.date(year, month, int(day or 1)), "day" if day else "month")
        except ValueError:
            return _fmt(dt.date(year, month, 1), "month")
    if m.group("rel"):
        return _relative(m.group("rel").lower().split()[0], m.group("rel").lower().split()[-1], mod, published)
    if m.group("month"):
        month = MONTHS[m.group("month").rstrip(".").lower()]
        year = m.group("myear")
        if year:
            expr = f"{m.group('day') + ' ' if m.group('day') else ''}{m.group('month').rstrip('.')} {year}"
            # "hingga 31 September 2019", a day the month does not have: the month is still stated
            parsed = _parse_absolute(expr) or (m.group("day") and _parse_absolute(f"{m.group('month').rstrip('.')} {year}"))
            if not parsed:
                return None
            d, precision = parsed
        else:
            if published is None:
                return None
            ago = bool(m.group("ago"))
            y = _month_back(published, month, strictly_before=ago)
            if m.group("ago") and "tahun" in m.group("ago").lower():
                y = published.year - 1
            d, precision = dt.date(y, month, 1), "month"
            if m.group("day"):
                try:
                    d, precision = dt.date(y, month, int(m.group("day"))), "day"
                except ValueError:
                    return None
        if mod in ("awal", "akhir", "pertengahan", "medio", "penghujung", "ujung") and precision == "day":
            precision = "month"
        return _fmt(d, precision)
    year = int(m.group("year"))
    if mod in ("akhir", "penghujung", "ujung"):
        return f"{year:04d}-12"  # the end of a year is its last month (SPEC)
    return f"{year:04d}"


def _relative(unit: str, which: str, mod: str, published: dt.date | None) -> str | None:
    if published is None:
        return None
    if unit == "bulan":
        if which == "ini":
            return f"{published.year:04d}-{published.month:02d}"
        if which in ("lalu", "kemarin", "sebelumnya"):
            y, mth = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
            return f"{y:04d}-{mth:02d}"
        return None  # "bulan depan": the future is a target, not an as-of date
    year = {"ini": published.year, "lalu": published.year - 1, "kemarin": published.year - 1,
            "sebelumnya": published.year - 1}.get(which)
    if year is None:
        return None
    if mod in ("akhir", "penghujung", "ujung"):
        return f"{year:04d}-12"
    return f"{year:04d}"


def parse_published(value: str | None) -> dt.date | None:
    """A publication date from a CLI flag, metadata or a feed: ISO first, then dateparser."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        parsed = _parse_absolute(value)
        return parsed[0] if parsed else None
