"""The crawl's ledger: the one component that holds the store, the alert policy and the counts.

A Scrapy extension, built from the crawler like every Scrapy component. When the spider opens it
opens the store and starts a ``crawl_runs`` row per source; the spider asks it what was seen and
keeps HTTP validators through it; the pipelines store each article (with the alerts the policy
decides, in the same transaction) through it; everything is counted in Scrapy's own stats, under
``uhcwatch/<source>/<what>``, the one place a crawl's numbers live. It also watches for crawler traps
(``depth_cut``): the ones each source's earlier runs found are loaded when the spider opens, those this
run finds are kept when it closes. When the spider closes, each source's ``SourceResult`` is written to
its ``crawl_runs`` row and the store is closed.

Settings it reads (``settings.scrapy_settings`` writes them): ``UHCWATCH_DB``,
``UHCWATCH_SOURCES`` (names), ``UHCWATCH_ALERT_EVENTS``, ``UHCWATCH_ALERT_MAX_AGE_DAYS``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from uhcwatch.crawler.alerts.rules import AlertPolicy
from uhcwatch.crawler.crawl.links import url_pattern
from uhcwatch.crawler.database import open_store
from uhcwatch.crawler.errors import DiskFull
from uhcwatch.crawler.models import Article

# What is counted per source, in Scrapy's stats as "uhcwatch/<source>/<name>".
COUNTS = ("requests", "pages", "not_modified", "skipped_seen", "skipped_trap", "over_budget", "irrelevant",
          "articles", "articles_new", "announcements_new", "errors")
FINISHED = ("finished", "closespider_pagecount")  # close reasons of a crawl that ran to its end
MAX_ARTICLE_ATTEMPTS = 3  # an article whose processing fails is tried on this many runs in all
# A listing chain cut by max_depth is a trap when this many of its pages (one URL pattern) listed no article.
TRAP_MIN_PAGES = 3
# A trap is forgotten this long after it was found, so a site that changed its pages gets them crawled again
# (at the price of one run's walk into the trap, if it is still there).
TRAP_MEMORY = timedelta(days=30)

log = logging.getLogger("uhcwatch.crawl")


@dataclass(frozen=True)
class SourceResult:
    """One row of the crawl summary (and of ``crawl_runs``)."""

    source: str
    pages: int
    articles_new: int
    announcements_new: int
    errors: int
    status: str  # ok | failed | interrupted
    not_modified: int = 0
    skipped_seen: int = 0
    over_budget: int = 0
    error_detail: str = ""  # the commonest kinds of error, "TimeoutError ×3, ..."


class CrawlLedger:
    def __init__(self, stats, db_path: Path, sources: list[str], policy: AlertPolicy):
        self.stats = stats
        self.db_path = db_path
        self.sources = sources
        self.policy = policy
        self.store = None
        self.run_ids: dict[str, int] = {}
        self.results: list[SourceResult] | None = None  # set when the spider closes
        self.fatal: str | None = None  # why the crawl was stopped early (a full disk), if it was
        self.crawler = None
        self.traps: dict[str, set[str]] = {}  # source -> URL patterns not to enter
        # (source, URL pattern) -> [listing pages read, links on them that look like articles], this run
        self.listings: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        self.found_traps: dict[tuple[str, str], str] = {}  # (source, pattern) -> the page where it was cut

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        policy = AlertPolicy(tuple(s.getlist("UHCWATCH_ALERT_EVENTS")), s.getint("UHCWATCH_ALERT_MAX_AGE_DAYS"),
                             s.getfloat("UHCWATCH_ALERT_MIN_CONFIDENCE"))
        ledger = cls(crawler.stats, Path(s["UHCWATCH_DB"]), s.getlist("UHCWATCH_SOURCES"), policy)
        ledger.crawler = crawler
        crawler.signals.connect(ledger.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ledger.spider_closed, signal=signals.spider_closed)
        return ledger

    # --- the run ------------------------------------------------------------------------------

    def spider_opened(self, spider) -> None:
        self.store = open_store(self.db_path, create=True)
        self.run_ids = {name: self.store.start_run(name) for name in self.sources}
        since = datetime.now(timezone.utc) - TRAP_MEMORY
        self.traps = {name: set(self.store.traps(name, since=since)) for name in self.sources}

    def spider_closed(self, spider, reason: str) -> None:
        self.results = [self.result(name, interrupted=reason not in FINISHED) for name in self.sources]
        try:
            for (source, pattern), url in self.found_traps.items():
                if self.listings[(source, pattern)][1] == 0:  # still no article on any of its pages
                    self.store.remember_trap(source, pattern, url)
            for r in self.results:
                self.store.finish_run(self.run_ids[r.source], pages=r.pages, articles_new=r.articles_new,
                                      announcements_new=r.announcements_new, errors=r.errors, status=r.status,
                                      error_detail=r.error_detail)
        except DiskFull:
            pass  # already said; the rows stay "running" and the next start marks them interrupted
        finally:
            self.store.close()

    def stop(self, reason: str) -> None:
        """End the crawl now, for a reason that no later page can avoid (a full disk)."""
        if self.fatal is None:
            self.fatal = reason
            log.error("crawl stopped: %s", reason)
            try:
                engine = self.crawler.engine
            except (AttributeError, RuntimeError):  # no crawl under way (a component used on its own)
                return
            deferred_from_coro(engine.close_spider_async(reason="fatal"))

    # --- counting -----------------------------------------------------------------------------

    def count(self, source: str, what: str, n: int = 1) -> None:
        self.stats.inc_value(f"uhcwatch/{source}/{what}", n)

    def error(self, source: str, kind: str) -> None:
        self.count(source, "errors")
        self.count(source, f"error/{kind}")

    def counts(self, source: str) -> dict[str, int]:
        """What the crawl of ``source`` did so far, by ``COUNTS`` name."""
        return {what: self.stats.get_value(f"uhcwatch/{source}/{what}", 0) for what in COUNTS}

    def result(self, source: str, *, interrupted: bool) -> SourceResult:
        c = self.counts(source)
        prefix = f"uhcwatch/{source}/error/"
        kinds = sorted(((k[len(prefix):], v) for k, v in self.stats.get_stats().items() if k.startswith(prefix)),
                       key=lambda kv: -kv[1])
        failed = c["errors"] and not (c["pages"] or c["not_modified"])
        status = "failed" if self.fatal else "interrupted" if interrupted else ("failed" if failed else "ok")
        return SourceResult(source, c["pages"], c["articles_new"], c["announcements_new"], c["errors"], status,
                            c["not_modified"], c["skipped_seen"], c["over_budget"],
                            ", ".join(f"{k} ×{v}" for k, v in kinds[:3]))

    # --- crawler traps ------------------------------------------------------------------------

    def listing_read(self, source: str, url: str, article_links: int) -> None:
        """A listing page was read, with this many links that look like articles."""
        seen = self.listings[(source, url_pattern(url))]
        seen[0] += 1
        seen[1] += article_links

    def depth_cut(self, source: str, url: str, next_url: str) -> None:
        """``max_depth`` kept the crawl from following ``next_url`` from ``url``. When both are pages of one
        URL pattern and none of that pattern's pages listed an article (an endless calendar, not a news
        index), the pattern is a trap: refused for the rest of this run and, once the run ends, remembered."""
        pattern = url_pattern(url)
        if url_pattern(next_url) != pattern or pattern in self.traps.setdefault(source, set()):
            return
        pages, articles = self.listings[(source, pattern)]
        if pages >= TRAP_MIN_PAGES and articles == 0:
            self.traps[source].add(pattern)
            self.found_traps[(source, pattern)] = url
            log.info("%s: %s looks like a crawler trap (%d pages, no article); not followed again", source,
                     pattern, pages)

    def is_trap(self, source: str, url: str) -> bool:
        """Is ``url`` a page of a trap this source's crawls found?"""
        traps = self.traps.get(source)
        return bool(traps) and url_pattern(url) in traps

    # --- the store ----------------------------------------------------------------------------

    def seen(self, url: str) -> bool:
        return self.store.seen(url)

    def remember_seen(self, url: str, canonical_url: str | None = None, *, source: str) -> None:
        self.store.remember_seen(url, canonical_url, source=source)

    def validators(self, url: str) -> dict | None:
        """The ETag and Last-Modified last seen for a feed, sitemap or listing URL."""
        return self.store.http_cache_get(url)

    def keep_validators(self, url: str, *, etag: str | None, last_modified: str | None,
                        body_hash: str | None = None) -> None:
        self.store.http_cache_put(url, etag=etag, last_modified=last_modified, body_hash=body_hash)

    def failed(self, url: str, source: str, step: str, error: BaseException) -> None:
        """One article's processing failed: count it, keep it to retry on later runs, say so in one line.

        A full disk is not the article's fault and no later article can be stored either: the crawl stops
        at once (``fatal``), and the article, never marked seen, is fetched again by a later run."""
        self.error(source, f"{step} {type(error).__name__}")
        if isinstance(error, DiskFull):
            self.stop(str(error))
            return
        detail = f"{type(error).__name__}: {error}"
        try:
            attempts = self.store.record_failure(url, source, step, detail)
        except Exception as e:  # the store itself is failing: the log line is all there is
            log.error("%s: %s failed (%s); could not record it: %s", url, step, detail, e)
            return
        again = "retried on the next run" if attempts < MAX_ARTICLE_ATTEMPTS else "not retried again"
        log.error("%s: %s failed (%s); %s", url, step, detail, again)

    def to_retry(self, source: str) -> list[str]:
        """Articles of ``source`` whose processing failed on an earlier run and may be tried again."""
        return self.store.failed_to_retry(source, MAX_ARTICLE_ATTEMPTS)

    def store_article(self, article: Article) -> None:
        """Store an article with its announcements and the alerts they cause, in one transaction."""
        result = self.store.store_article(article, alerts=self.policy)
        self.count(article.source, "articles")
        if result.article_new and not result.duplicate_of:
            self.count(article.source, "articles_new")
        self.count(article.source, "announcements_new", len(result.announcement_ids))
