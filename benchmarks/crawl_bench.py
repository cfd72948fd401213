"""Crawl throughput and peak memory on a generated local news site, against a trafilatura baseline.

    python3 benchmarks/crawl_bench.py [--style portal] [--filler 2000] [--relevant 100] [--workers 16]

Builds one site of `--style` (default `portal`: every page, filler included, carries JKN headlines in a
ticker, "Terpopuler" and "Berita Terbaru" lists and teasers) with `--filler` generated articles plus
`--relevant` JKN coverage stories (the bundled samples, repeated with other dates: about 5 %), serves it on
127.0.0.1, then in the same run:

1. `uhcwatch crawl` (the real command, in a child process) from the site's sitemap: discovery, robots.txt,
   AutoThrottle, prefilter, trafilatura on relevant pages only, extraction, SQLite;
2. the baseline: trafilatura's own per-page work (its downloader refuses loopback sites, see
   notes/pitfalls.md), i.e. every URL of the same sitemap fetched with a urllib3 thread pool of `--workers`
   and run through `trafilatura.extract(..., with_metadata=True)`, in a child process too.

Prints pages, seconds, pages per second and peak resident memory of each, and the ratios; the prefilter's
pass rate (article pages stored, i.e. that reached the reader, / article pages fetched) against the share of
articles truly about JKN; and a second crawl with nothing new (requests and time against the first).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles  # noqa: E402

OURS = """
import resource, sys, time
from uhcwatch.crawler.ui.cli import main
t = time.perf_counter()
main(["--config", sys.argv[1], "--db", sys.argv[2], "crawl", "--quiet"])
print("RESULT", time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BASELINE = """
import resource, sys, time, re
from concurrent.futures import ThreadPoolExecutor
import urllib3, trafilatura
base, workers = sys.argv[1], int(sys.argv[2])
http = urllib3.PoolManager(maxsize=workers)
t = time.perf_counter()
index = http.request("GET", base + "/sitemap.xml").data.decode()
urls = []
if "<sitemapindex" in index:
    for sm in re.findall(r"<loc>([^<]+)</loc>", index):
        urls += re.findall(r"<loc>([^<]+)</loc>", http.request("GET", sm).data.decode())
else:
    urls = re.findall(r"<loc>([^<]+)</loc>", index)
def work(url):
    html = http.request("GET", url).data
    return trafilatura.extract(html, url=url, with_metadata=True, output_format="json") is not None
with ThreadPoolExecutor(workers) as pool:
    done = sum(pool.map(work, urls))
print("RESULT", time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(urls) + 1, done)
"""


def relevant_articles(n: int):
    """The bundled samples, repeated under other dates until there are `n`."""
    samples = load_sample_articles()
    out = []
    for i in range(n):
        a = samples[i % len(samples)]
        shift = dt.timedelta(days=7 * (i // len(samples)))
        out.append(dataclasses.replace(a, title=f"{a.title} ({i // len(samples) + 1})", published=a.published + shift,
                                       id=f"{a.id}-{i}"))
    return out


def run(code: str, *args: str) -> tuple[float, int, str]:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        sys.exit(f"benchmark child failed:\n{proc.stderr[-3000:]}")
    parts = line.split()
    return float(parts[1]), int(parts[2]), " ".join(parts[3:])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", default="portal", help="site style (crawler/demo: sites and layouts)")
    ap.add_argument("--filler", type=int, default=2000)
    ap.add_argument("--relevant", type=int, default=100)
    ap.add_argument("--workers", type=int, default=16)
    args = ap.parse_args()

    t = time.perf_counter()
    site = build_site(args.style, relevant_articles(args.relevant), n_filler=args.filler, seed=11, name="bench")
    print(f"site: {len(site.posts)} articles ({args.relevant} with coverage figures), "
          f"{len(site.pages())} pages, built in {time.perf_counter() - t:.1f}s")
    with SiteServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        base = server.url("bench")
        config = Path(tmp) / "bench.toml"
        config.write_text(f"""
[crawl]
concurrency = {args.workers}
per_site_concurrency = {args.workers}
max_pages_per_run = {len(site.pages()) + 100}
[[sources]]
name = "bench"
start_urls = ["{base}/sitemap.xml"]
allowed_domains = ["127.0.0.1:{urlsplit(base).port}"]
""")
        db = Path(tmp) / "bench.db"
        server.clear_log()
        ours_s, ours_kb, _ = run(OURS, str(config), str(db))
        ours_pages = len(server.requests())
        article_paths = {p.path for p in site.posts}
        fetched = len({r.path for r in server.requests() if r.path in article_paths})
        server.clear_log()
        again_s, _, _ = run(OURS, str(config), str(db))
        again_pages = len(server.requests())
        import sqlite3

        con = sqlite3.connect(db)
        found = con.execute("SELECT count(*) FROM announcements").fetchone()[0]
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.close()
        server.clear_log()
        base_s, base_kb, extra = run(BASELINE, base, str(args.workers))
        base_pages = len(server.requests())

    print(f"uhcwatch crawl: {ours_pages} requests in {ours_s:.1f}s = {ours_pages / ours_s:.0f} pages/s, "
          f"peak RSS {ours_kb / 1024:.0f} MB, {found} announcements stored")
    print(f"baseline (urllib3 x{args.workers} + trafilatura.extract on every page): {base_pages} requests in "
          f"{base_s:.1f}s = {base_pages / base_s:.0f} pages/s, peak RSS {base_kb / 1024:.0f} MB")
    print(f"ratio uhcwatch/baseline: throughput {(ours_pages / ours_s) / (base_pages / base_s):.2f}x, "
          f"peak memory {ours_kb / base_kb:.2f}x")
    jkn = re.compile(r"\bJKN|BPJS\s+Kesehatan|jaminan\s+kesehatan|\bUHC\b|kepesertaan", re.IGNORECASE)
    truly = sum(1 for p in site.posts if not p.filler or jkn.search(p.article.text)) / len(site.posts)
    print(f"prefilter: {stored} of {fetched} article pages reached the reader ({stored / max(1, fetched):.2f}); "
          f"truly about JKN: {truly:.2f}")
    print(f"second crawl, nothing new: {again_pages} requests in {again_s:.1f}s "
          f"({again_pages / ours_pages:.2f}x the requests, {again_s / ours_s:.2f}x the time of the first)")
    print(json.dumps({"ours_pages_per_s": round(ours_pages / ours_s, 1), "baseline_pages_per_s":
                      round(base_pages / base_s, 1), "ours_peak_mb": round(ours_kb / 1024), "baseline_peak_mb":
                      round(base_kb / 1024)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
