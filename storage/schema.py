"""The database's tables, each written down once: its columns, their types and what they mean.

The store creates and migrates tables from this; ``uhcwatch serve`` shows the same descriptions on
every table and column page; ``export`` takes its fields from the same names. The announcement's
region and figure columns are the ``Announcement`` dataclass's own fields, so the extractor's
output, the table and the export cannot drift apart.

Public tables and columns are SPEC "SQLite tables"; the tables marked ``internal`` are uhcwatch's
bookkeeping: ``region_latest`` (region -> its latest announcement), ``seen_urls``, ``http_cache``,
``meta``, ``failed_articles``, ``crawl_traps``. Times are ISO 8601 UTC, "2026-11-23T22:51:00Z".

Every URL stored is a key in one spelling, ``crawler.crawl.links.normalize``'s; schema 3 changed that
spelling (w3lib's canonical URL: sorted query, no default port), and opening an older database re-keys it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from uhcwatch.crawler.models import FIGURE_FIELDS, Announcement

SCHEMA_VERSION = 3


@dataclass(frozen=True)
class Column:
    name: str
    type: type
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    defaults: dict = field(default_factory=dict)
    not_null: frozenset[str] = frozenset()
    internal: bool = False  # bookkeeping: browsable, but not listed on the database page

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def column_types(self) -> dict[str, type]:
        return {c.name: c.type for c in self.columns}


REGION = {
    "region_code": "Kemendagri region code (kode wilayah): 33 = Jawa Tengah, 33.21 = Kabupaten Demak; "
                   "empty for the whole country",
    "region_name": "Official region name: Kabupaten X (regency), Kota X (city), Provinsi X, or Indonesia",
    "region_level": "kabupaten (regency), kota (city), provinsi (province) or nasional (the whole country)",
    "province": "Province (provinsi) the region belongs to",
}
FIGURES = {
    "coverage_pct": "Coverage: share of the region's residents enrolled in JKN, in % "
                    "(cakupan kepesertaan JKN); 95 % or more is UHC",
    "participants": "JKN participants, people enrolled (peserta JKN)",
    "population": "Population the coverage is measured against (jumlah penduduk)",
    "active_participants": "Participants whose membership is active (peserta aktif)",
    "active_pct": "Share of participants who are active, in % (keaktifan peserta)",
    "as_of": "Date the figure refers to, as precise as the article says: YYYY-MM-DD, YYYY-MM or YYYY "
             "(per tanggal); empty when the article gives none",
    "target_pct": "Coverage target the article sets for the region, in % (target cakupan)",
    "target_year": "Year of that target",
    "evidence": "The sentence(s) of the article the figures were read from",
    "confidence": "How sure the extractor is, 0 to 1",
}
_SQL_TYPES = {"float": float, "int": int, "str": str}


def _announcement_columns() -> tuple[Column, ...]:
    """The Announcement dataclass's fields as columns, region first, in the dataclass's order."""
    out = []
    for f in fields(Announcement):
        base = str(f.type).split("|")[0].strip()
        out.append(Column(f.name, _SQL_TYPES[base], (REGION | FIGURES)[f.name]))
    return tuple(out)


TABLES: tuple[Table, ...] = (
    Table("articles", "News articles (berita) uhcwatch fetched and read.", (
        Column("url", str, "Address the article was fetched from"),
        Column("canonical_url", str, "The address the site names as the article's own (rel=canonical)"),
        Column("source", str, "Configured news source (situs berita) it came from"),
        Column("title", str, "Headline (judul)"),
        Column("published", str, "Publication date (tanggal terbit)"),
        Column("fetched_at", str, "When uhcwatch fetched it (UTC)"),
        Column("text", str, "The article's text after cleaning"),
        Column("content_hash", str, "Hash of the text, to recognise the same article under another address"),
        Column("duplicate_of", str, "The earlier article this one repeats (its figures are stored there)"),
    ), pk="url"),
    Table("announcements",
          "Coverage figures read from news articles (pengumuman cakupan JKN): one row per region and article.", (
              Column("id", int, "Announcement number"),
              Column("article_url", str, "The article the figure was read from"),
              *_announcement_columns(),
              Column("found_at", str, "When uhcwatch stored it (UTC)"),
              Column("fingerprint", str, "Internal: identifies the same figures read twice"),
          ), pk="id", foreign_keys=(("article_url", "articles", "url"),)),
    Table("regions", "Gazetteer (daftar wilayah): Indonesia's 38 provinces and 514 kabupaten/kota, "
                     "Kepmendagri 300.2.2-2138/2025; coordinates are the seat of government.", (
        Column("code", str, REGION["region_code"]),
        Column("name", str, REGION["region_name"]),
        Column("level", str, "kabupaten (regency), kota (city) or provinsi (province)"),
        Column("province_code", str, "Kemendagri code of the province"),
        Column("province", str, REGION["province"]),
        Column("latitude", float, "Latitude of the seat of government (ibu kota), WGS 84"),
        Column("longitude", float, "Longitude of the seat of government (ibu kota), WGS 84"),
    ), pk="code"),
    Table("region_latest", "Internal: each region's latest announcement", (
        Column("region_key", str, "Region code, or the name of a region without one (Indonesia)"),
        Column("announcement_id", int, "Its latest announcement"),
    ), pk="region_key", foreign_keys=(("announcement_id", "announcements", "id"),), internal=True),
    Table("alerts", "Alerts (notifikasi) about new or changed coverage, and their delivery state.", (
        Column("id", int, "Alert number"),
        Column("event", str, "new_region (first figure for a region), coverage_update (a newer, different "
                             "figure) or uhc_reached (coverage reached 95 %)"),
        Column("region_code", str, REGION["region_code"]),
        Column("region_name", str, REGION["region_name"]),
        Column("announcement_id", int, "The announcement that caused the alert"),
        Column("title", str, "The alert's headline"),
        Column("message", str, "The alert's text"),
        Column("created_at", str, "When the alert was queued (UTC)"),
        Column("delivered_at", str, "When it was delivered (UTC); empty while pending"),
        Column("key", str, "Stable key carried in every delivery of this alert, so a repeat is recognisable"),
        Column("attempts", int, "Delivery attempts so far (counted when an attempt starts)"),
        Column("sending_at", str, "When the send now under way started (UTC); a crash mid-send leaves it set"),
        Column("in_doubt", int, "Attempts that ended without knowing whether the target got the alert (a "
                                "timed-out call, a crash during the call)"),
        Column("last_error", str, "Why the last attempt failed"),
        Column("next_attempt_at", str, "When delivery will be retried (UTC)"),
        Column("review", str, "held (less sure than [alerts] min_confidence: waits for a person), released or "
                              "rejected; empty for alerts sent as they come"),
        Column("reviewed_at", str, "When it was released or rejected (UTC)"),
        Column("source", str, "The news source a source_down, source_up, source_quiet or source_active alert is "
                              "about (empty for coverage alerts)"),
    ), pk="id", foreign_keys=(("announcement_id", "announcements", "id"),),
        defaults={"attempts": 0, "in_doubt": 0}, not_null=frozenset({"attempts", "in_doubt"})),
    Table("crawl_runs", "Crawl runs (putaran perayapan), one row per source and run.", (
        Column("id", int, "Run number"),
        Column("source", str, "News source crawled"),
        Column("started_at", str, "Start (UTC)"),
        Column("finished_at", str, "End (UTC); empty while running"),
        Column("pages", int, "Pages fetched"),
        Column("articles_new", int, "New articles stored"),
        Column("announcements_new", int, "New announcements stored"),
        Column("errors", int, "Errors"),
        Column("status", str, "running, ok, failed, interrupted or busy"),
        Column("error_detail", str, "Why it failed: the commonest kinds of error ('TimeoutError ×3, ...')"),
    ), pk="id"),
    Table("failed_articles", "Internal: articles whose processing failed (a bug, bad data): kept with the step and the "
                             "error, retried on later runs a few times.", (
        Column("url", str, "Article address"),
        Column("source", str, "News source"),
        Column("step", str, "Where it failed: prefilter, clean, extract or store"),
        Column("error", str, "The error"),
        Column("attempts", int, "How many times it failed"),
        Column("first_failed", str, "First failure (UTC)"),
        Column("last_failed", str, "Latest failure (UTC)"),
    ), pk="url", internal=True),
    Table("seen_urls", "Internal: addresses already fetched", (
        Column("url", str, "Address fetched"),
        Column("canonical_url", str, "Its canonical address"),
        Column("source", str, "News source"),
        Column("first_seen", str, "When it was first fetched (UTC)"),
    ), pk="url", internal=True),
    Table("http_cache", "Internal: feed validators (ETag, Last-Modified)", (
        Column("url", str, "Feed, sitemap or listing address"),
        Column("etag", str, "Its last ETag"),
        Column("last_modified", str, "Its last Last-Modified"),
        Column("checked_at", str, "When it was last fetched (UTC)"),
        Column("body_hash", str, "SHA-256 of its last body: a site without validators that sends the same page "
                                 "again is unchanged"),
    ), pk="url", internal=True),
    Table("robots_txt", "Internal: each site's robots.txt, fetched at most once a day", (
        Column("site", str, "Scheme, host and port ('https://example.id')"),
        Column("status", int, "HTTP status it answered (0: no answer)"),
        Column("body", str, "Its text"),
        Column("fetched_at", str, "When it was fetched (UTC)"),
    ), pk="site", internal=True),
    Table("source_state", "Each source's health and polling: one row per source, updated after every poll.", (
        Column("source", str, "News source"),
        Column("polls", int, "Polls so far"),
        Column("first_poll_at", str, "First poll (UTC)"),
        Column("last_poll_at", str, "Latest poll (UTC)"),
        Column("last_outcome", str, "unchanged (nothing new at its start URLs, no crawl needed), ok (crawled) or "
                                    "failed"),
        Column("last_success_at", str, "Latest poll that got an answer (UTC)"),
        Column("last_new_article_at", str, "Latest poll that brought a new article (UTC)"),
        Column("last_crawl_at", str, "Latest full crawl (UTC)"),
        Column("consecutive_failures", int, "Failed polls in a row"),
        Column("last_error", str, "Why the latest failed poll failed"),
        Column("interval", float, "Seconds until the next poll (adaptive)"),
        Column("down_alerted", int, "1 while a source_down alert stands for the current failures"),
        Column("quiet_alerted", int, "1 while a source_quiet alert stands"),
    ), pk="source"),
    Table("crawl_traps", "Internal: crawler traps found (an endless calendar: listing pages that only lead to more "
                         "of themselves); a source's crawls do not enter them until they are forgotten.", (
        Column("source", str, "News source"),
        Column("pattern", str, "The trap's pages: host, path and query with every number a *"),
        Column("example_url", str, "The page where a crawl found it"),
        Column("found_at", str, "When it was found (UTC); a month later it is forgotten and checked again"),
    ), pk=("source", "pattern"), internal=True),
    Table("meta", "Internal: settings of the store", (
        Column("key", str, "Setting"),
        Column("value", str, "Value"),
    ), pk="key", internal=True),
)
TABLE = {t.name: t for t in TABLES}

# (table, columns, unique)
INDEXES = (
    ("articles", ("canonical_url",), False),
    ("articles", ("content_hash",), False),
    ("announcements", ("article_url", "fingerprint"), True),  # re-crawl stores nothing twice
    ("announcements", ("region_code",), False),
    ("alerts", ("announcement_id", "event"), True),  # an alert is created once
    ("alerts", ("delivered_at", "next_attempt_at"), False),
    ("crawl_runs", ("source",), False),
    ("seen_urls", ("canonical_url",), False),
)

# What makes two announcements of one article "the same": the region and every figure, not the
# evidence or confidence an extractor tweak may change.
FINGERPRINT_FIELDS = FIGURE_FIELDS

# The fields of `export` (every format) and of `regions --json`, in this order: the announcement, its
# region's seat of government (from `regions`), its article.
EXPORT_FIELDS = (
    "id", "region_code", "region_name", "region_level", "province", *FIGURE_FIELDS, "latitude", "longitude",
    "article_url", "article_title", "published", "source", "evidence", "confidence", "found_at",
)
# The fields of `regions --missing --json`: the gazetteer's.
GAZETTEER_FIELDS = TABLE["regions"].column_names

