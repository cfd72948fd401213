"""guard: the downloader middleware drops, before download, every request outside the sources or to a
private address; one case per refusal, with real Scrapy requests."""

from __future__ import annotations

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy_parts import open_crawl

from uhcwatch.crawler.crawl.guard import GuardMiddleware


@pytest.fixture
def guard(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db")
    yield GuardMiddleware.from_crawler(crawler), crawler
    ledger.spider_closed(spider, "finished")


@pytest.mark.parametrize("url, source, reason", [
    ("file:///etc/passwd", "warta", "scheme"),
    ("https://elsewhere.example/a", "warta", "offsite"),
    ("http://127.0.0.1:9090/a", "lokal", "offsite"),  # the same host, another port
    ("http://169.254.169.254/latest/meta-data", None, "offsite"),
    ("http://localhost:8080/a", "lokal", "offsite"),
])
def test_refused(guard, url, source, reason):
    middleware, crawler = guard
    with pytest.raises(IgnoreRequest, match=reason):
        middleware.process_request(Request(url, meta={"source": source}))
    assert crawler.stats.get_value(f"uhcwatch/refused/{reason}") == 1


def test_a_private_address_inside_the_domains_is_refused(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db")
    spider.sources["warta"] = spider.sources["warta"].__class__(
        "warta", ("https://warta.example/",), ("warta.example", "10.0.0.1"))
    with pytest.raises(IgnoreRequest, match="private-address"):
        GuardMiddleware.from_crawler(crawler).process_request(Request("http://10.0.0.1/a", meta={"source": "warta"}))
    ledger.spider_closed(spider, "finished")


@pytest.mark.parametrize("url, source", [
    ("https://warta.example/berita/1", "warta"),
    ("https://www.warta.example/berita/1", "warta"),  # a subdomain
    ("http://127.0.0.1:8080/berita/1", "lokal"),  # a configured start URL's own host may be private
])
def test_allowed(guard, url, source):
    middleware, _ = guard
    assert middleware.process_request(Request(url, meta={"source": source})) is None
