"""The `uhcwatch` command line: a thin layer over the Python API.

Each command is one small function that parses nothing itself and imports
what it needs when it runs (Scrapy and trafilatura take most of a second to
import; `uhcwatch regions` should not pay for them). User errors become one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


class UserError(Exception):
    """A problem the user can fix (bad config, unknown source): one line, exit 2."""


def cmd_extract(args: argparse.Namespace) -> int:
    from uhcwatch.crawler.extraction.extract import extract
    from uhcwatch.crawler.inputs import InputError, read_input

    status = 0
    for source in args.inputs or ["-"]:
        try:
            doc = read_input(source)
        except InputError as e:
            print(json.dumps({"source": source, "error": str(e)}, ensure_ascii=False), flush=True)
            status = 1
            continue
        title = args.title or doc.title
        published = args.published or doc.published
        announcements = extract(doc.text, title=title, published=published)
        print(json.dumps({"source": source, "title": title, "published": published,
                          "announcements": [a.to_dict() for a in announcements]}, ensure_ascii=False), flush=True)
    return status


def _config(args: argparse.Namespace):
    """The config and database path every command starts from; config mistakes become a UserError."""
    from uhcwatch.crawler.config import ConfigError, load_config

    try:
        config = load_config(args.config)
        for name in getattr(args, "source", None) or []:
            config.source(name)
    except ConfigError as e:
        raise UserError(str(e)) from None
    db_path = config.database_path(args.db)
    if args.command in _READERS and not db_path.exists() and not args.db:
        demo = demo_database(config, None)
        if demo.exists():  # a newcomer's first look after `uhcwatch demo`
            print(f"uhcwatch: no database at {db_path} yet; showing the demo's ({demo})", file=sys.stderr)
            db_path = demo
    return config, db_path


_READERS = ("serve", "regions", "export", "alerts")


def cmd_crawl(args: argparse.Namespace) -> int:
    from uhcwatch.crawler.crawl.run import run_crawl
    from uhcwatch.crawler.ui.progress import CrawlProgress, print_summary

    config, db_path = _config(args)
    names = args.source or None
    shown = [config.source(n).name for n in names] if names else [s.name for s in config.sources]
    with CrawlProgress(shown, enabled=not args.quiet) as progress:
        results = run_crawl(config, db_path, names, progress=progress.update if progress.live else None,
                            log_level="INFO" if args.verbose else "WARNING")
    print_summary(results, db_path)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    import logging

    from uhcwatch import scheduler

    config, db_path = _config(args)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: maximum number of running instances"
    try:
        return scheduler.run_daemon(config, db_path)
    except scheduler.AlreadyRunning as e:
        raise UserError(str(e)) from None


def cmd_sources(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from uhcwatch.storage.store import Store

    config, db_path = _config(args)
    runs = {}
    if db_path.exists():
        with Store(db_path) as store:
            runs = {r["source"]: r for r in store.last_runs()}
    table = Table(box=None)
    for col in ("source", "every", "start URLs", "last crawl", "status", "pages", "new announcements"):
        table.add_column(col)
    for s in config.sources:
        run = runs.get(s.name, {})
        table.add_row(s.name, _duration(s.interval(config.schedule)), "\n".join(s.start_urls),
                      run.get("finished_at") or run.get("started_at") or "never", run.get("status") or "",
                      str(run.get("pages", "")), str(run.get("announcements_new", "")))
    Console(width=None if sys.stdout.isatty() else 160).print(table)
    print(f"jitter {_duration(config.schedule.jitter)}; config: {config.path or 'built-in defaults'}")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from uhcwatch.storage.store import Store

    from uhcwatch.crawler.alerts.rules import alert_urls, send_test

    config, db_path = _config(args)
    if args.test:
        urls = alert_urls(list(config.alerts.urls))
        if not urls:
            raise UserError("no alert targets configured: add [alerts] urls to the config or set UHCWATCH_ALERT_URLS")
        ok = send_test(urls)
        print(f"test notification {'sent' if ok else 'FAILED'} to {len(urls)} target(s)")
        return 0 if ok else 1
    if not db_path.exists():
        print(f"no database yet at {db_path}: run 'uhcwatch crawl' or 'uhcwatch run' first")
        return 0
    with Store(db_path) as store:
        rows = store.recent_alerts(args.limit)
    table = Table(box=None)
    for col in ("id", "event", "title", "created", "delivered", "attempts", "last error"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r["id"]), r["event"], r["title"], r["created_at"], r["delivered_at"] or "pending",
                      str(r["attempts"] or 0), (r["last_error"] or "")[:60])
    Console(width=None if sys.stdout.isatty() else 200).print(table)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from uhcwatch import scheduler

    from uhcwatch.crawler.demo.run import run_demo

    config, _ = _config(args)
    db_path = demo_database(config, args.db)
    try:
        return run_demo(db_path, duration=args.duration)
    except scheduler.AlreadyRunning as e:
        raise UserError(str(e)) from None


def demo_database(config, override: str | None) -> Path:
    """The demo's own database, beside the real one, so that demo regions never hide real alerts."""
    if override:
        return Path(override)
    real = config.database_path()
    return real.with_name("demo.db")


def _duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def _date_arg(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="uhcwatch",
        description="Watch Indonesian regional news for JKN (BPJS Kesehatan) coverage announcements.",
    )
    parser.add_argument("--config", metavar="PATH", help="config file (env UHCWATCH_CONFIG; default ./uhcwatch.toml)")
    parser.add_argument("--db", metavar="PATH", help="SQLite database (env UHCWATCH_DB)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="read coverage announcements from files, stdin (-) or URLs; prints JSON Lines")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="file (.html/.htm cleaned first), - for stdin, or URL")
    p.add_argument("--title", help="the article's headline")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date, to resolve relative dates like 'Mei lalu'")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("crawl", help="one pass over the configured sources: fetch, extract, store, queue alerts")
    p.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")
    p.add_argument("-q", "--quiet", action="store_true", help="no live progress")
    p.add_argument("-v", "--verbose", action="store_true", help="Scrapy's log at INFO level on stderr")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("run", help="the daemon: crawl every source on its schedule and deliver alerts")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("sources", help="configured sources, their schedule and last crawl")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("alerts", help="recent alerts and their delivery state")
    p.add_argument("--test", action="store_true", help="send a test notification to every configured target")
    p.add_argument("--limit", type=int, default=30, help="how many (default 30)")
    p.set_defaults(func=cmd_alerts)

    p = sub.add_parser("demo", help="offline demo: local news sites, the daemon, alerts as they happen")
    p.add_argument("--duration", type=float, metavar="SECONDS", help="stop after this long (default: Ctrl-C)")
    p.set_defaults(func=cmd_demo)

    from uhcwatch.crawler.ui import serve, views

    views.register(sub)
    serve.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as e:
        print(f"uhcwatch: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0

