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


class UserError(Exception):
    """A problem the user can fix (bad config, unknown source): one line, exit 2."""


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract
    from .read import InputError, read_input

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
    from .config import ConfigError, load_config

    try:
        config = load_config(args.config)
        for name in getattr(args, "source", None) or []:
            config.source(name)
    except ConfigError as e:
        raise UserError(str(e)) from None
    return config, config.database_path(args.db)


def cmd_crawl(args: argparse.Namespace) -> int:
    from .crawl import run_crawl
    from .progress import CrawlProgress, print_summary

    config, db_path = _config(args)
    names = args.source or None
    shown = [config.source(n).name for n in names] if names else [s.name for s in config.sources]
    with CrawlProgress(shown, enabled=not args.quiet) as progress:
        results = run_crawl(config, db_path, names, progress=progress.update if progress.live else None,
                            log_level="INFO" if args.verbose else "WARNING")
    print_summary(results, db_path)
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
