"""Import a folder of hand-labelled real pages into benchmarks/realpages: facts only, a fifth held out.

    python3 scripts/import_realpages.py /work/realpages            # split: a fifth to holdout/, the rest to dev/
    python3 scripts/import_realpages.py /work/realpages/E unseen   # every page into one new part
    python3 scripts/import_realpages.py /work/realpages/H unseen3 holdout3   # a new set, its fifth held out

Each labelled page is ``<id>.txt`` (the page text, the publisher's words: it stays outside the repository)
and ``<id>.json`` (url, kind, published, title, gold, notes). Only the facts are written here: id, url,
kind, published and the gold announcements (regions and figures); never the text, the title or the
labeller's notes (the page's and each announcement's), which quote the page. A page goes to ``holdout/`` when the first hex digit of the SHA-1
of its URL is 0-2 (about a fifth, fixed by the URL, not by its content), else to ``dev/``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "realpages"
FACTS = ("id", "url", "kind", "published", "gold")
GOLD_FACTS = ("region_name", "region_code", "region_level", "province", "coverage_pct", "participants", "population",
              "active_participants", "active_pct", "as_of", "target_pct", "target_year")


def main(folder: str, only_part: str | None = None, held_part: str | None = None) -> int:
    pages = [p for p in sorted(Path(folder).glob("*.json" if only_part else "*/*.json"))
             if not p.name.isupper() and p.with_suffix(".txt").exists()]
    if not pages:
        print(f"import_realpages: no labelled pages (<id>.json beside <id>.txt) in {folder}", file=sys.stderr)
        return 1
    seen = set()
    main_part, held_part = (only_part or "dev"), (held_part or ("holdout" if only_part is None else only_part))
    counts = {main_part: 0, held_part: 0}
    for part in counts:
        (OUT / part).mkdir(exist_ok=True)
    for path in pages:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["url"] in seen:
            continue
        seen.add(data["url"])
        part = held_part if hashlib.sha1(data["url"].encode()).hexdigest()[0] in "012" else main_part
        facts = {k: data.get(k) for k in FACTS}
        facts["gold"] = [_spec_form({k: g.get(k) for k in GOLD_FACTS}) for g in facts["gold"] or []]
        (OUT / part / f"{data['id']}.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        counts[part] += 1
    print(counts)
    return 0


def _spec_form(gold: dict) -> dict:
    """A province's name in SPEC's form, "Provinsi X": the labelling rules up to 2026-12-07 asked for the
    gazetteer's bare `name` ("Jambi"), which SPEC and the extractor write "Provinsi Jambi"."""
    name = gold.get("region_name") or ""
    if gold.get("region_level") == "provinsi" and not name.startswith("Provinsi "):
        gold["region_name"] = f"Provinsi {name}"
    return gold


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
