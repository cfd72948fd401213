"""Real Scrapy components for unit tests: a crawler built with uhcwatch's own settings, its ledger
opened on a real SQLite file, and responses made in memory (no network: these tests exercise what
each component decides, the crawl tests exercise them over HTTP on 127.0.0.1)."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from uhcwatch.crawler.config import parse_config
from uhcwatch.crawler.crawl.ledger import CrawlLedger
from uhcwatch.crawler.crawl.settings import scrapy_settings
from uhcwatch.spiders.news import NewsSpider

SOURCES = [{"name": "warta", "start_urls": ["https://warta.example/", "https://warta.example/feed/"]},
           {"name": "lokal", "start_urls": ["http://127.0.0.1:8080/"], "allowed_domains": ["127.0.0.1:8080"]}]


def open_crawl(db: Path, **crawl):
    """(crawler, spider, ledger): the spider and its ledger as a crawl has them, the store opened at ``db``."""
    config = parse_config({"crawl": crawl, "alerts": {"max_age_days": 0}, "sources": SOURCES}, None)
    crawler = get_crawler(NewsSpider, scrapy_settings(config, db, list(config.sources)))
    crawler._apply_settings()  # builds the extensions, as Crawler.crawl does before the engine
    spider = NewsSpider.from_crawler(crawler, sources=list(config.sources))
    crawler.spider = spider
    ledger = crawler.get_extension(CrawlLedger)
    ledger.spider_opened(spider)
    return crawler, spider, ledger


def response(url: str, body: str | bytes, *, source: str = "warta", kind=HtmlResponse, status: int = 200,
             headers: dict | None = None, **meta) -> TextResponse:
    request = Request(url, meta={"source": source, "hops": 0, "poll_url": url, **meta})
    data = body.encode("utf-8") if isinstance(body, str) else body
    return kind(url, body=data, encoding="utf-8", request=request, status=status, headers=headers or {})


__all__ = ["open_crawl", "response", "HtmlResponse", "XmlResponse", "TextResponse"]
