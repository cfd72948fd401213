"""A downloader middleware that keeps the crawler inside its sources and off private networks.

It sees every request just before download, redirects and robots.txt
included, so a link or a redirect to 169.254.169.254, 10.0.0.1, localhost,
file:// or another site is dropped here, never sent. The one exception is a
host that a configured start URL itself names: that is how the tests and the
offline demo crawl sites served on 127.0.0.1.
"""

from __future__ import annotations

import functools
import socket

from scrapy.exceptions import IgnoreRequest

from uhcwatch.crawler.crawl.links import host_port, in_domains, is_private_host


class GuardMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        spider = self.crawler.spider
        reason = self._refuse(request, spider)
        if reason:
            self.stats.inc_value(f"uhcwatch/refused/{reason}")
            spider.logger.info("refused %s (%s)", request.url, reason)
            raise IgnoreRequest(f"{reason}: {request.url}")
        return None

    def _refuse(self, request, spider) -> str | None:
        source = spider.sources.get(request.meta.get("source"))
        domains = source.allowed_domains if source else tuple(d for s in spider.sources.values()
                                                              for d in s.allowed_domains)
        return refusal(request.url, domains, spider.start_hosts)


def refusal(url: str, allowed_domains, start_hosts) -> str | None:
    """Why ``url`` must not be requested ("scheme", "offsite", "private-address"), or None: the one rule for
    the crawl (this middleware) and the daemon's cheap look at a source (``probe``). ``start_hosts`` are the
    host:port of configured start URLs, the only private addresses allowed (local test sites)."""
    if not url.startswith(("http://", "https://")):
        return "scheme"
    if not in_domains(url, allowed_domains):
        return "offsite"
    hp = host_port(url)
    if hp in start_hosts:
        return None
    host = hp.rsplit(":", 1)[0] if not hp.endswith("]") else hp
    if is_private_host(host) or _resolves_private(host.strip("[]")):
        return "private-address"
    return None


@functools.lru_cache(maxsize=1024)
def _resolves_private(host: str) -> bool:
    """Does a public-looking name point at a private address? (DNS-rebinding style traps.)"""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return False  # unresolvable: the download fails on its own
    return any(is_private_host(info[4][0]) for info in infos)
