"""One crawl: every selected source once, through Scrapy, into the store.

`run_crawl` is what `uhcwatch crawl` runs, and what the daemon runs in a
child process per scheduled crawl (Twisted's reactor cannot be restarted in
one process; a child per crawl also gives the memory back when it ends).
All sources of one crawl share one spider, so `[crawl].concurrency` bounds
requests in flight across all sites and `per_site_concurrency` each site.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from uhcwatch.crawler.config import Config
from uhcwatch.crawler.crawl.settings import scrapy_settings


@dataclass(frozen=True)
class SourceResult:
    """One row of the crawl summary (and of `crawl_runs`)."""

    source: str
    pages: int
    articles_new: int
    announcements_new: int
    errors: int
    status: str  # ok | failed | interrupted
    not_modified: int = 0
    skipped_seen: int = 0
    over_budget: int = 0
    error_detail: str = ""


def run_crawl(config: Config, db_path: Path, source_names: list[str] | None = None, *,
              progress=None, log_level: str = "WARNING") -> list[SourceResult]:
    """Crawl the named sources (all when None) once; returns a result per source.

    `progress`, when given, is called about twice a second with the spider's
    per-source stats, for a live display.
    """
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from uhcwatch.spiders.news import NewsSpider
    from uhcwatch.storage.store import Store

    sources = [config.source(n) for n in source_names] if source_names else list(config.sources)
    store = Store(db_path)
    run_ids = {s.name: store.start_run(s.name) for s in sources}
    process = CrawlerProcess(scrapy_settings(config.crawl, log_level=log_level))
    _route_scrapy_logs(log_level)
    crawler = process.create_crawler(NewsSpider)
    close_reason: list[str] = []
    crawler.signals.connect(lambda spider, reason: close_reason.append(reason), signal=signals.spider_closed, weak=False)
    process.crawl(crawler, sources=sources, store=store, crawl=config.crawl, alerts=config.alerts)
    spider_ref: list = []
    crawler.signals.connect(lambda spider: spider_ref.append(spider), signal=signals.spider_opened, weak=False)
    ticker = _start_ticker(lambda: progress(spider_ref[0].stats_by_source) if spider_ref else None) if progress else None
    try:
        process.start()
    finally:
        if ticker is not None and ticker.running:
            ticker.stop()
        interrupted = bool(close_reason) and close_reason[0] not in ("finished", "closespider_pagecount")
        results = []
        stats = spider_ref[0].stats_by_source if spider_ref else {}
        for s in sources:
            st = stats.get(s.name)
            results.append(_result(s.name, st, interrupted or not close_reason))
            r = results[-1]
            store.finish_run(run_ids[s.name], pages=r.pages, articles_new=r.articles_new,
                             announcements_new=r.announcements_new, errors=r.errors, status=r.status)
        store.close()
    return results


def _result(name: str, st, interrupted: bool) -> SourceResult:
    if st is None:
        return SourceResult(name, 0, 0, 0, 0, "interrupted" if interrupted else "failed")
    status = "interrupted" if interrupted else ("failed" if st.errors and not (st.pages or st.not_modified) else "ok")
    detail = ", ".join(f"{k} ×{v}" for k, v in st.error_kinds.most_common(3))
    return SourceResult(name, st.pages, st.articles_new, st.announcements_new, st.errors, status,
                        st.not_modified, st.skipped_seen, st.over_budget, detail)


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
