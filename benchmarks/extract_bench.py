"""Extraction accuracy and speed over the labelled articles (run by hand).

    python3 benchmarks/extract_bench.py [--shared ../shared] [--repeat 20] [-v]

Prints region F1 and field accuracy for seeds and dev-articles, the
per-article extraction time (median and p95 over `--repeat` passes, after
loading), the one-off load time, and, as a baseline measured in the same
run, the time of the cheapest possible pass over the same texts (sentence
split + number scan) so the ratio says what the reasoning itself costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong field")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from uhcwatch.crawler.evaluation import Score, load_cases, load_folder, score_case
    from uhcwatch.crawler.extraction.extract import extract
    from uhcwatch.crawler.extraction.numbers import find_quantities
    from uhcwatch.crawler.extraction.regions import gazetteer
    from uhcwatch.crawler.extraction.sentences import split_sentences

    gazetteer()
    load_s = time.perf_counter() - t0
    cases = load_cases(args.shared)
    if not cases:
        print(f"no labelled articles under {args.shared}", file=sys.stderr)
        return 1

    groups = [("seeds", [c for c in cases if not c.id.startswith("d")]),
              ("dev-articles", [c for c in cases if c.id.startswith("d")]),
              ("tests/fixtures/articles", load_folder(ROOT / "tests" / "fixtures" / "articles")),
              ("heldout", load_folder(ROOT / "benchmarks" / "heldout")),
              ("heldout2", load_folder(ROOT / "benchmarks" / "heldout2")),
              ("heldout3", load_folder(ROOT / "benchmarks" / "heldout3")),
              ("heldout4", load_folder(ROOT / "benchmarks" / "heldout4")),
              ("heldout5", load_folder(ROOT / "benchmarks" / "heldout5")),
              ("heldout6", load_folder(ROOT / "benchmarks" / "heldout6"))]
    for group, picked in groups:
        score = Score()
        for c in picked:
            pred = [a.to_dict() for a in extract(c.text, title=c.title, published=c.published)]
            score_case(pred, c.gold, score, c.id)
        print(f"{group:24s} articles={len(picked):3d}  region: tp={score.tp} fp={score.fp} fn={score.fn} "
              f"F1={score.f1:.3f}  fields right={score.fields_right}/{score.fields_total} "
              f"({score.field_accuracy:.1%})")
        if args.verbose:
            for w in score.wrong:
                print("   ", w)

    per_article, baseline = [], []
    for _ in range(args.repeat):
        for c in cases:
            t = time.perf_counter()
            extract(c.text, title=c.title, published=c.published)
            per_article.append(time.perf_counter() - t)
            t = time.perf_counter()
            for s in split_sentences(c.text):
                find_quantities(s.text)
            baseline.append(time.perf_counter() - t)
    med, p95 = statistics.median(per_article), sorted(per_article)[int(len(per_article) * 0.95)]
    base = statistics.median(baseline)
    print(f"load (import + gazetteer): {load_s * 1000:.0f} ms")
    print(f"extract per article: median {med * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms "
          f"({len(per_article)} runs, mean text {statistics.mean(len(c.text) for c in cases):.0f} chars)")
    print(f"baseline (split + number scan only): median {base * 1000:.3f} ms; ratio extract/baseline "
          f"{med / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
