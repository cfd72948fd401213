"""A cheap look at a source before crawling it: has anything changed at its start URLs?

Most polls of a news site find nothing new. A crawl costs a child process that imports Scrapy, trafilatura
and the gazetteer (about a CPU-second); this look costs one conditional GET per start URL (and per sitemap
its robots.txt names), made from the daemon itself. A URL is unchanged when it answers 304, when it sends
the same body as last time (sites without validators), or when every article it lists is one the store
has seen. Only when something is new, or the look cannot tell, does the daemon start a crawl.

It keeps the crawl's rules: the same guard (no private addresses but the configured start hosts, no other
site), robots.txt obeyed (fetched at most once a day, ``robots``), the crawl's user agent, time-out and page
size. Redirects are not followed: a start URL that moved is the crawl's to follow, through the guard.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.error import HTTPError, URLError
from urllib.request import HTTPRedirectHandler, Request, build_opener

from uhcwatch.crawler.config import CrawlSettings, Source
from uhcwatch.crawler.crawl.guard import refusal
from uhcwatch.crawler.crawl.links import host_port, normalize
from uhcwatch.crawler.crawl.robots import is_fresh, robots_site

PROBE_TIMEOUT = 10.0  # seconds at most per request: a daemon told to stop waits for a look under way
FULL_CRAWL_EVERY = timedelta(days=1)  # a crawl at least this often anyway: what a start URL alone cannot show
RETRY_MAX_ATTEMPTS = 3  # as the crawl: an article that failed fewer times than this is retried by a crawl


@dataclass(frozen=True)
class ProbeResult:
    changed: bool  # worth a crawl
    reason: str  # why: "304", "same page", "no new article", "new article listed", "first poll", ...
    requests: int = 0


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 3xx comes back as an HTTPError: the crawl follows it, through the guard


_opener = build_opener(_NoRedirect)


def probe_source(source: Source, store, crawl: CrawlSettings, now: datetime | None = None,
                 should_stop=lambda: False) -> ProbeResult:
    """Whether ``source`` needs a crawl now, found with as few requests as its start URLs allow.
    ``should_stop`` is asked before each request: a daemon that is stopping ends the look (as unchanged)."""
    now = now or datetime.now(timezone.utc)
    state = store.source_state(source.name)
    if state is None or not state.get("last_crawl_at"):
        return ProbeResult(True, "first poll")
    last_crawl = datetime.fromisoformat(state["last_crawl_at"].replace("Z", "+00:00"))
    if now - last_crawl >= FULL_CRAWL_EVERY:
        return ProbeResult(True, "daily crawl")
    if store.failed_to_retry(source.name, RETRY_MAX_ATTEMPTS):
        return ProbeResult(True, "articles to retry")
    look = _Look(source, store, crawl, should_stop)
    try:
        urls = list(source.start_urls)
        for root in dict.fromkeys(robots_site(u) for u in source.start_urls):
            urls += look.robots_sitemaps(root)
        for url in dict.fromkeys(urls):
            reason = look.changed(url)
            if reason:
                return ProbeResult(True, reason, look.requests)
    except _Stopped:
        return ProbeResult(False, "stopping", look.requests)
    except (URLError, OSError, ValueError) as e:  # no answer: the crawl says how it fails, and counts it
        return ProbeResult(True, f"no answer ({_why(e)})", look.requests)
    return ProbeResult(False, "unchanged", look.requests)


class _Stopped(Exception):
    pass


class _Look:
    def __init__(self, source: Source, store, crawl: CrawlSettings, should_stop):
        self.source, self.store, self.crawl, self.should_stop = source, store, crawl, should_stop
        self.start_hosts = {host_port(u) for u in source.start_urls}
        self.requests = 0
        self.robots: dict[str, object] = {}

    def robots_sitemaps(self, root: str) -> list[str]:
        """The Sitemap: lines of the site's robots.txt (the crawl polls them too); fetched once a day at most."""
        parser = self._robots(root)
        return [u for u in parser.sitemaps if not refusal(u, self.source.allowed_domains, self.start_hosts)] \
            if parser is not None else []

    def _robots(self, root: str):
        from protego import Protego

        if root not in self.robots:
            cached = self.store.robots_get(root)
            if not is_fresh(cached):
                status, body, _ = self._get(root + "/robots.txt", {})
                if 200 <= status < 500:
                    text = body.decode("utf-8", errors="replace") if status == 200 else ""
                    self.store.robots_put(root, status, text)
                    cached = {"status": status, "body": text}
            self.robots[root] = Protego.parse(cached["body"] or "") if cached and cached["status"] == 200 else None
        return self.robots[root]

    def changed(self, url: str) -> str | None:
        """Why ``url`` is worth a crawl, or None when it has nothing new."""
        if refusal(url, self.source.allowed_domains, self.start_hosts):
            return None  # the crawl would not fetch it either
        parser = self._robots(robots_site(url)) if self.crawl.obey_robots else None
        if parser is not None and not parser.can_fetch(url, self.crawl.user_agent):
            return None
        key = normalize(url)
        cached = self.store.http_cache_get(key) or {}
        headers = {}
        if cached.get("etag"):
            headers["If-None-Match"] = cached["etag"]
        if cached.get("last_modified"):
            headers["If-Modified-Since"] = cached["last_modified"]
        status, body, answer = self._get(url, headers)
        if status == 304:
            return None
        if status != 200:
            return f"answered {status}"
        digest = hashlib.sha256(body).hexdigest()
        if digest != cached.get("body_hash"):
            listed = _listed_articles(url, body, answer)
            if listed is None:
                return "changed page"
            new = [u for u in listed if not refusal(u, self.source.allowed_domains, self.start_hosts)
                   and not self.store.seen(normalize(u))]
            if new:
                return f"new article listed ({len(new)})"
        self.store.http_cache_put(key, etag=answer.get("ETag"), last_modified=answer.get("Last-Modified"),
                                  body_hash=digest)
        return None

    def _get(self, url: str, headers: dict):
        """(status, body, headers) of a GET; 3xx, 4xx and 5xx come back as a status, no answer raises.
        The headers are an ``email.message.Message``: ``get`` ignores case, as HTTP does."""
        if self.should_stop():
            raise _Stopped
        self.requests += 1
        request = Request(url, headers={"User-Agent": self.crawl.user_agent, "Accept-Encoding": "gzip, deflate",
                                        **headers})
        try:
            with _opener.open(request, timeout=min(self.crawl.download_timeout, PROBE_TIMEOUT)) as response:
                body = response.read(self.crawl.max_page_bytes + 1)
                status, answer = response.status, response.headers
        except HTTPError as e:
            return e.code, b"", e.headers or {}
        if len(body) > self.crawl.max_page_bytes:
            raise ValueError("page too large")
        encoding = (answer.get("Content-Encoding") or "").lower()
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
        return status, body, answer


def _listed_articles(url: str, body: bytes, answer) -> list[str] | None:
    from scrapy.http import Headers
    from scrapy.responsetypes import responsetypes

    from uhcwatch.spiders.news import listed_articles

    headers = {k: v for k, v in answer.items() if k.lower() != "content-encoding"}  # the body is decoded
    response_class = responsetypes.from_args(headers=Headers(headers), url=url, body=body[:5000])
    return listed_articles(response_class(url=url, body=body, headers=Headers(headers)))


def _why(error: BaseException) -> str:
    reason = getattr(error, "reason", None)
    return f"{type(error).__name__}: {reason or error}"
