"""Scrapy settings for a uhcwatch crawl, derived from the configuration.

Settings live here, in one place, in Scrapy's own names (ours prefixed ``UHCWATCH_``, read by the
components built from them: the spider's budgets, the ledger's database and alert policy);
``run.py`` hands them to the crawler process. Politeness (robots.txt, AutoThrottle, per-site
concurrency) is on by default because the targets are small regional news
sites, not CDNs.
"""

from __future__ import annotations

from pathlib import Path

from uhcwatch.crawler.config import Config, Source


def scrapy_settings(config: Config, db_path: Path, sources: list[Source], *, log_level: str = "WARNING") -> dict:
    crawl = config.crawl
    return {
        "UHCWATCH_DB": str(db_path),
        "UHCWATCH_SOURCES": [s.name for s in sources],
        "UHCWATCH_MAX_PAGES_PER_RUN": crawl.max_pages_per_run,
        "UHCWATCH_MAX_DEPTH": crawl.max_depth,
        "UHCWATCH_ALERT_EVENTS": list(config.alerts.events),
        "UHCWATCH_ALERT_MAX_AGE_DAYS": config.alerts.max_age_days,
        "UHCWATCH_ALERT_MIN_CONFIDENCE": config.alerts.min_confidence,
        "UHCWATCH_SELECTORS": {s.name: {"content": s.content, "exclude": list(s.exclude)}
                               for s in sources if s.content or s.exclude},
        "BOT_NAME": "uhcwatch",
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "CONCURRENT_REQUESTS": crawl.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.per_site_concurrency,
        "DOWNLOAD_TIMEOUT": crawl.download_timeout,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 0.5,
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl.per_site_concurrency),
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": log_level,
        "DEFAULT_DROPITEM_LOG_LEVEL": "DEBUG",  # most news is not about JKN: dropping it is not news
        "LOG_INSTALL_ROOT_HANDLER": False,  # run.py routes Scrapy's log lines
        "LOGSTATS_INTERVAL": 0,
        # Ours replaces Scrapy's offsite filter: it also knows ports and private addresses.
        "DOWNLOADER_MIDDLEWARES": {"scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
                                   "uhcwatch.crawler.crawl.guard.GuardMiddleware": 50,
                                   # robots.txt at most once a day per site (before Scrapy's RobotsTxtMiddleware)
                                   "uhcwatch.crawler.crawl.robots.RobotsCacheMiddleware": 60},
        "EXTENSIONS": {"uhcwatch.crawler.crawl.ledger.CrawlLedger": 0},
        "ITEM_PIPELINES": {
            "uhcwatch.crawler.crawl.pipelines.PrefilterPipeline": 100,
            "uhcwatch.crawler.crawl.pipelines.CleanPipeline": 200,
            "uhcwatch.crawler.crawl.pipelines.ExtractPipeline": 300,
            "uhcwatch.crawler.crawl.pipelines.StorePipeline": 400,
        },
        "DNSCACHE_ENABLED": True,
        "DNS_TIMEOUT": 20,
        "HTTPCACHE_ENABLED": False,
        "MEMUSAGE_ENABLED": False,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }
