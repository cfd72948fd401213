"""Building and serving the fake news sites the tests and the demo crawl: time per page.

    python3 benchmarks/demo_sites_bench.py [--pages 2000]

Targets (from the tests they replace, which timed this on a quiet machine): 2,000 pages build in under 2 s;
a server with handlers still in flight stops in under 1 s. Printed as ratios against a baseline measured in
the same run (200 pages), so a slow machine shows as slow everywhere, not as a failure.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import urllib.request

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles


def build_seconds(samples, pages: int) -> float:
    start = time.perf_counter()
    build_site("wordpress", samples, n_filler=pages).pages()
    return time.perf_counter() - start


def stop_seconds(samples) -> float:
    server = SiteServer(build_site("wordpress", samples, n_filler=5, name="w")).start()
    release = threading.Event()
    server.mount("w", "/slow", lambda req: (release.wait(30), req.send_status(200, "late")))
    clients = [threading.Thread(target=lambda: _get(server.url("w", "/slow")), daemon=True) for _ in range(3)]
    for c in clients:
        c.start()
    while server.count("/slow") < 3:
        time.sleep(0.01)
    start = time.perf_counter()
    server.stop()
    took = time.perf_counter() - start
    release.set()
    return took


def _get(url: str) -> None:
    try:
        urllib.request.urlopen(url, timeout=10).read()
    except OSError:
        pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    samples = load_sample_articles()
    base = build_seconds(samples, 200)
    full = build_seconds(samples, args.pages)
    print(f"build: {args.pages} pages in {full:.2f} s (target < 2 s); 200 pages in {base:.2f} s; "
          f"ratio {full / base:.1f} for {args.pages / 200:.0f}x the pages")
    print(f"stop with 3 handlers in flight: {stop_seconds(samples):.2f} s (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
