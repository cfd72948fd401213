"""The generic news spider: discover article URLs, fetch each article once.

Discovery starts from a source's start URLs, whatever they are: RSS/Atom
feeds, sitemaps and sitemap indexes (Google News sitemaps included), the
`Sitemap:` lines of robots.txt, and listing or home pages with their
pagination. Only links that look like articles are fetched as articles;
listings are followed through their "next page" links up to `max_depth`.
Every request sent counts against the source's `max_pages_per_run`; one the
crawl already made (a link met again) is not made twice, and costs nothing.
A listing chain that `max_depth` cuts without its pages ever listing an
article is a crawler trap (an endless calendar): its URL pattern is kept for
the source's later runs, which do not enter it (``CrawlLedger.depth_cut``).

Incremental by design: an article URL the store has seen is never requested
again, and feeds, sitemaps and listings are re-polled with ETag /
Last-Modified so an unchanged one answers 304 with no body.

The spider takes only its sources. What it has seen, the validators and the
counts are the crawl ledger's (``uhcwatch.crawler.crawl.ledger``); its budgets
are Scrapy settings (``UHCWATCH_MAX_PAGES_PER_RUN``, ``UHCWATCH_MAX_DEPTH``).
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from uhcwatch.crawler.config import Source
from uhcwatch.crawler.crawl.ledger import CrawlLedger
from uhcwatch.crawler.crawl.links import (host_port, in_domains, is_continuation, is_fetchable, is_pagination, looks_like_article,
                           normalize)
from uhcwatch.crawler.models import FetchedPage

MAX_ARTICLE_PAGES = 10  # "Halaman 2 ... 10" of one article
MAX_SITEMAP_CHILDREN = 10  # newest sitemaps of an index (news sites keep one per day, for years)
_XML_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(rss|feed|urlset|sitemapindex|rdf:RDF)\b",
                        re.DOTALL | re.IGNORECASE)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources: list[Source], **kwargs):
        super().__init__(**kwargs)
        self.sources = {s.name: s for s in sources}
        # Hosts of configured start URLs: the only non-public addresses we may fetch (local test sites).
        self.start_hosts = {host_port(u) for s in sources for u in s.start_urls}
        # Fingerprints of the requests made this run (Scrapy's, as its duplicate filter uses them): a link
        # met again is not asked for again, so only requests that are really sent spend the page budget.
        self.asked: set[bytes] = set()

    @cached_property
    def ledger(self) -> CrawlLedger:
        return self.crawler.get_extension(CrawlLedger)

    @cached_property
    def max_pages_per_run(self) -> int:
        return self.settings.getint("UHCWATCH_MAX_PAGES_PER_RUN", 2000)

    @cached_property
    def max_depth(self) -> int:
        return self.settings.getint("UHCWATCH_MAX_DEPTH", 5)

    # ------------------------------------------------------------ discovery

    async def start(self):
        robots_done = set()
        for source in self.sources.values():
            for url in self.ledger.to_retry(source.name):  # failed on an earlier run: try once more
                req = self._article(url, source.name)
                if req:
                    yield req
            for url in source.start_urls:
                req = self._poll(url, source.name, depth=0)
                if req:
                    yield req
                root = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
                if root not in robots_done:
                    robots_done.add(root)
                    req = self._request(root + "/robots.txt", source.name, self.parse_robots, depth=0,
                                        meta={"handle_httpstatus_list": [404, 410, 403]})
                    if req:
                        yield req

    def parse_robots(self, response: Response):
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            req = self._poll(url, response.meta["source"], depth=1)
            if req:
                yield req

    def parse(self, response: Response):
        """A feed, sitemap, listing or home page: what articles and next pages does it point to?"""
        source = response.meta["source"]
        if response.status == 304:
            self.ledger.count(source, "not_modified")
            return
        self.ledger.count(source, "pages")
        self.ledger.keep_validators(response.meta["poll_url"], etag=_header(response, "ETag"),
                                    last_modified=_header(response, "Last-Modified"),
                                    body_hash=hashlib.sha256(response.body).hexdigest())
        head = response.body[:2048]
        if _XML_START.match(head) or b"<urlset" in head or b"<sitemapindex" in head:
            yield from self._parse_xml(response, source)
        elif isinstance(response, TextResponse):
            if _looks_like_article_page(response):
                yield from self._parse_article_page(response)
            else:
                yield from self._parse_listing(response, source)

    def _parse_xml(self, response: Response, source: str):
        depth = response.meta["hops"]
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # not a sitemap: a feed (or broken XML)
            sitemap = None
        if sitemap is not None and sitemap.type in ("sitemapindex", "urlset"):
            entries = sorted(sitemap, key=lambda e: _entry_date(e) or "", reverse=True)
            if sitemap.type == "sitemapindex":
                for e in entries[:MAX_SITEMAP_CHILDREN]:
                    req = self._poll(e["loc"], source, depth=depth + 1)
                    if req:
                        yield req
            else:
                news = b"sitemap-news" in response.body[:3000] or b"<news:" in response.body[:5000]
                for e in entries:  # newest first, until the source's page budget is spent
                    if not news and not looks_like_article(e["loc"]):
                        continue  # a general sitemap also lists pages, tags and categories
                    req = self._article(e["loc"], source, published=_entry_date(e))
                    if req:
                        yield req
            return
        for link, published in _feed_links(response.body, response.url):
            req = self._article(link, source, published=published)
            if req:
                yield req

    def _parse_listing(self, response: TextResponse, source: str):
        depth = response.meta["hops"]
        links = list(_links(response))
        self.ledger.listing_read(source, response.url, sum(looks_like_article(url) for url, _, _ in links))
        for url, text, rel in links:
            if looks_like_article(url):
                req = self._article(url, source)
            elif is_pagination(url, text, rel):
                if depth >= self.max_depth:
                    self.ledger.depth_cut(source, response.url, url)
                    continue
                req = self._poll(url, source, depth=depth + 1)
            else:
                continue
            if req:
                yield req

    # ------------------------------------------------------------ articles

    def parse_article(self, response: Response):
        source = response.meta["source"]
        self.ledger.count(source, "pages")
        if not isinstance(response, TextResponse):
            self.ledger.remember_seen(response.url, source=source)
            return
        yield from self._parse_article_page(response)

    def _parse_article_page(self, response: TextResponse):
        """The first page of an article: check its canonical URL, then gather its later pages."""
        source = response.meta["source"]
        canonical = response.css('link[rel="canonical"]::attr(href)').get()
        canonical = normalize(urljoin(response.url, canonical)) if canonical else None
        if canonical and canonical != normalize(response.url) and self.ledger.seen(canonical):
            self.ledger.count(source, "skipped_seen")
            self.ledger.remember_seen(response.url, canonical, source=source)
            return
        page = FetchedPage(response.url, source, [response.text], response.meta.get("published"),
                           trees=[response.selector.root])
        yield from self._next_part(response, page)

    def parse_article_part(self, response: Response):
        page: FetchedPage = response.meta["page"]
        self.ledger.count(page.source, "pages")
        if isinstance(response, TextResponse) and response.status == 200:
            page.html_parts.append(response.text)
            page.trees.append(response.selector.root)
            yield from self._next_part(response, page)
        else:
            yield page

    def _next_part(self, response: TextResponse, page: FetchedPage):
        """Follow "Halaman 2 / Selanjutnya" of the same article, one page at a time, then emit it."""
        if len(page.html_parts) < MAX_ARTICLE_PAGES:
            fetched = {normalize(page.url)} | set(response.meta.get("parts_seen", ()))
            for url, text, _rel in _links(response, _CONTINUATION_XPATH):
                if normalize(url) not in fetched and is_continuation(page.url, url, text):
                    req = self._request(url, page.source, self.parse_article_part, depth=0,
                                        meta={"page": page, "parts_seen": tuple(fetched | {normalize(url)})},
                                        errback=self._part_failed)
                    if req:
                        yield req
                        return
        yield page

    def _part_failed(self, failure):
        """A later page failed: keep what we have of the article."""
        self._failed(failure)
        return [failure.request.meta["page"]]

    # ------------------------------------------------------------ requests

    def _poll(self, url: str, source: str, *, depth: int):
        """A feed, sitemap or listing request, conditional on what we saw last time; none into a known trap
        (but a start URL, depth 0, is what the source's configuration asks for)."""
        if depth and self.ledger.is_trap(source, url):
            self.ledger.count(source, "skipped_trap")
            return None
        headers = {}
        cached = self.ledger.validators(normalize(url))
        if cached:
            if cached.get("etag"):
                headers["If-None-Match"] = cached["etag"]
            if cached.get("last_modified"):
                headers["If-Modified-Since"] = cached["last_modified"]
        return self._request(url, source, self.parse, depth=depth, headers=headers,
                             meta={"handle_httpstatus_list": [304], "poll_url": normalize(url)}, dont_filter=False)

    def _article(self, url: str, source: str, *, published: str | None = None):
        if self.ledger.seen(normalize(url)):
            self.ledger.count(source, "skipped_seen")
            return None
        return self._request(url, source, self.parse_article, depth=0, meta={"published": published})

    def _request(self, url: str, source: str, callback, *, depth: int, meta=None, headers=None,
                 errback=None, dont_filter=False):
        url = url.strip()
        if not is_fetchable(url) or not in_domains(url, self.sources[source].allowed_domains):
            return None
        request = scrapy.Request(url, callback=callback, errback=errback or self._failed, headers=headers,
                                 dont_filter=dont_filter,
                                 meta={"source": source, "hops": depth, "download_slot": host_port(url),
                                       **(meta or {})})
        fingerprint = self.crawler.request_fingerprinter.fingerprint(request)
        if fingerprint in self.asked and not dont_filter:
            return None  # the duplicate filter would drop it unsent: it costs nothing
        if self.ledger.counts(source)["requests"] >= self.max_pages_per_run:
            self.ledger.count(source, "over_budget")
            return None
        self.asked.add(fingerprint)
        self.ledger.count(source, "requests")
        return request

    def _failed(self, failure):
        request = failure.request
        if request.meta.get("source") in self.sources:
            self.ledger.error(request.meta["source"], failure.type.__name__)
        self.logger.warning("%s: %s", request.url, failure.getErrorMessage() or failure.type.__name__)


def listed_articles(response: Response) -> list[str] | None:
    """The article URLs a feed, a sitemap or a listing page points to, as ``NewsSpider.parse`` reads it; None
    when the page cannot say by itself (a sitemap index, an article page, not text). The daemon's cheap
    look at a start URL (``uhcwatch.crawler.crawl.probe``) uses it to tell a changed page with no new
    article from one worth a crawl."""
    head = response.body[:2048]
    if _XML_START.match(head) or b"<urlset" in head or b"<sitemapindex" in head:
        try:
            sitemap = Sitemap(response.body)
        except Exception:
            sitemap = None
        if sitemap is not None and sitemap.type == "sitemapindex":
            return None
        if sitemap is not None and sitemap.type == "urlset":
            news = b"sitemap-news" in response.body[:3000] or b"<news:" in response.body[:5000]
            return [e["loc"] for e in sitemap if news or looks_like_article(e["loc"])]
        return [link for link, _ in _feed_links(response.body, response.url)]
    if not isinstance(response, TextResponse) or _looks_like_article_page(response):
        return None
    return [url for url, _, _ in _links(response) if looks_like_article(url)]


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


# Only anchors that can be "Halaman 2" of an article: numbered, "Selanjutnya", or with a page parameter.
_CONTINUATION_XPATH = ('//a[@href][contains(@href, "page=") or contains(@href, "hal=") or contains(@href, "halaman") '
                       'or re:test(normalize-space(.), "^([0-9]{1,3}|[Hh]alaman [0-9]+|Selanjutnya|Berikutnya|'
                       'Next|»|›)$")]')


def _links(response: TextResponse, xpath: str = "//a[@href]"):
    """(absolute URL, link text, rel) of the <a href> links of an HTML page."""
    for a in response.xpath(xpath):
        href = a.attrib.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        yield urljoin(response.url, href), " ".join(a.css("::text").getall()).strip(), a.attrib.get("rel", "")


def _looks_like_article_page(response: TextResponse) -> bool:
    """A single article (not a listing): it says so in its metadata, as news CMSs do."""
    return bool(response.css('meta[property="og:type"][content="article"], meta[property="article:published_time"]')
                .get()) or '"NewsArticle"' in response.text[:50_000]


def _entry_date(entry: dict) -> str | None:
    value = entry.get("publication_date") or entry.get("lastmod") or (entry.get("news") or {}).get("publication_date")
    return str(value)[:10] if value else None


def _feed_links(body: bytes, base_url: str):
    """(link, published) of each RSS item or Atom entry; tolerant of sloppy XML."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                                             huge_tree=False))
    except etree.XMLSyntaxError:
        return
    if root is None:
        return
    for item in root.iter("{*}item", "{*}entry"):
        link = None
        for el in item.iter("{*}link"):
            link = (el.get("href") if el.get("rel") in (None, "alternate") and el.get("href") else None) or \
                (el.text or "").strip() or None
            if link:
                break
        if not link:
            guid = item.find("{*}guid")
            link = guid.text.strip() if guid is not None and guid.text and guid.text.strip().startswith("http") else None
        if link:
            date_el = next((e for e in item.iter("{*}pubDate", "{*}published", "{*}updated", "{*}date")), None)
            yield urljoin(base_url, link), _feed_date(date_el.text if date_el is not None else None)


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError):
        return value.strip()[:10] if re.match(r"\d{4}-\d\d-\d\d", value.strip()) else None
