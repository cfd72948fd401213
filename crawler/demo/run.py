"""`uhcwatch demo`: the whole system, offline, in about a minute.

Two bundled news sites (a WordPress-style site with a feed and a listing-only site with two-page
articles) are served on 127.0.0.1 and publish a new article every few seconds: the seed articles and
some dev articles among generated filler. The real daemon (`scheduler.run_daemon`) crawls them every
few seconds, and a small alert receiver on 127.0.0.1, reached through apprise like any webhook, prints
each alert as it arrives. Nothing leaves the machine.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console
from rich.panel import Panel

from uhcwatch.crawler.config import Config, parse_config

from .server import SiteServer
from .catalog import build_site
from .sites import load_sample_articles

RELEASE_EVERY = 4.0  # seconds between two new articles on each site
CRAWL_EVERY = "8s"


class AlertPrinter:
    """A webhook receiver on 127.0.0.1 that prints every alert apprise delivers to it."""

    def __init__(self, console: Console):
        self.console = console
        self.received = 0
        printer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(200)
                self.end_headers()
                try:
                    alert = json.loads(body)
                except ValueError:
                    return
                printer.received += 1
                printer.console.print(Panel(alert.get("message", ""), title=f"[bold]ALERT[/] {alert.get('title', '')}",
                                            title_align="left", border_style="green"))

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.httpd.server_address[1]}/demo"

    def __enter__(self) -> "AlertPrinter":
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def demo_config(server: SiteServer, alert_url: str) -> Config:
    """The daemon's configuration for the demo, as data: both sites, a short interval, the printer."""
    sources = []
    for name, paths in {"warta-pantura": ["/feed/", "/"], "lintas-daerah": ["/indeks"]}.items():
        port = urlsplit(server.url(name)).port
        sources.append({"name": name, "start_urls": [server.url(name, p) for p in paths],
                        "allowed_domains": [f"127.0.0.1:{port}"]})
    return parse_config({"crawl": {"download_timeout": "5s"},
                         "schedule": {"every": CRAWL_EVERY, "jitter": "0s"},
                         "alerts": {"urls": [alert_url], "max_age_days": 0},  # the sample articles are years old
                         "sources": sources}, None)


def start_afresh(db_path: Path) -> None:
    """Empty the demo's database before each demo, so that every demo shows its alerts as they happen (a second
    run on the same database would find every region already reported and stay silent).

    Only a database that holds nothing but the demo's own 127.0.0.1 sites is emptied; one with articles from
    anywhere else is a real database given by mistake, and is refused, untouched. A demo still running on it
    (its daemon holds the lock) is refused too."""
    import fcntl
    import sqlite3

    from uhcwatch.crawler.errors import AlreadyRunning, DatabaseError

    if not db_path.is_file():
        return
    try:
        with sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True) as db:
            real = db.execute("SELECT count(*) FROM articles WHERE url NOT LIKE 'http://127.0.0.1:%'").fetchone()[0]
    except sqlite3.Error:
        return  # not a uhcwatch database: opening it says what is wrong
    if real:
        raise DatabaseError(f"{db_path} holds {real} article(s) from real sites: the demo starts from an empty "
                            "database, give it another --db")
    with open(db_path.with_name(db_path.name + ".lock"), "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(f"a demo is already running on {db_path}") from None
        for path in [db_path, *(db_path.with_name(db_path.name + end) for end in ("-wal", "-shm"))]:
            path.unlink(missing_ok=True)
        db_path.with_name(db_path.stem + "-alerts.atom").unlink(missing_ok=True)


def run_demo(db_path: Path, *, duration: float | None, console: Console | None = None) -> int:
    """Serve the sites, run the daemon against them, print alerts; until Ctrl-C or `duration` seconds."""
    from uhcwatch import scheduler

    console = console or Console()
    samples = load_sample_articles()
    sites = [build_site("wordpress", samples[::2], n_filler=12, seed=1, release_every=RELEASE_EVERY,
                        name="warta-pantura"),
             build_site("listing_only", samples[1::2], n_filler=12, seed=2, release_every=RELEASE_EVERY,
                        name="lintas-daerah")]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    for noisy in ("apscheduler", "apprise", "uhcwatch.alerts"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    with SiteServer(*sites) as server, AlertPrinter(console) as printer:
        config = demo_config(server, printer.url)
        console.print(Panel(
            "\n".join(f"{s.name}: {server.url(s.name)}  ({len(s.posts)} articles, one more every "
                      f"{RELEASE_EVERY:g}s)" for s in sites)
            + f"\ndatabase: {db_path}\ncrawling every {CRAWL_EVERY}; alerts appear below as regions report"
            + ("" if duration else "\nCtrl-C to stop"),
            title="uhcwatch demo: two news sites on 127.0.0.1", title_align="left"))
        status = scheduler.run_daemon(config, db_path, stop_after=duration)
    console.print(f"\n{printer.received} alerts delivered. Look at what was found:\n"
                  f"  uhcwatch --db {db_path} regions\n  uhcwatch --db {db_path} serve")
    return status
