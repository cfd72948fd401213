"""One crawl: every selected source once, through Scrapy, into the store.

`run_crawl` is what `uhcwatch crawl` runs, and what the daemon runs in a
child process per scheduled crawl (Twisted's reactor cannot be restarted in
one process; a child per crawl also gives the memory back when it ends).
All sources of one crawl share one spider, so `[crawl].concurrency` bounds
requests in flight across all sites and `per_site_concurrency` each site.
"""

from __future__ import annotations

import fcntl
import logging
import re
from pathlib import Path

from uhcwatch.crawler.config import Config
from uhcwatch.crawler.crawl.ledger import SourceResult
from uhcwatch.crawler.crawl.settings import scrapy_settings
from uhcwatch.crawler.errors import DiskFull

log = logging.getLogger("uhcwatch.crawl")


def run_crawl(config: Config, db_path: Path, source_names: list[str] | None = None, *,
              progress=None, log_level: str = "WARNING") -> list[SourceResult]:
    """Crawl the named sources (all when None) once; returns a result per source.

    `progress`, when given, is called about twice a second with each source's
    counts so far (``CrawlLedger.counts``), for a live display. A source another process is crawling
    into the same database is left alone (its result says "busy").
    """
    sources = [config.source(n) for n in source_names] if source_names else list(config.sources)
    locks = {s.name: _lock_source(db_path, s.name) for s in sources}
    busy = [s.name for s in sources if locks[s.name] is None]
    for name in busy:
        log.warning("%s is being crawled by another process; not crawling it now", name)
    sources = [s for s in sources if locks[s.name] is not None]
    if not sources:
        return [SourceResult(name, 0, 0, 0, 0, "busy") for name in busy]
    try:
        results = _crawl(config, db_path, sources, progress, log_level)
        return results + [SourceResult(name, 0, 0, 0, 0, "busy") for name in busy]
    finally:
        for lock in locks.values():
            if lock is not None:
                lock.close()


def _crawl(config: Config, db_path: Path, sources: list, progress, log_level: str) -> list[SourceResult]:
    from scrapy.crawler import CrawlerProcess

    from uhcwatch.crawler.crawl.ledger import CrawlLedger
    from uhcwatch.spiders.news import NewsSpider

    process = CrawlerProcess(scrapy_settings(config, db_path, sources, log_level=log_level))
    _route_scrapy_logs(log_level)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, sources=sources)

    def ledger() -> CrawlLedger | None:
        return crawler.get_extension(CrawlLedger) if crawler._extensions is not None else None

    def tick() -> None:
        book = ledger()
        if book is not None and book.store is not None:
            progress({s.name: book.counts(s.name) for s in sources})

    ticker = _start_ticker(tick) if progress else None
    try:
        process.start()
    finally:
        if ticker is not None and ticker.running:
            ticker.stop()
    book = ledger()
    if book is not None and book.fatal:
        raise DiskFull(book.fatal)
    if book is None or book.results is None:  # the crawl never opened: nothing was fetched
        return [SourceResult(s.name, 0, 0, 0, 0, "failed") for s in sources]
    return book.results


def _lock_source(db_path: Path, source: str):
    """An exclusive lock on crawling ``source`` into this database (held until closed), or None when another
    process holds it: no source is crawled twice at once, whoever started the crawls."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.-]", "_", source)
    lock = open(db_path.with_name(f"{db_path.name}.crawl-{safe}.lock"), "a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        return None
    return lock


def _start_ticker(fn):
    from twisted.internet import task

    loop = task.LoopingCall(fn)
    loop.start(0.5, now=False)
    return loop


def _route_scrapy_logs(level: str) -> None:
    """Scrapy's own log lines go to stderr at `level`, in our format, not its root handler."""
    from uhcwatch.spiders.news import NewsSpider

    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    logging.getLogger("scrapy").setLevel(level)
    logging.getLogger("twisted").setLevel(level)
    for noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    # An unreachable site is routine: the spider counts each failed request and logs it in one line (shown
    # at INFO, -v); the robots.txt middleware would add a traceback and the retry middleware a second line
    # ("Gave up retrying") for the same failure. Without -v the run's summary says how many failed and why.
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
    logging.getLogger("scrapy.downloadermiddlewares.retry").setLevel(logging.CRITICAL)
    logging.getLogger(NewsSpider.name).setLevel(level if logging.getLevelName(level) <= logging.INFO
                                                else logging.ERROR)
