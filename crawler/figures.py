"""What a coverage figure is, once: the UHC threshold, which figure leads, which is newer, how it reads.

Every part of uhcwatch that shows or compares figures (alerts, the terminal, the web UI, the store's
"latest per region") takes them from here, so 95 % means UHC and "95.94%" looks the same everywhere.
Pure functions; no I/O.
"""

from __future__ import annotations

UHC_THRESHOLD = 95.0  # Universal Health Coverage: 95 % of a region's residents enrolled in JKN

# The figures an announcement can state, most telling first. The first one both sides of a comparison
# state is "the value" an update compares; the first one an announcement states is its headline.
HEADLINE_ORDER = ("coverage_pct", "active_pct", "participants", "active_participants")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def is_uhc(coverage_pct: float | None) -> bool:
    return coverage_pct is not None and coverage_pct >= UHC_THRESHOLD


def format_pct(value: float | None) -> str:
    """95.94 -> "95.94%", 100.0 -> "100%" (at most two decimals); None -> ""."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


def format_count(value: int | float | None) -> str:
    """1169409 -> "1,169,409"; None -> ""."""
    return "" if value is None else f"{int(value):,}"


def format_figure(name: str, value: float | int | None) -> str:
    """A figure by its field name: percentages with "%", counts with thousands separators."""
    return format_pct(value) if name.endswith("_pct") else format_count(value)


def format_as_of(value: str | None) -> str:
    """"2023-05-01" -> "1 May 2023", "2023-05" -> "May 2023", "2024" -> "2024"."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS_LONG[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return value


def headline(row: dict) -> tuple[str, float | int] | None:
    """The figure an announcement leads with: (field name, value), or None when it states none."""
    for name in HEADLINE_ORDER:
        if row.get(name) is not None:
            return name, row[name]
    return None


def compare_partial_dates(a: str | None, b: str | None) -> int:
    """-1/0/1 for two dates of "YYYY[-MM[-DD]]" precision, compared as precisely as both are; 0 if either is missing."""
    if not a or not b:
        return 0
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def supersedes(new: dict, previous: dict) -> bool:
    """Whether announcement ``new`` replaces ``previous`` as its region's latest figure.

    Both are rows: the announcement's fields plus its article's ``published`` and the ``found_at``
    time it was stored. Order: ``as_of`` first, compared only as precisely as both state it
    ("2023-05" and "2023-05-01" tie); on a tie or a missing as_of, the article dates (an unknown date
    counts as the day the figure was found); on a full tie the newcomer wins, since it came later.
    """
    order = compare_partial_dates(new.get("as_of"), previous.get("as_of"))
    if order == 0:
        order = compare_partial_dates(_article_day(new), _article_day(previous))
    return order >= 0


def _article_day(row: dict) -> str | None:
    return row.get("published") or (row.get("found_at") or "")[:10] or None
