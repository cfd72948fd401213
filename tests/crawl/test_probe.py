"""The daemon's cheap look at a source (crawler/crawl/probe.py), against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import hashlib
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from uhcwatch.crawler.config import CrawlSettings, parse_config
from uhcwatch.crawler.crawl.probe import probe_source
from uhcwatch.crawler.polling import Poll, record
from uhcwatch.storage.store import Store

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
CRAWL = CrawlSettings(download_timeout=3.0)


class Site:
    """A news site: pages by path (body, headers, status); every request recorded as (path, status)."""

    def __init__(self):
        self.pages: dict[str, tuple[int, bytes, dict]] = {}
        self.requests: list[tuple[str, int]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                status, body, headers = site.pages.get(self.path, (404, b"", {}))
                etag = headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                site.requests.append((self.path, status))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def listing(self, *slugs: str, etag: str | None = None, extra: str = "") -> None:
        links = "".join(f'<li><a href="/berita/2026/12/{s}">{s}</a></li>' for s in slugs)
        body = f"<html><body><ul>{links}</ul>{extra}</body></html>".encode()
        self.pages["/"] = (200, body, {"Content-Type": "text/html; charset=utf-8", **({"ETag": etag} if etag else {})})

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    s.pages["/robots.txt"] = (200, b"User-agent: *\nDisallow: /cari\n", {"Content-Type": "text/plain"})
    yield s
    s.close()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "u.db") as s:
        yield s


def source_for(site: Site, *paths: str):
    cfg = parse_config({"sources": [{"name": "warta", "start_urls": [site.url(p) for p in paths or ("/",)]}]}, None)
    return cfg, cfg.sources[0]


def crawled(store, cfg, source, site: Site, *slugs: str, when=NOW - timedelta(hours=1)):
    """What a crawl leaves behind: its articles seen, the start page's validators and body hash, its poll."""
    for slug in slugs:
        store.remember_seen(site.url(f"/berita/2026/12/{slug}"), source="warta")
    status, body, headers = site.pages["/"]
    store.http_cache_put(site.url("/"), etag=headers.get("ETag"), body_hash=hashlib.sha256(body).hexdigest())
    record(store, cfg, source, Poll("ok", len(slugs), crawled=True), now=when)
    site.requests.clear()


def test_a_source_never_crawled_needs_a_crawl_without_a_request(site, store):
    cfg, source = source_for(site)
    assert probe_source(source, store, CRAWL, NOW).reason == "first poll" and site.requests == []


def test_an_unchanged_start_page_costs_one_conditional_request_and_robots_once_a_day(site, store):
    cfg, source = source_for(site)
    site.listing("bupati-resmikan-pasar", "uhc-demak-95-persen", etag='"v1"')
    crawled(store, cfg, source, site, "bupati-resmikan-pasar", "uhc-demak-95-persen")
    first = probe_source(source, store, CRAWL, NOW)
    assert (first.changed, first.requests) == (False, 2)
    assert site.requests == [("/robots.txt", 200), ("/", 304)]
    site.requests.clear()
    again = probe_source(source, store, CRAWL, NOW)
    assert (again.changed, again.requests, site.requests) == (False, 1, [("/", 304)])  # robots.txt from the store
    site.requests.clear()
    store.robots_put(site.url("").rstrip("/"), 200, "User-agent: *\n", now=datetime.now(timezone.utc) - timedelta(days=2))
    probe_source(source, store, CRAWL, NOW)
    assert [p for p, _ in site.requests] == ["/robots.txt", "/"]  # a copy older than a day is fetched again


def test_a_page_without_validators_sent_again_is_unchanged(site, store):
    cfg, source = source_for(site)
    site.listing("bupati-resmikan-pasar")
    crawled(store, cfg, source, site, "bupati-resmikan-pasar")
    assert not probe_source(source, store, CRAWL, NOW).changed


def test_a_changed_page_that_lists_no_new_article_is_unchanged_and_remembered(site, store):
    cfg, source = source_for(site)
    site.listing("bupati-resmikan-pasar", "uhc-demak-95-persen")
    crawled(store, cfg, source, site, "bupati-resmikan-pasar", "uhc-demak-95-persen")
    site.listing("bupati-resmikan-pasar", "uhc-demak-95-persen", extra="<p>Diperbarui 12:01 WIB</p>")  # a clock
    assert probe_source(source, store, CRAWL, NOW).reason == "unchanged"
    stored = store.http_cache_get(site.url("/"))["body_hash"]
    assert stored == hashlib.sha256(site.pages["/"][1]).hexdigest()  # next time a plain hash comparison


def test_a_new_article_listed_needs_a_crawl(site, store):
    cfg, source = source_for(site)
    site.listing("bupati-resmikan-pasar", etag='"v1"')
    crawled(store, cfg, source, site, "bupati-resmikan-pasar")
    site.listing("cakupan-jkn-kudus-capai-98-persen", "bupati-resmikan-pasar", etag='"v2"')
    look = probe_source(source, store, CRAWL, NOW)
    assert look.changed and look.reason == "new article listed (1)"
    assert store.http_cache_get(site.url("/"))["etag"] == '"v1"'  # left for the crawl, which must get the page


def test_a_new_item_in_a_feed_needs_a_crawl(site, store):
    cfg, source = source_for(site, "/feed/")
    item = "<item><title>{0}</title><link>http://127.0.0.1:{1}/berita/2026/12/{0}</link></item>"
    feed = lambda *slugs: (200, ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'  # noqa: E731
                                 + "".join(item.format(s, site.port) for s in slugs) + "</channel></rss>").encode(),
                           {"Content-Type": "application/rss+xml"})
    site.pages["/feed/"] = feed("bupati-resmikan-pasar")
    store.remember_seen(site.url("/berita/2026/12/bupati-resmikan-pasar"), source="warta")
    store.http_cache_put(site.url("/feed/"), body_hash="an older feed")
    record(store, cfg, source, Poll("ok", 1, crawled=True), now=NOW - timedelta(hours=1))
    assert not probe_source(source, store, CRAWL, NOW).changed
    site.pages["/feed/"] = feed("cakupan-jkn-kudus-capai-98-persen", "bupati-resmikan-pasar")
    assert probe_source(source, store, CRAWL, NOW).changed


def test_a_start_url_robots_txt_forbids_is_not_asked(site, store):
    cfg, source = source_for(site, "/cari/")
    site.listing()
    crawled(store, cfg, source, site)
    assert not probe_source(source, store, CRAWL, NOW).changed
    assert [p for p, _ in site.requests] == ["/robots.txt"]


def test_a_redirect_is_left_to_the_crawl_and_not_followed(site, store):
    other = Site()
    try:
        cfg, source = source_for(site)
        site.listing()
        crawled(store, cfg, source, site)
        site.pages["/"] = (302, b"", {"Location": other.url("/")})
        look = probe_source(source, store, CRAWL, NOW)
        assert (look.changed, look.reason, other.requests) == (True, "answered 302", [])
    finally:
        other.close()


def test_a_sitemap_robots_txt_names_elsewhere_is_never_asked(site, store):
    elsewhere = Site()  # another port of 127.0.0.1: a private address no start URL names
    try:
        site.pages["/robots.txt"] = (200, f"Sitemap: {elsewhere.url('/sitemap.xml')}\nSitemap: {site.url('/s.xml')}\n"
                                     .encode(), {})
        site.pages["/s.xml"] = (200, b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap'
                                     b'/0.9"></urlset>', {"Content-Type": "application/xml", "ETag": '"s1"'})
        cfg, source = source_for(site)
        site.listing(etag='"v1"')
        crawled(store, cfg, source, site)
        store.http_cache_put(site.url("/s.xml"), etag='"s1"')
        assert not probe_source(source, store, CRAWL, NOW).changed
        assert [p for p, _ in site.requests] == ["/robots.txt", "/", "/s.xml"] and elsewhere.requests == []
    finally:
        elsewhere.close()


def test_no_answer_leaves_it_to_the_crawl_which_says_why(site, store):
    cfg, source = source_for(site)
    site.listing()
    crawled(store, cfg, source, site)
    site.close()
    look = probe_source(source, store, CRAWL, NOW)
    assert look.changed and look.reason.startswith("no answer (")


def test_a_crawl_a_day_and_articles_to_retry_need_no_look(site, store):
    cfg, source = source_for(site)
    site.listing()
    crawled(store, cfg, source, site, when=NOW - timedelta(days=1, minutes=1))
    assert probe_source(source, store, CRAWL, NOW).reason == "daily crawl"
    record(store, cfg, source, Poll("ok", 0, crawled=True), now=NOW)
    store.record_failure(site.url("/berita/2026/12/x"), "warta", "extract", "ValueError: bad")
    assert probe_source(source, store, CRAWL, NOW).reason == "articles to retry" and site.requests == []


def test_a_daemon_that_is_stopping_ends_the_look(site, store):
    cfg, source = source_for(site)
    site.listing()
    crawled(store, cfg, source, site)
    look = probe_source(source, store, CRAWL, NOW, should_stop=lambda: True)
    assert (look.changed, look.reason, site.requests) == (False, "stopping", [])
