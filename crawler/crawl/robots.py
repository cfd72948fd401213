"""robots.txt at most once a day per site: kept in the store, read from there by crawls and by the daemon.

A poll that found nothing new must not cost a robots.txt each time (issue 13): a news site polled every
quarter of an hour would see 96 robots.txt requests a day for nothing. ``RobotsCacheMiddleware`` answers a
crawl's /robots.txt requests (Scrapy's RobotsTxtMiddleware's own, and the spider's for ``Sitemap:`` lines)
from the ``robots_txt`` table while the copy there is younger than ``ROBOTS_TTL``, and keeps each one it
lets through. The daemon's cheap look at a source (``probe``) uses the same table.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from scrapy.http import TextResponse

ROBOTS_TTL = timedelta(days=1)
KEEP_STATUSES = range(200, 500)  # an answer about the rules; not a redirect (followed) nor a server error


def robots_site(url: str) -> str:
    """The site a URL's robots.txt belongs to: scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def is_fresh(cached: dict | None, now: datetime | None = None) -> bool:
    if not cached or not cached.get("fetched_at"):
        return False
    fetched = datetime.fromisoformat(cached["fetched_at"].replace("Z", "+00:00"))
    return (now or datetime.now(timezone.utc)) - fetched < ROBOTS_TTL


class RobotsCacheMiddleware:
    """A downloader middleware (before Scrapy's robots.txt middleware): /robots.txt from the store when fresh."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self):
        from uhcwatch.crawler.crawl.ledger import CrawlLedger

        return self.crawler.get_extension(CrawlLedger).store

    def process_request(self, request):
        if urlsplit(request.url).path != "/robots.txt":
            return None
        cached = self.store.robots_get(robots_site(request.url))
        if not is_fresh(cached) or cached["status"] not in KEEP_STATUSES:
            return None
        return TextResponse(request.url, status=cached["status"], body=(cached["body"] or "").encode("utf-8"),
                            encoding="utf-8", request=request, flags=["robots-cache"])

    def process_response(self, request, response):
        if urlsplit(response.url).path == "/robots.txt" and "robots-cache" not in response.flags \
                and response.status in KEEP_STATUSES:
            body = response.body.decode("utf-8", errors="replace") if response.status == 200 else ""
            self.store.robots_put(robots_site(response.url), response.status, body)
        return response
