"""Kill the daemon again and again while it sends: is any alert lost, and does every repeat carry its key?

    python3 benchmarks/kill_bench.py [--kills 20] [--delays 1 6] [--seed N]

For each webhook delay (a receiver on 127.0.0.1 that keeps every POST but answers it that many seconds late),
a local news site publishes its articles over time while `uhcwatch run` (the real command) crawls it every 2 s;
the daemon and its crawl children are killed with SIGKILL at random moments `--kills` times and restarted each
time; then it runs undisturbed until nothing is pending and stops with SIGTERM. Printed per delay: alerts in
the database, POSTs received, alerts never received (must be 0), alerts received more than once, and whether
every repeat carried the same key as the first (must be yes). Delivery is at least once (README, "Alerts"):
repeats are expected after a kill during a send; losses are not.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from fixtures.receiver import Receiver  # noqa: E402

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles  # noqa: E402


SENDABLE = "coalesce(review, '') NOT IN ('held', 'rejected')"  # alerts meant to go out


def config_text(site_url: str, port: int, hook: str) -> str:
    return f"""
[crawl]
download_timeout = "3s"
[schedule]
every = "2s"
jitter = "0s"
[alerts]
urls = ["{hook}"]
max_age_days = 0
retry = "1s"
doubt_retry = "2s"
[[sources]]
name = "warta"
start_urls = ["{site_url}/feed/", "{site_url}/"]
allowed_domains = ["127.0.0.1:{port}"]
"""


def start(config: Path, db: Path, log) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "uhcwatch", "--config", str(config), "--db", str(db), "run"],
                            stdout=log, stderr=log, start_new_session=True)


def settled(db: Path) -> bool:
    try:
        with sqlite3.connect(db) as conn:
            pending = conn.execute("SELECT count(*) FROM alerts WHERE delivered_at IS NULL AND "
                                   f"{SENDABLE}").fetchone()[0]
    except sqlite3.Error:
        return False
    return pending == 0


def run_once(delay: float, kills: int, rng: random.Random, work: Path) -> dict:
    samples = load_sample_articles()
    site = build_site("wordpress", samples, n_filler=6, seed=3, release_every=3.0, name="warta")
    with SiteServer(site) as server, Receiver() as receiver:
        receiver.delay = delay
        port = int(server.url("warta").rsplit(":", 1)[1].split("/")[0])
        config = work / f"u{delay:g}.toml"
        config.write_text(config_text(server.url("warta"), port, receiver.apprise_url), encoding="utf-8")
        db = work / f"u{delay:g}.db"
        with open(work / f"daemon{delay:g}.log", "a") as log:
            daemon = start(config, db, log)
            for _ in range(kills):
                time.sleep(rng.uniform(0.5, 2.5 + delay))
                os.killpg(daemon.pid, signal.SIGKILL)
                daemon.wait()
                daemon = start(config, db, log)
            deadline = time.monotonic() + 120 + 4 * delay
            while time.monotonic() < deadline and not (settled(db) and time.monotonic() > deadline - 90):
                time.sleep(1)
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(60)
        with sqlite3.connect(db) as conn:
            keys = {k for (k,) in conn.execute(f"SELECT key FROM alerts WHERE {SENDABLE}")}
        got = Counter(post["message"].rpartition("uhcwatch alert key: ")[2].strip() for post in receiver.posts)
        titles = {}
        consistent = True
        for post in receiver.posts:
            key = post["message"].rpartition("uhcwatch alert key: ")[2].strip()
            consistent &= titles.setdefault(key, post["title"]) == post["title"]
        return {"alerts": len(keys), "posts": len(receiver.posts), "lost": len(keys - set(got)),
                "repeated": sum(1 for n in got.values() if n > 1), "same key on repeats": consistent,
                "unknown keys": len(set(got) - keys)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--delays", type=float, nargs="+", default=[1.0, 6.0])
    ap.add_argument("--seed", type=int, default=int(time.time()))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        for delay in args.delays:
            result = run_once(delay, args.kills, rng, Path(tmp))
            print(f"webhook {delay:g} s, {args.kills} kills (seed {args.seed}): " +
                  ", ".join(f"{k} {v}" for k, v in result.items()))
            status |= bool(result["lost"] or result["unknown keys"] or not result["same key on repeats"])
    return status


if __name__ == "__main__":
    sys.exit(main())
