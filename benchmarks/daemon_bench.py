"""The daemon over many scheduled crawl cycles: is its memory flat, and how fast does an article alert?

    python3 benchmarks/daemon_bench.py [--cycles 50] [--every 2] [--adaptive]
    python3 benchmarks/daemon_bench.py --cycles 720 --every 5      # an hour of polling

Serves a local news site that publishes a new JKN coverage story every few cycles, runs `uhcwatch run`
with a crawl every `--every` seconds and a local alert receiver, and samples the daemon's resident
memory (from /proc) after every crawl cycle. Prints the RSS curve (first, middle, last, max) and
its slope, and for each article the delay from its publication to its alert. The baseline for the
memory curve is the daemon's own RSS after its first cycle, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles  # noqa: E402


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cycles", type=int, default=50)
    ap.add_argument("--every", type=float, default=2.0)
    ap.add_argument("--adaptive", action="store_true",
                    help="let adaptive polling move the interval (default: pinned to --every, a poll every cycle)")
    args = ap.parse_args()

    samples = load_sample_articles()
    release = args.every * 3
    site = build_site("wordpress", samples, n_filler=40, seed=4, release_every=release, name="bench")
    arrivals: dict[str, float] = {}

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            arrivals.setdefault(body.get("message", ""), time.monotonic())
            self.send_response(200)
            self.end_headers()

        def log_message(self, *a):
            pass

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    with SiteServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        start_mono = time.monotonic() - server.now()
        port = urlsplit(server.url("bench")).port
        config = Path(tmp) / "bench.toml"
        config.write_text(f"""
[schedule]
every = "{args.every}s"
jitter = "0s"
{"" if args.adaptive else f'min_every = "{args.every}s"{chr(10)}max_every = "{args.every}s"'}
[alerts]
urls = ["json://127.0.0.1:{hook.server_address[1]}/hook"]
max_age_days = 0
retry = "1s"
[[sources]]
name = "bench"
start_urls = ["{server.url('bench', '/feed/')}"]
allowed_domains = ["127.0.0.1:{port}"]
""")
        db = Path(tmp) / "bench.db"
        log = open(Path(tmp) / "daemon.log", "w")
        proc = subprocess.Popen([sys.executable, "-m", "uhcwatch", "--config", str(config), "--db", str(db), "run"],
                                stdout=log, stderr=log, cwd=ROOT, start_new_session=True)
        samples_mb = []
        try:
            for _ in range(args.cycles):
                time.sleep(args.every)
                samples_mb.append(rss_mb(proc.pid))
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(60)
            log.close()
            hook.shutdown()
        import sqlite3

        con = sqlite3.connect(db)
        runs = con.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
        alerts = con.execute("SELECT title, message FROM alerts").fetchall()
        con.close()

    first, last = samples_mb[0], samples_mb[-1]
    n = len(samples_mb)
    xs = range(n)
    mean_x, mean_y = (n - 1) / 2, sum(samples_mb) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, samples_mb)) / sum((x - mean_x) ** 2 for x in xs)
    print(f"{runs} crawl runs in {args.cycles} cycles of {args.every:g}s; daemon RSS MB: first {first:.1f}, "
          f"middle {samples_mb[n // 2]:.1f}, last {last:.1f}, max {max(samples_mb):.1f}; "
          f"slope {slope * 1024:.1f} KB/cycle; last/first ratio {last / first:.3f}")
    print("RSS curve:", " ".join(f"{x:.0f}" for x in samples_mb))
    delays = []
    for post in site.posts:
        if post.filler:
            continue
        released = start_mono + post.visible_from
        got = [t for msg, t in arrivals.items() if post.article.title and post.path in msg]
        if got:
            delays.append(min(got) - released)
    if delays:
        delays.sort()
        print(f"publication-to-alert delay over {len(delays)} articles: median {delays[len(delays) // 2]:.1f}s, "
              f"max {delays[-1]:.1f}s (crawl every {args.every:g}s)")
    print(f"{len(alerts)} alerts stored, {len(arrivals)} delivered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
