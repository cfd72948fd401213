"""uhcwatch: JKN coverage announcements in Indonesian regional news.

The installed package maps the repository's folders (see README, "Development"):

    uhcwatch.crawler      the application: config, extraction, crawl plumbing, alerts, UI, demo
    uhcwatch.spiders      Scrapy spiders
    uhcwatch.storage      the SQLite store
    uhcwatch.scheduler    the daemon

The Python API lives in ``uhcwatch.crawler.api``; its main entry points are
importable from here too (loaded on first use, so ``import uhcwatch`` stays cheap)::

    import uhcwatch
    for a in uhcwatch.extract(text, published="2023-05-22"):
        print(a.region_name, a.coverage_pct)
"""

from __future__ import annotations

__version__ = "0.2.0"

_API = ("extract", "read", "load_config", "crawl", "open_store", "latest", "missing", "export",
        "recent_alerts", "send_test_alert", "run_daemon", "serve", "demo", "UhcwatchError")


def __getattr__(name: str):
    if name in _API:
        from uhcwatch.crawler import api

        return getattr(api, name)
    raise AttributeError(f"module 'uhcwatch' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
