"""The SQLite store: articles, announcements, regions, the alert outbox, crawl bookkeeping.

It keeps what it is given. The gazetteer rows to mirror into ``regions`` and the alert policy
(which alerts a new announcement causes, and their words) come from the caller; the store's own
rules are about data: an announcement read twice is stored once, the same article under another
URL is a duplicate, and each region's latest figure is tracked (``figures.supersedes``).

One ``Store`` per thread (an sqlite3 connection must not be shared across threads); several
processes may open the same file at once: WAL mode lets readers run beside the writer and
``busy_timeout`` makes writers queue. Every write that must be all-or-nothing runs in
``BEGIN IMMEDIATE`` so two writers never deadlock upgrading a read lock. Tables: ``schema``.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import secrets
import sqlite3
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from uhcwatch.crawler.crawl.links import normalize
from uhcwatch.crawler.errors import DiskFull, SchemaTooNew
from uhcwatch.crawler.figures import supersedes
from uhcwatch.crawler.models import Announcement, Article
from uhcwatch.storage.schema import FINGERPRINT_FIELDS, INDEXES, SCHEMA_VERSION, TABLE, TABLES, Table

log = logging.getLogger("uhcwatch.alerts")
migration_log = logging.getLogger("uhcwatch.store")

# The alert policy a caller hands to ``store_article``: given the region's latest announcement before
# this one (a row with its article's ``published``, or None), the new announcement (a row with its
# ``published`` and ``found_at``) and the article (a dict), the alerts to queue as
# (event, title, message, held): a held alert waits for a person's review instead of being sent.
# The store calls it inside the transaction that stores the announcement, so an alert exists exactly
# when its announcement does. ``uhcwatch.crawler.alerts.rules.AlertPolicy`` is the one uhcwatch uses.
AlertPolicy = Callable[[dict | None, dict, dict], list[tuple[str, str, str, bool]]]


@dataclass
class StoreResult:
    """What ``store_article`` wrote."""

    article_new: bool
    duplicate_of: str | None = None  # set when the article repeats one already stored
    announcement_ids: list[int] = field(default_factory=list)
    alert_ids: list[int] = field(default_factory=list)


def utc_iso(moment: datetime | None = None) -> str:
    """ISO 8601 UTC to the second, "2026-11-23T22:51:00Z"; naive datetimes are taken as UTC."""
    moment = moment or datetime.now(timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(text: str) -> str | None:
    """Hash of the text with whitespace normalised; None for an empty text (nothing to match on)."""
    normalised = " ".join((text or "").split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest() if normalised else None


def region_key(announcement: Announcement | dict) -> str:
    """The key a region's history is tracked under: its code, or its name when it has none ("Indonesia")."""
    get = announcement.get if isinstance(announcement, dict) else lambda k: getattr(announcement, k)
    return get("region_code") or get("region_name")


def fingerprint(announcement: Announcement) -> str:
    values = [region_key(announcement)] + [getattr(announcement, f) for f in FINGERPRINT_FIELDS]
    return hashlib.sha256(json.dumps(values).encode("utf-8")).hexdigest()[:32]


class Store:
    """The uhcwatch database. Opening creates, migrates and fills ``regions`` as needed."""

    def __init__(self, path: str | Path, *, regions: Iterable | None = None, busy_timeout_ms: int = 10_000):
        """``regions``: the gazetteer's regions (objects with the ``regions`` table's columns as
        attributes) to mirror into ``regions``; None leaves that table as it is."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        self.db.enable_wal()
        # WAL + NORMAL: a crash of the program never loses a committed transaction or corrupts the file; a
        # power cut may drop the last few commits, which the next crawl fetches again. One fsync per
        # checkpoint instead of one per article.
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self._migrate()
        if regions is not None:
            self._load_regions(regions)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema -------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Bring every table, column and index up to date, in one transaction."""
        with self._write():
            found = self.schema_version
            if found > SCHEMA_VERSION:
                raise SchemaTooNew(
                    f"{self.path}: database schema version {found} is newer than this uhcwatch ({SCHEMA_VERSION})"
                )
            for table in TABLES:
                self._ensure_table(table)
            for table, columns, unique in INDEXES:
                self.db[table].create_index(list(columns), unique=unique, if_not_exists=True)
            if found < 3:  # schema 3: URL keys in w3lib's canonical spelling (sorted query, no default port)
                self._rekey_urls()
            self._give_alerts_keys()
            if not self.db.execute("SELECT 1 FROM region_latest LIMIT 1").fetchone():
                self._rebuild_region_latest()
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _give_alerts_keys(self) -> None:
        """Every alert's delivery key: this database's random id and the alert's number, so keys from two
        databases never collide and a key never changes."""
        store_id = self._meta("store_id")
        if store_id is None:
            store_id = secrets.token_hex(4)
            self._set_meta("store_id", store_id)
        self._store_id = store_id
        self.db.execute("UPDATE alerts SET key = 'uhcwatch-' || ? || '-' || id WHERE key IS NULL", [store_id])

    def _rekey_urls(self) -> None:
        """Every URL key in today's spelling (``normalize``). Rows that now share a key are one resource
        written two ways, and are merged: articles by ``_merge_articles``, the bookkeeping tables by their
        ``_MERGE`` rule. An article and its announcements change key together, checked at commit."""
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        groups: dict[str, list[tuple]] = defaultdict(list)
        for url, duplicate_of, fetched_at in self.db.execute("SELECT url, duplicate_of, fetched_at FROM articles"):
            groups[normalize(url)].append((duplicate_of is not None, fetched_at or "", url))
        for key, members in groups.items():
            if len(members) == 1 and members[0][2] == key:
                continue
            keeper, *others = [url for *_, url in sorted(members)]  # the original, else the first fetched
            apart = self._merge_articles(keeper, others)
            if keeper != key and key not in apart and not self.db.execute(
                    "SELECT 1 FROM articles WHERE url = ?", [key]).fetchone():
                self.db.execute("UPDATE articles SET url = ? WHERE url = ?", [key, keeper])
                self.db.execute("UPDATE announcements SET article_url = ? WHERE article_url = ?", [key, keeper])
        for url, canonical_url, duplicate_of in self.db.execute(
                "SELECT url, canonical_url, duplicate_of FROM articles").fetchall():
            canonical = normalize(canonical_url) if canonical_url else None
            original = normalize(duplicate_of) if duplicate_of else None
            original = None if original == url else original  # it repeated a spelling of itself
            if (canonical, original) != (canonical_url, duplicate_of):
                self.db.execute("UPDATE articles SET canonical_url = ?, duplicate_of = ? WHERE url = ?",
                                [canonical, original, url])
        for table, merge in _MERGE.items():
            self._rekey_table(table, merge)

    def _merge_articles(self, keeper: str, others: list[str]) -> list[str]:
        """Fold the articles ``others`` into ``keeper``: their announcements move to it, their rows go.

        An announcement whose figures the keeper already has is the same announcement read twice, and is
        kept once, as ``store_article`` does (the region's latest moves to the keeper's). An article holding
        such a repeat that has alerts of its own is not merged: alerts never change announcement, so that
        article keeps its row and key. Returns the articles kept apart."""
        figures = dict(self.db.execute("SELECT fingerprint, id FROM announcements WHERE article_url = ? "
                                       "AND fingerprint IS NOT NULL", [keeper]).fetchall())
        apart = []
        for other in others:
            announcements = self.db.execute(
                """SELECT id, fingerprint, (SELECT count(*) FROM alerts WHERE announcement_id = an.id)
                   FROM announcements an WHERE article_url = ?""", [other]).fetchall()
            if any(fp in figures and alerts for _, fp, alerts in announcements):
                migration_log.warning("%s is %s spelled another way, but it repeats a figure of it with an alert "
                                      "of its own: kept apart, under its old key", other, keeper)
                apart.append(other)
                continue
            for announcement_id, fp, _ in announcements:
                if fp in figures:
                    self.db.execute("UPDATE region_latest SET announcement_id = ? WHERE announcement_id = ?",
                                    [figures[fp], announcement_id])
                    self.db.execute("DELETE FROM announcements WHERE id = ?", [announcement_id])
                else:
                    self.db.execute("UPDATE announcements SET article_url = ? WHERE id = ?", [keeper, announcement_id])
                    if fp is not None:
                        figures[fp] = announcement_id
            self.db.execute("DELETE FROM articles WHERE url = ?", [other])
        return apart

    def _rekey_table(self, table: str, merge: Callable[[list[dict]], dict]) -> None:
        """Re-key a bookkeeping table keyed by ``url``; the rows that now share a key become ``merge(rows)``."""
        groups: dict[str, list[dict]] = defaultdict(list)
        for row in self.db.query(f"SELECT * FROM {table}"):
            groups[normalize(row["url"])].append(row)
        changed = {key: rows for key, rows in groups.items()
                   if len(rows) > 1 or rows[0]["url"] != key or merge(rows) != rows[0]}
        for rows in changed.values():
            self.db.execute(f"DELETE FROM {table} WHERE url IN ({', '.join('?' * len(rows))})",
                            [r["url"] for r in rows])
        for key, rows in changed.items():
            row = {**merge(rows), "url": key}
            self.db.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                            list(row.values()))

    def _rebuild_region_latest(self) -> None:
        """Each region's latest announcement, worked out again from all of them (a database from before
        ``region_latest`` existed has announcements but no latest)."""
        rows = self.db.query(
            """SELECT an.*, ar.published FROM announcements an JOIN articles ar ON ar.url = an.article_url
               ORDER BY an.id"""
        )
        latest: dict[str, dict] = {}
        for row in rows:
            key = region_key(row)
            if key not in latest or supersedes(row, latest[key]):
                latest[key] = row
        self.db["region_latest"].insert_all(
            [{"region_key": key, "announcement_id": row["id"]} for key, row in latest.items()], replace=True)

    def _ensure_table(self, spec: Table) -> None:
        table = self.db[spec.name]
        if not table.exists():
            table.create(spec.column_types, pk=spec.pk, foreign_keys=list(spec.foreign_keys) or None,
                         defaults=spec.defaults or None, not_null=set(spec.not_null) or None)
            return
        existing = set(table.columns_dict)
        for column, col_type in spec.column_types.items():
            if column not in existing:
                table.add_column(column, col_type, not_null_default=spec.defaults.get(column))

    def _load_regions(self, regions: Iterable) -> None:
        """Mirror the gazetteer into ``regions``; skipped when it has not changed since last time."""
        rows = [_region_row(r) for r in regions]
        digest = hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()
        if self._meta("regions_hash") == digest:
            return
        with self._write():
            self.db.execute("DELETE FROM regions")
            self.db["regions"].insert_all(rows, pk="code")
            self._set_meta("regions_hash", digest)

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    @contextmanager
    def _write(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front and rolls back on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.commit()
        except BaseException as e:
            self.db.rollback()
            if _disk_full(e):
                raise DiskFull(f"{self.path}: the disk is full; nothing more can be stored until space is freed") \
                    from None
            raise

    # --- storing an article -------------------------------------------------

    def store_article(self, article: Article, *, alerts: AlertPolicy | None = None,
                      now: datetime | None = None) -> StoreResult:
        """Store an article, its new announcements and the alerts they cause, in ONE transaction.

        Re-storing the same article adds nothing. An article that repeats one
        already stored (same canonical URL or same text under another URL) is
        recorded with ``duplicate_of`` and gets no announcements of its own.
        ``alerts`` decides which alerts each new announcement causes (none without it).
        """
        now = now or datetime.now(timezone.utc)
        stamp = utc_iso(now)
        text_hash = content_hash(article.text)
        with self._write():
            duplicate_of = self._find_duplicate(article, text_hash)
            result = StoreResult(self._upsert_article(article, text_hash, duplicate_of, stamp), duplicate_of)
            self._insert_seen(article.url, article.canonical_url, article.source, stamp)
            self.db.execute("DELETE FROM failed_articles WHERE url = ?", [article.url])
            if duplicate_of is None:
                for announcement in article.announcements:
                    self._store_announcement(article, announcement, stamp, alerts, result)
        self._log_alerts(result.alert_ids)
        return result

    def _find_duplicate(self, article: Article, text_hash: str | None) -> str | None:
        """The stored original this article repeats under another URL, if any."""
        row = self.db.execute(
            """SELECT url FROM articles
               WHERE duplicate_of IS NULL AND url != :url
                 AND (url = :canonical OR canonical_url IN (:url, :canonical) OR content_hash = :hash)
               ORDER BY fetched_at LIMIT 1""",
            {"url": article.url, "canonical": article.canonical_url, "hash": text_hash},
        ).fetchone()
        return row[0] if row else None

    def _upsert_article(self, article: Article, text_hash: str | None, duplicate_of: str | None, stamp: str) -> bool:
        """Insert or refresh the article row; True when it is new."""
        known = self.db.execute("SELECT 1 FROM articles WHERE url = ?", [article.url]).fetchone()
        self.db.execute(
            """INSERT INTO articles (url, canonical_url, source, title, published, fetched_at, text, content_hash, duplicate_of)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET canonical_url = excluded.canonical_url,
                 source = excluded.source, title = excluded.title, published = excluded.published,
                 fetched_at = excluded.fetched_at, text = excluded.text,
                 content_hash = excluded.content_hash, duplicate_of = excluded.duplicate_of""",
            [article.url, article.canonical_url, article.source, article.title, article.published,
             stamp, article.text, text_hash, duplicate_of],
        )
        return known is None

    def _store_announcement(self, article: Article, announcement: Announcement, stamp: str,
                            alerts: AlertPolicy | None, result: StoreResult) -> None:
        """Insert one announcement unless this article already has it; move the region's latest; queue alerts."""
        row = {**asdict(announcement), "article_url": article.url, "found_at": stamp,
               "fingerprint": fingerprint(announcement)}
        cursor = self.db.execute(
            f"INSERT OR IGNORE INTO announcements ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        if cursor.rowcount == 0:
            return
        row["id"] = cursor.lastrowid
        result.announcement_ids.append(row["id"])
        key = region_key(announcement)
        previous = self._latest_row(key)
        new = {**row, "published": article.published}
        if previous is None or supersedes(new, previous):
            self.db.execute("INSERT OR REPLACE INTO region_latest (region_key, announcement_id) VALUES (?, ?)",
                            [key, row["id"]])
        if alerts is None:
            return
        for event, title, message, held in alerts(previous, new, asdict(article)):
            result.alert_ids.append(self._insert_alert(event, title, message, stamp, announcement=row, held=held))

    def _latest_row(self, key: str) -> dict | None:
        """The region's latest announcement with its article's ``published``, or None."""
        rows = self.db.query(
            """SELECT an.*, ar.published FROM region_latest rl
               JOIN announcements an ON an.id = rl.announcement_id
               JOIN articles ar ON ar.url = an.article_url
               WHERE rl.region_key = ?""",
            [key],
        )
        return next(rows, None)

    def _insert_alert(self, event: str, title: str, message: str, stamp: str, *, announcement: dict | None = None,
                      source: str | None = None, held: bool = False) -> int:
        announcement = announcement or {}
        cursor = self.db.execute(
            """INSERT INTO alerts (event, region_code, region_name, announcement_id, title, message, created_at,
                                   attempts, in_doubt, review, source)
               VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""",
            [event, announcement.get("region_code"), announcement.get("region_name"), announcement.get("id"),
             title, message, stamp, "held" if held else None, source],
        )
        alert_id = cursor.lastrowid
        self.db.execute("UPDATE alerts SET key = ? WHERE id = ?", [f"uhcwatch-{self._store_id}-{alert_id}", alert_id])
        return alert_id

    def _log_alerts(self, alert_ids: list[int]) -> None:
        """One log line per new alert, after commit, so the log never shows an alert that was rolled back."""
        for alert_id in alert_ids:
            alert = self.db["alerts"].get(alert_id)
            log.info("alert #%d %s: %s", alert_id, alert["event"], alert["title"])

    # --- queries for the CLI ------------------------------------------------

    def latest_per_region(self) -> list[dict]:
        """Each region's latest announcement (by as_of, then article date, then found_at)."""
        return list(self.db.query(
            """SELECT an.*, ar.published, ar.source, ar.title AS article_title FROM region_latest rl
               JOIN announcements an ON an.id = rl.announcement_id
               JOIN articles ar ON ar.url = an.article_url
               ORDER BY an.region_code, an.region_name"""
        ))

    def announcements(self, all: bool = True) -> list[dict]:  # noqa: A002 (mirrors `export --all`)
        """Every stored announcement with its article's date and source; ``all=False``: latest per region."""
        if not all:
            return self.latest_per_region()
        return list(self.db.query(
            """SELECT an.*, ar.published, ar.source, ar.title AS article_title FROM announcements an
               JOIN articles ar ON ar.url = an.article_url ORDER BY an.id"""
        ))

    def missing_regions(self) -> list[dict]:
        """Gazetteer regions with no announcement yet (``uhcwatch regions --missing``)."""
        return list(self.db.query(
            "SELECT * FROM regions WHERE code NOT IN (SELECT region_key FROM region_latest) ORDER BY code"
        ))

    # --- the alert outbox ---------------------------------------------------

    def pending_alerts(self, now: datetime | None = None, *, max_attempts: int | None = None,
                       max_in_doubt: int | None = None) -> list[dict]:
        """Undelivered alerts whose retry time has come, oldest first; not those held for review or rejected,
        not one being sent, not those that ended in doubt ``max_in_doubt`` times."""
        sql = """SELECT * FROM alerts WHERE delivered_at IS NULL AND coalesce(review, '') NOT IN ('held', 'rejected')
                 AND sending_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"""
        params: list = [utc_iso(now)]
        if max_attempts is not None:
            sql += " AND attempts < ?"
            params.append(max_attempts)
        if max_in_doubt is not None:
            sql += " AND in_doubt < ?"
            params.append(max_in_doubt)
        return list(self.db.query(sql + " ORDER BY id", params))

    def begin_attempt(self, alert_id: int, at: datetime | None = None) -> bool:
        """Record, before sending, that an attempt starts: a crash from here on leaves ``sending_at`` set, so
        the attempt is known to be in doubt. False if the alert was delivered or is being sent meanwhile."""
        with self._write():
            cursor = self.db.execute(
                """UPDATE alerts SET attempts = attempts + 1, sending_at = ?
                   WHERE id = ? AND delivered_at IS NULL AND sending_at IS NULL""",
                [utc_iso(at), alert_id],
            )
        return cursor.rowcount == 1

    def mark_delivered(self, alert_id: int, at: datetime | None = None) -> bool:
        """Record a successful send; False if it was already delivered."""
        with self._write():
            cursor = self.db.execute(
                """UPDATE alerts SET delivered_at = ?, sending_at = NULL, next_attempt_at = NULL
                   WHERE id = ? AND delivered_at IS NULL""",
                [utc_iso(at), alert_id],
            )
        return cursor.rowcount == 1

    def mark_failed(self, alert_id: int, error: str, next_attempt_at: datetime) -> None:
        """Record a send that surely failed (refused, an HTTP error): its error, and when to try again."""
        with self._write():
            self.db.execute(
                """UPDATE alerts SET last_error = ?, next_attempt_at = ?, sending_at = NULL
                   WHERE id = ? AND delivered_at IS NULL""",
                [error, utc_iso(next_attempt_at), alert_id],
            )

    def mark_in_doubt(self, alert_id: int, error: str, next_attempt_at: datetime) -> None:
        """Record a send that may or may not have reached the target (it timed out after sending)."""
        with self._write():
            self.db.execute(
                """UPDATE alerts SET in_doubt = in_doubt + 1, last_error = ?, next_attempt_at = ?, sending_at = NULL
                   WHERE id = ? AND delivered_at IS NULL""",
                [error, utc_iso(next_attempt_at), alert_id],
            )

    def settle_interrupted_sends(self, started_before: datetime, next_attempt_at: datetime) -> list[int]:
        """Sends that began before ``started_before`` and never ended (the process died during the call) are
        in doubt: counted so, and due again at ``next_attempt_at``. Returns their ids."""
        with self._write():
            ids = [r[0] for r in self.db.execute(
                "SELECT id FROM alerts WHERE sending_at IS NOT NULL AND sending_at <= ? AND delivered_at IS NULL",
                [utc_iso(started_before)],
            ).fetchall()]
            self.db.conn.executemany(
                """UPDATE alerts SET in_doubt = in_doubt + 1, sending_at = NULL, next_attempt_at = ?,
                   last_error = 'interrupted during a send: the target may have it' WHERE id = ?""",
                [(utc_iso(next_attempt_at), i) for i in ids],
            )
        return ids

    def hurry_retries(self, now: datetime | None = None) -> int:
        """A target answered again: alerts waiting out a failure's backoff are due now (not those in doubt)."""
        with self._write():
            cursor = self.db.execute(
                """UPDATE alerts SET next_attempt_at = ? WHERE delivered_at IS NULL AND sending_at IS NULL
                   AND in_doubt = 0 AND next_attempt_at > ?""",
                [utc_iso(now), utc_iso(now)],
            )
        return cursor.rowcount

    def review_alert(self, alert_id: int, decision: str, at: datetime | None = None) -> bool:
        """Release (send it) or reject (never send it) an alert held for review; False if none was held."""
        if decision not in ("released", "rejected"):
            raise ValueError(f"unknown review decision {decision!r}")
        with self._write():
            cursor = self.db.execute(
                "UPDATE alerts SET review = ?, reviewed_at = ? WHERE id = ? AND review = 'held'",
                [decision, utc_iso(at), alert_id],
            )
        return cursor.rowcount == 1

    def held_alerts(self) -> list[dict]:
        """Alerts waiting for a person's review, oldest first, with the announcement's confidence and article."""
        return list(self.db.query(
            """SELECT al.*, an.article_url, an.confidence, an.evidence FROM alerts al
               LEFT JOIN announcements an ON an.id = al.announcement_id
               WHERE al.review = 'held' ORDER BY al.id"""
        ))

    def recent_alerts(self, limit: int = 50) -> list[dict]:
        """The newest alerts first, with the URL of the article behind each."""
        return list(self.db.query(
            """SELECT al.*, an.article_url FROM alerts al
               LEFT JOIN announcements an ON an.id = al.announcement_id
               ORDER BY al.id DESC LIMIT ?""",
            [limit],
        ))

    # --- crawl bookkeeping --------------------------------------------------

    def seen(self, url: str) -> bool:
        """Whether this URL was already fetched as an article, under this or its canonical URL."""
        return self.db.execute(
            "SELECT 1 FROM seen_urls WHERE url = ? OR canonical_url = ? LIMIT 1", [url, url]
        ).fetchone() is not None

    def remember_seen(self, url: str, canonical_url: str | None = None, source: str | None = None,
                      now: datetime | None = None) -> None:
        """Mark a URL as fetched (``store_article`` does this itself for articles)."""
        with self._write():
            self._insert_seen(url, canonical_url, source, utc_iso(now))

    def _insert_seen(self, url: str, canonical_url: str | None, source: str | None, stamp: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO seen_urls (url, canonical_url, source, first_seen) VALUES (?, ?, ?, ?)",
            [url, canonical_url, source, stamp],
        )

    def record_failure(self, url: str, source: str | None, step: str, error: str,
                       now: datetime | None = None) -> int:
        """Keep an article whose processing failed, with where and why; returns how often it failed."""
        stamp = utc_iso(now)
        with self._write():
            self.db.execute(
                """INSERT INTO failed_articles (url, source, step, error, attempts, first_failed, last_failed)
                   VALUES (?, ?, ?, ?, 1, ?, ?)
                   ON CONFLICT (url) DO UPDATE SET step = excluded.step, error = excluded.error,
                     attempts = attempts + 1, last_failed = excluded.last_failed""",
                [url, source, step, error[:500], stamp, stamp],
            )
            return self.db.execute("SELECT attempts FROM failed_articles WHERE url = ?", [url]).fetchone()[0]

    def failed_to_retry(self, source: str, max_attempts: int) -> list[str]:
        """A source's failed articles that have failed fewer than ``max_attempts`` times, oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT url FROM failed_articles WHERE source = ? AND attempts < ? ORDER BY first_failed",
            [source, max_attempts],
        )]

    def http_cache_get(self, url: str) -> dict | None:
        """The validators (etag, last_modified) last seen for a feed/sitemap/listing URL."""
        return next(self.db.query("SELECT * FROM http_cache WHERE url = ?", [url]), None)

    def http_cache_put(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                       body_hash: str | None = None, now: datetime | None = None) -> None:
        with self._write():
            self.db.execute(
                """INSERT OR REPLACE INTO http_cache (url, etag, last_modified, checked_at, body_hash)
                   VALUES (?, ?, ?, ?, ?)""",
                [url, etag, last_modified, utc_iso(now), body_hash],
            )

    def robots_get(self, site: str) -> dict | None:
        """The robots.txt last fetched for ``site`` ("https://host[:port]"): status, body, fetched_at."""
        return next(self.db.query("SELECT * FROM robots_txt WHERE site = ?", [site]), None)

    def robots_put(self, site: str, status: int, body: str, now: datetime | None = None) -> None:
        with self._write():
            self.db.execute("INSERT OR REPLACE INTO robots_txt (site, status, body, fetched_at) VALUES (?, ?, ?, ?)",
                            [site, status, body, utc_iso(now)])

    # --- source health ------------------------------------------------------

    def record_poll(self, source: str, update: Callable[[dict | None], tuple[dict, list[tuple[str, str, str]]]],
                    now: datetime | None = None) -> tuple[dict, list[int]]:
        """Fold a poll into ``source``'s health row and queue the alerts it causes, in one transaction; returns
        the new row and the ids of the alerts queued.

        ``update`` gets the row as it was (None before the first poll) and returns the new row and the
        alerts to queue as (event, title, message) (``uhcwatch.crawler.polling.poll_update``)."""
        stamp = utc_iso(now)
        with self._write():
            before = next(self.db.query("SELECT * FROM source_state WHERE source = ?", [source]), None)
            after, drafts = update(before)
            self.db["source_state"].upsert({**after, "source": source}, pk="source")
            alert_ids = [self._insert_alert(event, title, message, stamp, source=source)
                         for event, title, message in drafts]
        self._log_alerts(alert_ids)
        return after, alert_ids

    def source_state(self, source: str) -> dict | None:
        return next(self.db.query("SELECT * FROM source_state WHERE source = ?", [source]), None)

    def remember_trap(self, source: str, pattern: str, example_url: str, now: datetime | None = None) -> None:
        """Keep a crawler trap a crawl of ``source`` found: the URL pattern of its pages (``links.url_pattern``)."""
        with self._write():
            self.db.execute(
                "INSERT OR REPLACE INTO crawl_traps (source, pattern, example_url, found_at) VALUES (?, ?, ?, ?)",
                [source, pattern, example_url, utc_iso(now)],
            )

    def traps(self, source: str, since: datetime | None = None) -> list[str]:
        """The URL patterns of the traps ``source``'s crawls found (since ``since``), oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT pattern FROM crawl_traps WHERE source = ? AND found_at >= ? ORDER BY found_at, pattern",
            [source, utc_iso(since) if since else ""],
        )]

    def start_run(self, source: str, now: datetime | None = None) -> int:
        """Open a crawl_runs row (status "running") and return its id.

        The caller holds the source's crawl lock, so an older row of this source still "running" belongs
        to a crawl that was killed: it is marked "interrupted" first."""
        with self._write():
            self.db.execute(
                """UPDATE crawl_runs SET status = 'interrupted', finished_at = coalesce(finished_at, ?)
                   WHERE source = ? AND status = 'running'""",
                [utc_iso(now), source],
            )
            cursor = self.db.execute(
                """INSERT INTO crawl_runs (source, started_at, pages, articles_new, announcements_new, errors, status)
                   VALUES (?, ?, 0, 0, 0, 0, 'running')""",
                [source, utc_iso(now)],
            )
        return cursor.lastrowid

    def finish_run(self, run_id: int, *, pages: int, articles_new: int, announcements_new: int,
                   errors: int, status: str = "ok", error_detail: str = "", now: datetime | None = None) -> None:
        with self._write():
            self.db.execute(
                """UPDATE crawl_runs SET finished_at = ?, pages = ?, articles_new = ?,
                   announcements_new = ?, errors = ?, status = ?, error_detail = ? WHERE id = ?""",
                [utc_iso(now), pages, articles_new, announcements_new, errors, status, error_detail or None, run_id],
            )

    def source_health(self) -> dict[str, dict]:
        """Per source that has been polled: its last success, last new article, failed polls in a row, why the
        last one failed, its last poll and outcome and its current interval (``uhcwatch sources``, the web UI)."""
        return {row.pop("source"): row for row in self.db.query(
            """SELECT source, last_success_at AS last_success, last_new_article_at AS last_new_article,
                      consecutive_failures, CASE WHEN consecutive_failures > 0 THEN last_error END AS last_error,
                      last_poll_at AS last_poll, last_outcome, polls, interval
               FROM source_state""")}

    def last_runs(self) -> list[dict]:
        """The latest crawl run of each source."""
        return list(self.db.query(
            """SELECT * FROM crawl_runs WHERE id IN (SELECT MAX(id) FROM crawl_runs GROUP BY source)
               ORDER BY source"""
        ))


def _newest(rows: list[dict], column: str) -> dict:
    return max(rows, key=lambda r: r[column] or "")


def _merge_seen(rows: list[dict]) -> dict:
    """One address seen under two spellings: seen since the first time, with the canonical URL it had."""
    first = min(rows, key=lambda r: r["first_seen"] or "")
    canonical = next((normalize(r["canonical_url"]) for r in [first, *rows] if r["canonical_url"]), None)
    return {**first, "canonical_url": canonical}


def _merge_failed(rows: list[dict]) -> dict:
    """One article that failed under two spellings: every failure counts, the latest says where and why."""
    return {**_newest(rows, "last_failed"), "attempts": sum(r["attempts"] or 0 for r in rows),
            "first_failed": min(r["first_failed"] or "" for r in rows) or None}


# How the rows of a bookkeeping table that name one URL two ways become one (``Store._rekey_urls``).
_MERGE: dict[str, Callable[[list[dict]], dict]] = {
    "seen_urls": _merge_seen,
    "failed_articles": _merge_failed,
    "http_cache": lambda rows: _newest(rows, "checked_at"),  # the validators last seen
}


def _disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full") or the OS's ENOSPC."""
    if isinstance(error, sqlite3.OperationalError):
        return "disk is full" in str(error) or getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


def _region_row(region) -> dict:
    return {name: getattr(region, name) for name in TABLE["regions"].column_names}


