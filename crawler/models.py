"""The data that flows from an article to the database: plain, typed, JSON-ready."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass
class Announcement:
    """One region's coverage figure as one article states it (SPEC "extract output")."""

    region_name: str
    region_code: str | None
    region_level: str  # kabupaten | kota | provinsi | nasional
    province: str | None
    coverage_pct: float | None = None
    participants: int | None = None
    population: int | None = None
    active_participants: int | None = None
    active_pct: float | None = None
    as_of: str | None = None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    target_pct: float | None = None
    target_year: int | None = None
    evidence: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


# The announcement's fields by part: who (the region) and what (the figures the text states).
REGION_FIELDS = ("region_name", "region_code", "region_level", "province")
FIGURE_FIELDS = tuple(f.name for f in fields(Announcement) if f.name not in REGION_FIELDS
                      and f.name not in ("evidence", "confidence"))


@dataclass
class Article:
    """A cleaned article: what the extractor reads and what `articles` stores."""

    url: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    canonical_url: str | None = None
    source: str | None = None
    announcements: list[Announcement] = field(default_factory=list)


@dataclass
class FetchedPage:
    """An article page as the spider fetched it (all its pages, decoded), before cleaning.

    The Scrapy item that flows through `uhcwatch.crawler.crawl.pipelines`: prefilter → clean → extract → store.
    """

    url: str
    source: str
    html_parts: list[str]
    published_hint: str | None = None  # from the feed or sitemap that listed it
    article: Article | None = None  # filled in by the clean and extract pipelines
    # The spider's parsed tree of each part (lxml), so that the page is parsed once for links and text.
    trees: list = field(default_factory=list, repr=False)
