"""The Python API: everything a ``uhcwatch`` command does, as a function.

The command line (``uhcwatch.crawler.ui.cli``) only parses arguments, calls one of these and
prints; a Python user calls the same functions. Every problem a user can fix is raised as a
``UhcwatchError`` (``uhcwatch.crawler.errors``) with a one-line message. Heavy libraries (Scrapy,
trafilatura, apprise) are imported by the functions that need them, so ``regions`` stays fast.

Read an article::

    >>> from uhcwatch.crawler import api
    >>> text = ("Sudah sebanyak 1.169.409 penduduk Kabupaten Demak terdaftar sebagai peserta JKN, "
    ...         "atau 95,94 persen dari total penduduk.")
    >>> [(a.region_name, a.coverage_pct, a.participants) for a in api.extract(text)]
    [('Kabupaten Demak', 95.94, 1169409)]

Crawl the configured sources once, then look at what was stored::

    config = api.load_config("uhcwatch.toml")        # None: ./uhcwatch.toml or the built-in sources
    db = api.database_path(config)
    for result in api.crawl(config, db):
        print(result.source, result.status, result.announcements_new)
    for row in api.latest(db):
        print(row["region_name"], row["coverage_pct"], row["as_of"])
    print(api.export(db, "geojson").text)

The daemon is ``api.run_daemon(config, db)``; the web UI is ``uhcwatch.crawler.ui.serve.serve(db)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from uhcwatch.crawler.config import Config, Source, load_config
from uhcwatch.crawler.database import (database_path, demo_database, open_store, reading_database,
                                       writable_database)
from uhcwatch.crawler.errors import UhcwatchError
from uhcwatch.crawler.models import Announcement

__all__ = [
    "load_config", "database_path", "reading_database", "demo_database", "open_store",
    "extract", "extract_inputs", "crawl", "run_daemon", "demo", "source_status",
    "latest", "missing", "export", "recent_alerts", "held_alerts", "review_alerts", "send_test_alert",
    "UhcwatchError",
]


# --- reading articles ---------------------------------------------------------------------------

def extract(text: str, *, title: str | None = None, published: str | None = None) -> list[Announcement]:
    """The coverage announcements an article's text makes, one per region (SPEC "extract output").

    ``published`` ("YYYY-MM-DD") resolves relative dates such as "Mei lalu". Pure and fast (a few ms).
    """
    from uhcwatch.crawler.extraction.extract import extract as _extract

    return _extract(text, title=title, published=published)


def extract_inputs(sources: Iterable[str], *, title: str | None = None, published: str | None = None,
                   news_source: Source | None = None) -> Iterator[dict]:
    """``uhcwatch extract``: for each input (a file, "-" for stdin, or an http(s) URL), its JSON object.

    An input that cannot be read gives ``{"source": ..., "error": ...}`` and the others still run.
    ``news_source``: read pages with that configured source's ``content``/``exclude`` selectors.
    """
    from uhcwatch.crawler.errors import InputError
    from uhcwatch.crawler.inputs import Selectors, read_input

    selectors = Selectors(news_source.content, news_source.exclude) if news_source else Selectors()
    for source in sources:
        try:
            doc = read_input(source, selectors=selectors)
        except InputError as e:
            yield {"source": source, "error": str(e)}
            continue
        doc_title = title or doc.title
        doc_published = published or doc.published
        try:
            found = extract(doc.text, title=doc_title, published=doc_published)
        except Exception as e:  # a bug of ours must not cost the other inputs: say which, and go on
            yield {"source": source, "error": f"extraction failed: {type(e).__name__}: {e}"}
            continue
        yield {"source": source, "title": doc_title, "published": doc_published,
               "announcements": [a.to_dict() for a in found]}


# --- crawling and the daemon --------------------------------------------------------------------

def crawl(config: Config, db_path: str | os.PathLike, sources: list[str] | None = None, *,
          progress: Callable[[dict], None] | None = None, log_level: str = "WARNING"):
    """One pass over the named sources (all when None): discover, fetch, clean, extract, store,
    queue alerts. Returns a ``SourceResult`` per source. ``progress`` is called about twice a second
    with the counts so far, per source."""
    from uhcwatch.crawler.crawl.run import run_crawl
    from uhcwatch.crawler.polling import poll_of_run, record

    for name in sources or []:
        config.source(name)  # an unknown name is a ConfigError before anything starts
    path = writable_database(db_path)
    results = run_crawl(config, path, sources, progress=progress, log_level=log_level)
    with open_store(path) as store:  # each source's health, as the daemon keeps it
        for result in results:
            poll = poll_of_run(vars(result))
            if poll is not None:
                record(store, config, config.source(result.source), poll)
    return results


def run_daemon(config: Config, db_path: str | os.PathLike) -> int:
    """The daemon: each source on its schedule, alerts delivered, until SIGTERM or SIGINT."""
    from uhcwatch import scheduler

    return scheduler.run_daemon(config, writable_database(db_path))


def demo(config: Config, db_path: str | os.PathLike | None = None, *, duration: float | None = None) -> int:
    """The whole system offline: bundled news sites on 127.0.0.1, the daemon, alerts as they arrive."""
    from uhcwatch.crawler.demo.run import run_demo, start_afresh

    path = demo_database(config, db_path)
    start_afresh(path)
    return run_demo(writable_database(path), duration=duration)


def source_status(config: Config, db_path: str | os.PathLike) -> list[dict]:
    """Each configured source: name, start URLs, interval (seconds), its last crawl run (or None) and its health
    (``Store.source_health``): ``last_success``, ``last_new_article``, ``last_poll`` (UTC times or None),
    ``consecutive_failures``, ``last_error``, ``last_outcome``, ``polls`` and the current ``interval``."""
    runs, health = {}, {}
    if Path(db_path).exists():
        with open_store(db_path) as store:
            runs = {r["source"]: r for r in store.last_runs()}
            health = store.source_health()
    never = {"last_success": None, "last_new_article": None, "consecutive_failures": 0, "last_error": None,
             "last_poll": None, "last_outcome": None, "polls": 0, "interval": None}  # the same keys, never polled
    return [{"name": s.name, "start_urls": list(s.start_urls), "every": s.interval(config.schedule),
             "last_run": runs.get(s.name), "health": health.get(s.name, never)} for s in config.sources]


# --- what is stored -----------------------------------------------------------------------------

def latest(db_path: str | os.PathLike) -> list[dict]:
    """Each region's latest announcement, with its article and its seat's coordinates (export fields)."""
    from uhcwatch.crawler.export import export_rows

    with open_store(db_path) as store:
        return export_rows(store.latest_per_region(), list(store.db["regions"].rows))


@dataclass(frozen=True)
class Missing:
    """Regions of the gazetteer that never reported, and how many regions the gazetteer has."""

    regions: list[dict]
    total: int


def missing(db_path: str | os.PathLike) -> Missing:
    """Gazetteer regions with no announcement yet."""
    from uhcwatch.crawler.export import region_rows

    with open_store(db_path) as store:
        return Missing(region_rows(store.missing_regions()), store.db["regions"].count)


@dataclass(frozen=True)
class Export:
    text: str  # the document, in the chosen format
    rows: list[dict]  # every row, including those a format had to leave out
    left_out: list[dict]  # rows GeoJSON cannot place (no coordinates: the national figure)


def export(db_path: str | os.PathLike, fmt: str, *, everything: bool = False, shapes: bool = False) -> Export:
    """The announcements (latest per region, or ``everything``) as "csv", "json" or "geojson"; with ``shapes``
    (GeoJSON only) each region is its outline, shipped in the package, instead of its seat's point."""
    from uhcwatch.crawler.boundaries import region_shapes
    from uhcwatch.crawler.export import FORMATS, export_rows, has_point, render_export

    if fmt not in FORMATS:
        raise UhcwatchError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    if shapes and fmt != "geojson":
        raise UhcwatchError("--shapes is for --format geojson: region outlines need a map format")
    outlines = region_shapes() if shapes else None
    with open_store(db_path) as store:
        rows = export_rows(store.announcements(all=everything), list(store.db["regions"].rows))
    if fmt != "geojson":
        left_out = []
    elif outlines is not None:
        left_out = [r for r in rows if (r.get("region_code") or "") not in outlines]
    else:
        left_out = [r for r in rows if not has_point(r)]
    return Export(render_export(rows, fmt, outlines), rows, left_out)


# --- alerts -------------------------------------------------------------------------------------

def recent_alerts(db_path: str | os.PathLike, limit: int = 30) -> list[dict]:
    """The newest alerts first, with their delivery state and article URL."""
    with open_store(db_path) as store:
        return store.recent_alerts(limit)


def held_alerts(db_path: str | os.PathLike) -> list[dict]:
    """Alerts held for review: their announcement was less sure than ``[alerts] min_confidence``."""
    with open_store(db_path) as store:
        return store.held_alerts()


def review_alerts(db_path: str | os.PathLike, *, release: Iterable[int] = (), reject: Iterable[int] = ()) -> dict:
    """Release held alerts (they are sent at the next delivery) or reject them (never sent).
    Returns the ids done and those that were not held, by decision."""
    done: dict = {"released": [], "rejected": [], "not held": []}
    with open_store(db_path) as store:
        for decision, ids in (("released", release), ("rejected", reject)):
            for alert_id in ids:
                done[decision if store.review_alert(alert_id, decision) else "not held"].append(alert_id)
    return done


def send_test_alert(config: Config) -> tuple[bool, int]:
    """Send a test notification to every configured target; (all succeeded, number of targets)."""
    from uhcwatch.crawler.alerts.delivery import alert_urls, send_test

    urls = alert_urls(list(config.alerts.urls))
    if not urls:
        raise UhcwatchError("no alert targets configured: add [alerts] urls to the config or set UHCWATCH_ALERT_URLS")
    return send_test(urls), len(urls)
