"""Offline fake news sites for tests, the benchmark and ``uhcwatch demo``.

``sites`` builds them in memory (pure functions, no I/O but reading the
bundled sample articles); ``server`` serves them on 127.0.0.1.
"""

from .server import LoggedRequest, RequestHandler, SiteServer
from .catalog import build_site
from .sites import STYLES, Article, Page, Post, Site, load_sample_articles

__all__ = ["STYLES", "Article", "LoggedRequest", "Page", "Post", "RequestHandler", "Site", "SiteServer",
           "build_site", "load_sample_articles"]
