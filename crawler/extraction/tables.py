"""Tables in article text: "No | Kabupaten/Kota | Peserta JKN | Cakupan" and its rows.

Regional statistics often come as a table; trafilatura renders HTML tables
as lines of cells separated by "|". A row's numbers mean what its column
header says ("Peserta" → participants, "Cakupan (%)" → coverage), which no
sentence rule could know, so tables are read here, apart from prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER_ROLES = (  # (column header words, role); the first that matches decides
    (re.compile(r"keaktifan|aktif.*%|%.*aktif|persen.*aktif"), "active_pct"),
    (re.compile(r"aktif"), "active_participants"),
    (re.compile(r"cakupan|persen|%|capaian|uhc|persentase"), "coverage"),
    (re.compile(r"penduduk|populasi"), "population"),
    (re.compile(r"peserta|terdaftar|jiwa|kepesertaan"), "participants"),
)


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    header: tuple[str, ...]
    roles: tuple[str | None, ...]  # per column
    rows: tuple[tuple[Cell, ...], ...]


def find_tables(text: str) -> list[Table]:
    """Runs of two or more lines with the same number (>= 3) of "|"-separated cells, the first a header."""
    tables: list[Table] = []
    run: list[tuple[int, int, list[Cell]]] = []
    pos = 0
    for line in text.split("\n") + [""]:
        cells = _cells(line, pos)
        if cells and len(cells) >= 3 and (not run or len(cells) == len(run[0][2])):
            run.append((pos, pos + len(line), cells))
        else:
            table = _table(run)
            if table:
                tables.append(table)
            run = [(pos, pos + len(line), cells)] if cells and len(cells) >= 3 else []
        pos += len(line) + 1
    return tables


def _cells(line: str, offset: int) -> list[Cell]:
    if line.count("|") < 2:
        return []
    cells, start = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(stripped, offset + start + lead, offset + start + lead + len(stripped)))
        start += len(part) + 1
    if cells and not cells[0].text:
        cells = cells[1:]  # "| a | b |" style
    if cells and not cells[-1].text:
        cells = cells[:-1]
    return cells


def _table(run: list[tuple[int, int, list[Cell]]]) -> Table | None:
    if len(run) < 2:
        return None
    header = tuple(c.text.lower() for c in run[0][2])
    if any(re.search(r"\d{2,}", h) and not re.search(r"%|20\d\d", h) for h in header):
        return None  # the first line is data, not a header: without one, columns mean nothing
    roles = tuple(next((role for pattern, role in _HEADER_ROLES if pattern.search(h)), None) for h in header)
    if not any(roles):
        return None
    return Table(run[0][0], run[-1][1], header, roles, tuple(tuple(r[2]) for r in run[1:]))
