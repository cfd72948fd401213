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


BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)
# Region F1 of each set written by other hands, measured once before any rule was tuned on it.
FIRST_SIGHT = {"tests/fixtures/articles": 0.84, "heldout": 0.78, "heldout2": 0.90, "heldout3": 0.86,
               "heldout4": 0.96, "heldout5": 0.91, "heldout6": 0.87}


def _tally(pred: list[dict], gold: list[dict], bands: list[list[int]]) -> None:
    """Count each announcement in its confidence band, and whether it was right (region and coverage)."""
    from uhcwatch.crawler.evaluation import same

    by_code = {g["region_code"]: g for g in gold}
    for a in pred:
        g = by_code.get(a["region_code"])
        band = next(i for i in range(len(BANDS) - 1) if BANDS[i] <= a["confidence"] < BANDS[i + 1])
        bands[band][0] += 1
        bands[band][1] += g is not None and same(a["coverage_pct"], g["coverage_pct"])


def _as_pages(cases) -> dict:
    """Each article as a real-looking page (the ``portal`` layout: side lists of the set's other headlines,
    a ticker, inline "Baca Juga", captions), read back by the crawler's page reader."""
    import datetime as dt

    from uhcwatch.crawler.crawl.reading import read_page
    from uhcwatch.crawler.demo import build_site
    from uhcwatch.crawler.demo.sites import Article

    articles = [Article(c.title or c.text.split("\n")[0][:90], dt.date.fromisoformat((c.published or "2024-01-01")[:10]),
                        c.text, c.id) for c in cases]
    site = build_site("portal", articles, n_filler=0, seed=1)
    return {p.article.id: read_page(site.page(p.path).body, f"https://x.example{p.path}") for p in site.posts}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong field")
    ap.add_argument("--html", action="store_true",
                    help="read each article from a page of the portal layout (side lists, teasers, captions)")
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
    bands_all = [[0, 0] for _ in BANDS[:-1]]
    for group, picked in groups:
        score = Score()
        bands = [[0, 0] for _ in BANDS[:-1]]
        pages = _as_pages(picked) if args.html else {}
        for c in picked:
            if args.html:
                page = pages[c.id]
                pred = [a.to_dict() for a in extract(page.text, title=page.title, published=c.published)]
            else:
                pred = [a.to_dict() for a in extract(c.text, title=c.title, published=c.published)]
            score_case(pred, c.gold, score, c.id)
            _tally(pred, c.gold, bands)
        for total, part in zip(bands_all, bands):
            total[0] += part[0]
            total[1] += part[1]
        first = f"  first sight F1 {FIRST_SIGHT[group]:.2f}" if group in FIRST_SIGHT else ""
        print(f"{group:24s} articles={len(picked):3d}  region: tp={score.tp} fp={score.fp} fn={score.fn} "
              f"F1={score.f1:.3f}  fields right={score.fields_right}/{score.fields_total} "
              f"({score.field_accuracy:.1%}){first}")
        if args.verbose:
            for w in score.wrong:
                print("   ", w)
    print("confidence, every set: " + "  ".join(
        f"[{BANDS[i]:.1f},{min(BANDS[i + 1], 1):.1f}) {right}/{n}" + (f" {right / n:.2f}" if n else "")
        for i, (n, right) in enumerate(bands_all)))

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
