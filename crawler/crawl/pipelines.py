"""Scrapy item pipelines: one fetched article page → stored article, announcements and alerts.

Each step is its own pipeline so the order reads in ``settings.ITEM_PIPELINES``; the store and
the counts are the ledger's (``ledger.CrawlLedger``), which each step is handed when Scrapy builds it:
prefilter (JKN words in the page's own text, not in its links or side lists:
most news is not about JKN and goes no further), clean (the article's own text,
title, date and canonical URL, ``reading``; pages 2..n of an article joined),
extract, store (one transaction per article: article, announcements, alerts).
"""

from __future__ import annotations

from scrapy.exceptions import DropItem

from uhcwatch.crawler.crawl.ledger import CrawlLedger
from uhcwatch.crawler.crawl.reading import MIN_STORY, parse, read_page, relevant
from uhcwatch.crawler.extraction.extract import extract
from uhcwatch.crawler.crawl.links import normalize
from uhcwatch.crawler.models import Article, FetchedPage


class _Step:
    """A pipeline step with the crawl's ledger at hand.

    Whatever goes wrong inside one step for one article (a bug, data nobody foresaw) stays with that
    article: it is counted as an error of the run, kept in ``failed_articles`` with the step and the
    error to be retried on later runs, logged in one line, and the item is dropped; the crawl goes on.
    """

    name = "step"

    def __init__(self, ledger: CrawlLedger, selectors: dict[str, dict] | None = None):
        self.ledger = ledger
        self.selectors = selectors or {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.get_extension(CrawlLedger), crawler.settings.getdict("UHCWATCH_SELECTORS"))

    def process_item(self, item: FetchedPage):
        try:
            return self.step(item)
        except DropItem:
            raise
        except Exception as e:
            self.ledger.failed(normalize(item.url), item.source, self.name, e)
            raise DropItem(f"{self.name} failed: {type(e).__name__}") from None

    def step(self, item: FetchedPage) -> FetchedPage:
        raise NotImplementedError

    def trees(self, item: FetchedPage) -> list:
        """Each part's parsed tree: the spider's own when it has one, else parsed here."""
        if len(item.trees) != len(item.html_parts):
            item.trees = [parse(part) for part in item.html_parts]
        return item.trees


class PrefilterPipeline(_Step):
    """Only pages whose own words (title and text, not links or side lists) speak of JKN go on."""

    name = "prefilter"

    def step(self, item: FetchedPage):
        if not any(tree is not None and relevant(tree) for tree in self.trees(item)):
            self.ledger.remember_seen(normalize(item.url), source=item.source)
            self.ledger.count(item.source, "irrelevant")
            raise DropItem("no JKN keyword")
        return item


class CleanPipeline(_Step):
    name = "clean"

    def step(self, item: FetchedPage):
        chosen = self.selectors.get(item.source, {})
        pages = [read_page(tree, item.url, content=chosen.get("content"), exclude=chosen.get("exclude", ()),
                           minimum=MIN_STORY if n == 0 else 1)  # a later page of an article may be short
                 for n, tree in enumerate(self.trees(item)) if tree is not None]
        item.trees = []  # read: the trees are not needed any more
        pages = [p for p in pages if p is not None]
        if not pages:
            self.ledger.remember_seen(normalize(item.url), source=item.source)
            raise DropItem("no article text")
        first = pages[0]
        text = "\n\n".join(_without_repeats([p.text for p in pages]))
        item.article = Article(url=normalize(item.url), text=text, title=first.title,
                               published=first.published or item.published_hint,
                               canonical_url=normalize(first.canonical_url) if first.canonical_url else None,
                               source=item.source)
        return item


class ExtractPipeline(_Step):
    name = "extract"

    def step(self, item: FetchedPage):
        a = item.article
        a.announcements = extract(a.text, title=a.title, published=a.published)
        return item


class StorePipeline(_Step):
    name = "store"

    def step(self, item: FetchedPage):
        self.ledger.store_article(item.article)
        return item


def _without_repeats(texts: list[str]) -> list[str]:
    """Pages 2..n repeat the headline and byline of page 1: keep each paragraph once."""
    seen: set[str] = set()
    out = []
    for text in texts:
        kept = [p for p in text.split("\n") if p.strip() and (p.strip() not in seen)]
        seen.update(p.strip() for p in kept)
        out.append("\n".join(kept))
    return out
