"""One crawl: every selected source once, through Scrapy, into the store.

`run_crawl` is what `uhcwatch crawl` runs, and what the daemon runs in a
child process per scheduled crawl (Twisted's reactor cannot be restarted in
one process; a child per crawl also gives the memory back when it ends).
All sources of one crawl share one spider, so `[crawl].concurrency` bounds
requests in flight across all sites and `per_site_concurrency` each site.
"""

from __future__ import annotations

import logging
from pathlib import Path

from uhcwatch.crawler.config import Config
from uhcwatch.crawler.crawl.ledger import SourceResult
from uhcwatch.crawler.crawl.settings import scrapy_settings


def run_crawl(config: Config, db_path: Path, source_names: list[str] | None = None, *,
              progress=None, log_level: str = "WARNING") -> list[SourceResult]:
    """Crawl the named sources (all when None) once; returns a result per source.

    `progress`, when given, is called about twice a second with each source's
    counts so far (``CrawlLedger.counts``), for a live display.
    """
    from scrapy.crawler import CrawlerProcess

    from uhcwatch.crawler.crawl.ledger import CrawlLedger
    from uhcwatch.spiders.news import NewsSpider

    sources = [config.source(n) for n in source_names] if source_names else list(config.sources)
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
    if book is None or book.results is None:  # the crawl never opened: nothing was fetched
        return [SourceResult(s.name, 0, 0, 0, 0, "failed") for s in sources]
    return book.results


def _start_ticker(fn):
    from twisted.internet import task

    loop = task.LoopingCall(fn)
    loop.start(0.5, now=False)
    return loop


def _route_scrapy_logs(level: str) -> None:
    """Scrapy's own log lines go to stderr at `level`, in our format, not its root handler."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    logging.getLogger("scrapy").setLevel(level)
    logging.getLogger("twisted").setLevel(level)
    for noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    # An unreachable site is routine: the spider logs each failed request in one line and counts it; the
    # robots.txt middleware would add a full traceback for the same failure.
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
