"""The news spider: what it asks for next, given feeds, sitemaps, listings, robots.txt and articles.

Real Scrapy responses made in memory and the real ledger on a SQLite file; the crawl tests run the
same spider over HTTP against fake sites on 127.0.0.1.
"""

from __future__ import annotations

import pytest
from scrapy.http import Request
from scrapy_parts import HtmlResponse, TextResponse, XmlResponse, open_crawl, response

from uhcwatch.crawler.models import FetchedPage
from uhcwatch.spiders.news import MAX_SITEMAP_CHILDREN

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Warta</title>
<item><title>UHC Demak</title><link>https://warta.example/2023/05/22/uhc-demak</link>
<pubDate>Mon, 22 May 2023 10:00:00 +0700</pubDate></item>
<item><title>Lama</title><link>https://warta.example/2023/05/01/berita-lama</link></item>
</channel></rss>"""
LISTING = """<html><body>
<a href="/2023/05/22/cakupan-jkn-kabupaten-demak-capai-uhc">UHC Demak</a>
<a href="/tag/jkn">JKN</a> <a href="https://elsewhere.example/2023/05/22/lain-lain-sekali">luar</a>
<a href="/?page=2">Selanjutnya</a></body></html>"""
ARTICLE = """<html><head><meta property="og:type" content="article">
<link rel="canonical" href="https://warta.example/2023/05/22/uhc-demak"></head>
<body><p>Cakupan JKN</p><a href="?page=2">2</a></body></html>"""


@pytest.fixture
def crawl(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db", max_depth=1, max_pages_per_run=50)
    yield spider, ledger
    ledger.spider_closed(spider, "finished")


def requests(results) -> list[Request]:
    return [r for r in results if isinstance(r, Request)]


def test_a_feed_yields_its_articles_with_their_dates(crawl):
    spider, ledger = crawl
    ledger.remember_seen("https://warta.example/2023/05/01/berita-lama", source="warta")
    out = requests(spider.parse(response("https://warta.example/feed/", FEED, kind=XmlResponse)))
    assert [(r.url, r.meta["published"]) for r in out] == [("https://warta.example/2023/05/22/uhc-demak", "2023-05-22")]
    assert ledger.counts("warta")["skipped_seen"] == 1


def test_a_sitemap_index_polls_its_newest_children(crawl):
    spider, _ = crawl
    children = "".join(f"<sitemap><loc>https://warta.example/sitemap-{d:02d}.xml</loc>"
                       f"<lastmod>2023-05-{d:02d}</lastmod></sitemap>" for d in range(1, 21))
    index = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
    out = requests(spider.parse(response("https://warta.example/sitemap.xml", index, kind=XmlResponse)))
    assert len(out) == MAX_SITEMAP_CHILDREN
    assert out[0].url == "https://warta.example/sitemap-20.xml"


def test_a_listing_yields_articles_and_its_next_page_within_depth(crawl):
    spider, _ = crawl
    out = requests(spider.parse(response("https://warta.example/", LISTING)))
    urls = [r.url for r in out]
    assert "https://warta.example/2023/05/22/cakupan-jkn-kabupaten-demak-capai-uhc" in urls
    assert "https://warta.example/?page=2" in urls  # hop 1 of max_depth 1
    assert not any("tag" in u or "elsewhere" in u for u in urls)
    deeper = requests(spider.parse(response("https://warta.example/?page=2", LISTING, hops=1)))
    assert "https://warta.example/?page=2" not in [r.url for r in deeper]  # no hop beyond max_depth


def test_robots_txt_sitemaps_are_polled(crawl):
    spider, _ = crawl
    robots = "User-agent: *\nDisallow: /admin\nSitemap: https://warta.example/news-sitemap.xml\n"
    out = requests(spider.parse_robots(response("https://warta.example/robots.txt", robots, kind=TextResponse)))
    assert [r.url for r in out] == ["https://warta.example/news-sitemap.xml"]


def test_validators_are_kept_and_sent_back(crawl):
    spider, ledger = crawl
    list(spider.parse(response("https://warta.example/feed/", FEED, kind=XmlResponse,
                               headers={"ETag": '"v1"', "Last-Modified": "Mon, 22 May 2023 10:00:00 GMT"})))
    request = spider._poll("https://warta.example/feed/", "warta", depth=0)
    assert request.headers["If-None-Match"] == b'"v1"'
    list(spider.parse(response("https://warta.example/feed/", "", kind=XmlResponse, status=304)))
    assert ledger.counts("warta")["not_modified"] == 1


def test_an_article_follows_its_next_page_then_is_emitted(crawl):
    spider, _ = crawl
    (request,) = requests(spider.parse_article(response("https://warta.example/2023/05/22/uhc-demak", ARTICLE)))
    assert request.url == "https://warta.example/2023/05/22/uhc-demak?page=2"
    page = request.meta["page"]
    (emitted,) = list(spider.parse_article_part(response(request.url, "<html><body>dua</body></html>",
                                                         page=page, parts_seen=request.meta["parts_seen"])))
    assert isinstance(emitted, FetchedPage) and len(emitted.html_parts) == 2


def test_an_article_whose_canonical_was_seen_is_skipped(crawl):
    spider, ledger = crawl
    ledger.remember_seen("https://warta.example/2023/05/22/uhc-demak", source="warta")
    assert list(spider.parse_article(response("https://warta.example/amp/uhc-demak", ARTICLE))) == []
    assert ledger.counts("warta")["skipped_seen"] == 1


def test_the_page_budget_stops_requests(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db", max_pages_per_run=1)
    assert spider._article("https://warta.example/2023/05/22/a-b-c-d", "warta") is not None
    assert spider._article("https://warta.example/2023/05/22/e-f-g-h", "warta") is None
    assert ledger.counts("warta")["over_budget"] == 1
    ledger.spider_closed(spider, "finished")


def test_a_request_asked_for_twice_is_paid_for_once(tmp_path):
    """The duplicate filter would drop the second ask: it is never sent, so it costs no budget."""
    crawler, spider, ledger = open_crawl(tmp_path / "u.db", max_pages_per_run=2)
    url = "https://warta.example/2023/05/22/a-b-c-d"
    assert spider._article(url, "warta") is not None
    assert spider._article(url, "warta") is None
    assert spider._poll("https://warta.example/indeks", "warta", depth=1) is not None
    assert spider._poll("https://warta.example/indeks", "warta", depth=2) is None
    assert ledger.counts("warta")["requests"] == 2 and ledger.counts("warta")["over_budget"] == 0
    ledger.spider_closed(spider, "finished")


def test_a_non_html_article_is_only_remembered(crawl):
    spider, ledger = crawl
    pdf = response("https://warta.example/2023/05/22/laporan", b"%PDF-1.4", kind=lambda *a, **k: _binary(*a, **k))
    assert list(spider.parse_article(pdf)) == []
    assert ledger.seen("https://warta.example/2023/05/22/laporan")


def _binary(url, body, encoding, request, status, headers):
    from scrapy.http import Response

    return Response(url, body=body, request=request, status=status, headers=headers)


def test_html_response_helper_is_html():
    assert isinstance(response("https://warta.example/", "<html></html>"), HtmlResponse)
