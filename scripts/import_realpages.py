"""Import a folder of hand-labelled real pages into benchmarks/realpages: facts only, a fifth held out.

    python3 scripts/import_realpages.py /work/realpages

Each labelled page is ``<id>.txt`` (the page text, the publisher's words: it stays outside the repository)
and ``<id>.json`` (url, kind, published, title, gold, notes). Only the facts are written here: id, url,
kind, published and the gold announcements (regions and figures); never the text, the title or the
labeller's notes, which quote the page. A page goes to ``holdout/`` when the first hex digit of the SHA-1
of its URL is 0-2 (about a fifth, fixed by the URL, not by its content), else to ``dev/``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "realpages"
FACTS = ("id", "url", "kind", "published", "gold")


def main(folder: str) -> int:
    seen = set()
    counts = {"dev": 0, "holdout": 0}
    for path in sorted(Path(folder).glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["url"] in seen or not path.with_suffix(".txt").exists():
            continue
        seen.add(data["url"])
        part = "holdout" if hashlib.sha1(data["url"].encode()).hexdigest()[0] in "012" else "dev"
        facts = {k: data.get(k) for k in FACTS}
        (OUT / part / f"{data['id']}.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        counts[part] += 1
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
