"""The `uhcwatch` command line: parse, call the API (``uhcwatch.crawler.api``), print.

Each command is one small function. Heavy libraries are imported by the API functions that need
them, so ``uhcwatch regions`` does not pay for Scrapy. A ``UhcwatchError`` becomes one line on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

from uhcwatch import __version__
from uhcwatch.crawler import api
from uhcwatch.crawler.errors import UhcwatchError
from uhcwatch.crawler.ui.serve import DEFAULT_HOST, DEFAULT_PORT


def cmd_extract(args: argparse.Namespace) -> int:
    status = 0
    news_source = _config(args).source(args.source) if args.source else None
    for line in api.extract_inputs(args.inputs or ["-"], title=args.title, published=args.published,
                                   news_source=news_source):
        status = 1 if "error" in line else status
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return status


def cmd_crawl(args: argparse.Namespace) -> int:
    from uhcwatch.crawler.ui.progress import CrawlProgress, print_summary

    config = _config(args)
    db_path = api.database_path(config, args.db)
    shown = args.source or [s.name for s in config.sources]
    with CrawlProgress(shown, enabled=not args.quiet) as progress:
        results = api.crawl(config, db_path, args.source, progress=progress.update if progress.live else None,
                            log_level="INFO" if args.verbose else "WARNING")
    print_summary(results, db_path)
    return 1 if results and all(r.status == "failed" for r in results) else 0


def cmd_run(args: argparse.Namespace) -> int:
    import logging

    config = _config(args)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.verbose:  # our every step (crawl started, ...) and Scrapy's INFO log from the crawls
        logging.getLogger("uhcwatch").setLevel(logging.DEBUG)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: maximum number of running instances"
    return api.run_daemon(config, api.database_path(config, args.db))


def cmd_demo(args: argparse.Namespace) -> int:
    return api.demo(_config(args), args.db, duration=args.duration)


def cmd_sources(args: argparse.Namespace) -> int:
    from rich.console import Console

    from uhcwatch.crawler.ui.views import duration, sources_table

    config = _config(args)
    rows = api.source_status(config, api.database_path(config, args.db))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    Console(width=None if sys.stdout.isatty() else 160).print(sources_table(rows))
    print(f"jitter {duration(config.schedule.jitter)}; config: {config.path or 'built-in defaults'}")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from rich.console import Console

    from uhcwatch.crawler.ui.views import alerts_table

    config = _config(args)
    if args.test:
        ok, targets = api.send_test_alert(config)
        print(f"test notification {'sent' if ok else 'FAILED'} to {targets} target(s)")
        return 0 if ok else 1
    db_path = _reading_database(config, args)
    if args.release or args.reject:
        done = api.review_alerts(db_path, release=args.release or (), reject=args.reject or ())
        for decision, ids in done.items():
            if ids:
                print(f"{decision}: {', '.join(map(str, ids))}")
        return 1 if done["not held"] else 0
    if not db_path.exists():
        print(f"no database yet at {db_path}: run 'uhcwatch crawl' or 'uhcwatch run' first")
        return 0
    rows = api.held_alerts(db_path) if args.held else api.recent_alerts(db_path, args.limit)
    if args.held and not rows:
        print("No alert is held for review.")
        return 0
    Console(width=None if sys.stdout.isatty() else 200).print(alerts_table(rows, held=args.held))
    return 0


def cmd_regions(args: argparse.Namespace) -> int:
    from rich.console import Console

    from uhcwatch.crawler.export import to_json
    from uhcwatch.crawler.ui.views import missing_table, regions_table

    db_path = _reading_database(_config(args), args)
    if args.missing:
        found = api.missing(db_path)
        rows, table = found.regions, (lambda: missing_table(found.regions, total=found.total))
    else:
        rows = api.latest(db_path)
        table = lambda: regions_table(rows)  # noqa: E731
    if args.json:
        sys.stdout.write(to_json(rows))
    elif not rows:
        print("No coverage figures stored yet: run 'uhcwatch crawl'." if not args.missing
              else "Every region of the gazetteer has reported coverage.")
    else:
        Console().print(table())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    result = api.export(_reading_database(_config(args), args), args.format, everything=args.all,
                        shapes=args.shapes)
    if result.left_out:
        names = ", ".join(sorted({r["region_name"] or "?" for r in result.left_out}))
        what = "an outline" if args.shapes else "coordinates"
        print(f"uhcwatch export: {len(result.left_out)} announcement(s) without {what} left out of GeoJSON: "
              f"{names}", file=sys.stderr)
    if args.output in (None, "-"):
        sys.stdout.write(result.text)
        return 0
    try:
        Path(args.output).write_text(result.text, encoding="utf-8")
    except OSError as e:
        raise UhcwatchError(f"cannot write {args.output}: {e.strerror or e}") from None
    print(f"uhcwatch export: {len(result.rows)} announcement(s) written to {args.output}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from uhcwatch.crawler.ui.serve import serve

    db_path = _reading_database(_config(args), args)
    try:
        return serve(db_path, args.host, args.port, log_level="info" if args.verbose else "warning")
    except KeyboardInterrupt:  # Ctrl-C is how a user stops serving: not an error
        return 0


# --- helpers ------------------------------------------------------------------------------------

def _config(args: argparse.Namespace):
    """The config every command starts from; an unknown --source is refused before anything runs."""
    config = api.load_config(args.config)
    names = getattr(args, "source", None) or []
    for name in [names] if isinstance(names, str) else names:
        config.source(name)
    return config


def _reading_database(config, args: argparse.Namespace):
    path, note = api.reading_database(config, args.db)
    if note:
        print(f"uhcwatch: {note}", file=sys.stderr)
    return path


def _date_arg(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}")
    return port


# What each command is for, and how it is typed: shown by `uhcwatch COMMAND --help`.
COMMANDS = {
    "extract": ("read coverage announcements from files, stdin (-) or URLs; prints JSON Lines",
                "uhcwatch extract article.txt page.html\n  cat article.txt | uhcwatch extract - --published 2023-05-22"),
    "crawl": ("one pass over the configured sources: fetch, extract, store, queue alerts",
              "uhcwatch crawl\n  uhcwatch crawl --source murianews -v"),
    "run": ("the daemon: crawl every source on its schedule and deliver alerts",
            "uhcwatch run\n  uhcwatch run -q --config ~/.config/uhcwatch/uhcwatch.toml"),
    "sources": ("configured sources, their schedule, last crawl and health", "uhcwatch sources\n  uhcwatch sources --json"),
    "alerts": ("recent alerts and their delivery state",
               "uhcwatch alerts --limit 10\n  uhcwatch alerts --held\n  uhcwatch alerts --release 12 13\n"
               "  uhcwatch alerts --test"),
    "demo": ("offline demo: local news sites, the daemon, alerts as they happen", "uhcwatch demo --duration 60"),
    "regions": ("latest coverage per region; --missing: regions never reported",
                "uhcwatch regions\n  uhcwatch regions --missing\n  uhcwatch regions --json"),
    "export": ("announcements as CSV, JSON or GeoJSON (latest per region, or --all)",
               "uhcwatch export --format csv -o coverage.csv\n  uhcwatch export --format geojson --all\n"
               "  uhcwatch export --format geojson --shapes -o regions.geojson"),
    "serve": ("the dashboard: a coverage map, region and source pages (read-only)", "uhcwatch serve --port 8001"),
}


def _global_options(parser: argparse.ArgumentParser, *, below: bool) -> None:
    """--config, --db, -v and -q, accepted before the command and after it. Below the command the defaults
    are SUPPRESS, so an option given before it is not overwritten by the subcommand's default."""
    default = {"default": argparse.SUPPRESS} if below else {}
    parser.add_argument("--config", metavar="PATH", **default,
                        help="config file (env UHCWATCH_CONFIG; default ./uhcwatch.toml, then "
                             "~/.config/uhcwatch/uhcwatch.toml)")
    parser.add_argument("--db", metavar="PATH", **default, help="SQLite database (env UHCWATCH_DB)")
    parser.add_argument("-v", "--verbose", action="store_true", **default,
                        help="more on stderr: Scrapy's log, every request served, the daemon's every step")
    parser.add_argument("-q", "--quiet", action="store_true", **default,
                        help="less: no live progress, only warnings and errors")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="uhcwatch",
        description="Watch Indonesian regional news for JKN (BPJS Kesehatan) coverage announcements.",
        epilog="Run 'uhcwatch COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"uhcwatch {__version__}")
    _global_options(parser, below=False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func) -> argparse.ArgumentParser:
        summary, examples = COMMANDS[name]
        p = sub.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".",
                           epilog="examples:\n  " + examples, formatter_class=argparse.RawDescriptionHelpFormatter)
        _global_options(p, below=True)
        p.set_defaults(func=func)
        return p

    p = command("extract", cmd_extract)
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="file (.html/.htm cleaned first), - for stdin, or URL")
    p.add_argument("--title", help="the article's headline")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date, to resolve relative dates like 'Mei lalu'")
    p.add_argument("--source", metavar="NAME",
                   help="read pages with this configured source's content/exclude selectors")

    p = command("crawl", cmd_crawl)
    p.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")

    command("run", cmd_run)
    p = command("sources", cmd_sources)
    p.add_argument("--json", action="store_true", help="the same as JSON: schedule, last run and health per source")

    p = command("alerts", cmd_alerts)
    p.add_argument("--test", action="store_true", help="send a test notification to every configured target")
    p.add_argument("--limit", type=int, default=30, help="how many (default 30)")
    p.add_argument("--held", action="store_true",
                   help="alerts held for review (announcements less sure than [alerts] min_confidence)")
    p.add_argument("--release", type=int, nargs="+", metavar="ID", help="send these held alerts")
    p.add_argument("--reject", type=int, nargs="+", metavar="ID", help="never send these held alerts")

    p = command("demo", cmd_demo)
    p.add_argument("--duration", type=float, metavar="SECONDS", help="stop after this long (default: Ctrl-C)")

    p = command("regions", cmd_regions)
    p.add_argument("--missing", action="store_true", help="regions of the gazetteer never reported, by province")
    p.add_argument("--json", action="store_true", help="the same rows as a JSON array")

    p = command("export", cmd_export)
    p.add_argument("--format", required=True, choices=("csv", "json", "geojson"), help="output format")
    p.add_argument("--all", action="store_true", help="every announcement, not only each region's latest")
    p.add_argument("--shapes", action="store_true",
                   help="GeoJSON: each region's outline (shipped in the package) instead of its seat's point")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    p = command("serve", cmd_serve)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT,
                   help=f"port to listen on (default {DEFAULT_PORT}; 0 picks a free one)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UhcwatchError as e:
        print(f"uhcwatch: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
