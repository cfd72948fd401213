"""Score the extractor against hand-labelled articles (seeds and dev-articles).

Used by the tests (every labelled article is a test case) and by
`benchmarks/extract_bench.py` (accuracy and speed). Gold files follow
`shared/dev-articles/README.md`; seeds are plain text with `seeds/gold.json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("region_name", "region_code", "region_level", "province", "coverage_pct", "participants", "population",
          "active_participants", "active_pct", "as_of", "target_pct", "target_year")


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    title: str | None
    published: str | None
    gold: list[dict]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields_right: int = 0
    fields_total: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if (self.tp + self.fp + self.fn) else 1.0

    @property
    def field_accuracy(self) -> float:
        return self.fields_right / self.fields_total if self.fields_total else 1.0


def load_cases(shared: Path) -> list[Case]:
    """Seeds (title is the text's first line, kept in the text) and dev-articles (title separate)."""
    cases: list[Case] = []
    seeds = shared / "seeds"
    if (seeds / "gold.json").exists():
        gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
        for name, entry in sorted(gold.items()):
            cases.append(Case(name, (seeds / name).read_text(encoding="utf-8"), None, entry.get("published"),
                              entry["gold"]))
    return cases + load_folder(shared / "dev-articles")


def load_folder(folder: Path) -> list[Case]:
    """Labelled articles in the dev-articles format, one JSON file each."""
    cases = []
    for path in sorted(folder.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        cases.append(Case(d["id"], d["text"], d.get("title"), d.get("published"), d["gold"]))
    return cases


def same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6
    return a == b


def score_case(predicted: list[dict], gold: list[dict], score: Score, case_id: str = "") -> None:
    """Add one article's result to `score`: regions matched by code, then field by field."""
    pred = {p["region_code"]: p for p in predicted}
    for g in gold:
        p = pred.pop(g["region_code"], None)
        score.fields_total += len(FIELDS)
        if p is None:
            score.fn += 1
            score.wrong.append(f"{case_id}: missed {g['region_name']}")
            continue
        score.tp += 1
        for f in FIELDS:
            if same(p.get(f), g.get(f)):
                score.fields_right += 1
            else:
                score.wrong.append(f"{case_id}: {g['region_name']}.{f} = {p.get(f)!r}, gold {g.get(f)!r}")
    for p in pred.values():
        score.fp += 1
        score.wrong.append(f"{case_id}: extra {p['region_name']} {p.get('coverage_pct')}")
