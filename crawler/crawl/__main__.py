"""`python -m uhcwatch.crawler.crawl --db PATH --source NAME ...`: one crawl, its configuration as JSON on stdin.

This is how the daemon runs each scheduled crawl: in a child process (Scrapy's reactor cannot be
restarted within one process, and a child gives all its memory back when it ends), handed the
daemon's configuration as data (``Config.to_json``) rather than a file to re-read.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from pathlib import Path

from uhcwatch.crawler.config import Config
from uhcwatch.crawler.crawl.run import run_crawl
from uhcwatch.crawler.errors import UhcwatchError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m uhcwatch.crawler.crawl", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the SQLite database to store into")
    parser.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")
    parser.add_argument("--log-level", default="WARNING", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
                        help="Scrapy's log level on stderr (the daemon passes INFO when it is verbose)")
    args = parser.parse_args(argv)
    _die_with_parent()
    try:
        config = Config.from_json(sys.stdin.read())
        run_crawl(config, Path(args.db), args.source, log_level=args.log_level)
    except UhcwatchError as e:
        print(f"uhcwatch crawl: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


def _die_with_parent(every: float = 1.0) -> None:
    """The daemon that started this crawl was killed (we were re-parented): stop, so no orphan crawls on.

    SIGTERM first (Scrapy closes the spider and records the run as interrupted), a second one five
    seconds later (Scrapy stops at once; the run's row is marked interrupted when the source is next
    crawled), then SIGKILL."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        for sig in (signal.SIGTERM, signal.SIGTERM, signal.SIGKILL):  # Scrapy: stop; stop now; (still here?) go
            os.kill(os.getpid(), sig)
            time.sleep(5)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
