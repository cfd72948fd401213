"""An older database keyed by hand-normalised URLs is re-keyed, on open, by today's canonical URL.

Until schema 3 a URL key kept its query in the order the page wrote it and kept ``:80``, so one article
could be stored under two keys. Opening such a database re-keys every table that is keyed by URL and
merges the rows that now share a key, without losing an announcement or an alert.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from test_store import NOW, POLICY, REGIONS, article, demak

from uhcwatch.crawler.crawl.links import normalize
from uhcwatch.crawler.models import Announcement
from uhcwatch.storage.store import SCHEMA_VERSION, Store

A = "HTTP://Demak.Example:80/berita.php?b=2&id=7"  # the original, with its alert
A_AGAIN = "http://demak.example/berita.php?id=7&b=2"  # the same article under its other spelling: a duplicate
B = "http://demak.example:80/rembang?x=1&a=2"
B_LATER = "http://demak.example/rembang?a=2&x=1"  # the same URL fetched again with a newer figure in it
C = "http://demak.example/pati?b=1&a=1"
C_AGAIN = "http://demak.example:80/pati?a=1&b=1"  # the same figure read again from a text that changed a little


def rembang(**figures) -> Announcement:
    values = {"coverage_pct": 96.1, "participants": 650000, "as_of": "2023-04-01"}
    values.update(figures)
    return Announcement("Kabupaten Rembang", "33.17", "kabupaten", "Jawa Tengah", **values)


def _write_old_database(path):
    """A database as an older uhcwatch left it: its keys spelled as the pages spelled them."""
    with Store(path, regions=REGIONS) as s:
        s.store_article(article(A, demak(), text="Demak mencapai UHC."), alerts=POLICY, now=NOW)
        s.store_article(article(A_AGAIN, demak(), text="Demak mencapai UHC."), alerts=POLICY,
                        now=NOW + timedelta(minutes=1))
        s.store_article(article(B, rembang(), text="Rembang 96,1 persen."), alerts=POLICY,
                        now=NOW + timedelta(minutes=2))
        s.store_article(article(B_LATER, rembang(coverage_pct=97.0, as_of="2023-06-01"),
                                text="Rembang kini 97 persen."), alerts=POLICY, now=NOW + timedelta(minutes=3))
        s.store_article(article(C, demak(coverage_pct=96.0, as_of="2023-08-01"), text="Pati dan Demak."),
                        alerts=POLICY, now=NOW + timedelta(minutes=4))
        s.store_article(article(C_AGAIN, demak(coverage_pct=96.0, as_of="2023-08-01"),
                                text="Pati dan Demak (diperbarui)."), alerts=POLICY, now=NOW + timedelta(minutes=5))
        s.remember_seen("http://demak.example:80/tag/jkn?b=1&a=1", source="demak", now=NOW)
        s.remember_seen("http://demak.example/tag/jkn?a=1&b=1", source="demak", now=NOW + timedelta(hours=1))
        for _ in range(2):
            s.record_failure("http://demak.example:80/rusak?b=1&a=2", "demak", "extract", "ValueError: x", now=NOW)
        s.record_failure("http://demak.example/rusak?a=2&b=1", "demak", "clean", "KeyError: y",
                         now=NOW + timedelta(hours=1))
        s.http_cache_put("http://demak.example:80/feed?b=1&a=1", etag='"old"', now=NOW)
        s.http_cache_put("http://demak.example/feed?a=1&b=1", etag='"new"', now=NOW + timedelta(hours=1))
        before = {
            "announcements": _rows(s, "SELECT id, region_code, coverage_pct FROM announcements"),
            "alerts": _rows(s, "SELECT id, event, announcement_id, key FROM alerts"),
            "latest": {(r["region_code"], r["coverage_pct"]) for r in s.latest_per_region()},
        }
    old = sqlite3.connect(path)
    old.execute("PRAGMA user_version = 2")
    old.commit()
    old.close()
    return before


def _rows(store, sql) -> set[tuple]:
    return {tuple(r) for r in store.db.execute(sql).fetchall()}


def test_an_older_database_is_rekeyed_and_its_duplicates_merged(tmp_path):
    path = tmp_path / "old.db"
    before = _write_old_database(path)
    with Store(path, regions=REGIONS) as s:
        assert s.schema_version == SCHEMA_VERSION
        urls = [u for (u,) in s.db.execute("SELECT url FROM articles")]
        assert sorted(urls) == sorted({normalize(A), normalize(B), normalize(C)})
        assert all(normalize(u) == u for table in ("seen_urls", "failed_articles", "http_cache")
                   for (u,) in s.db.execute(f"SELECT url FROM {table}"))

        # Every announcement and alert is still there, each announcement on its article's new key; the figure
        # read twice from one article is kept once, and it is the one its alert names.
        after = _rows(s, "SELECT id, region_code, coverage_pct FROM announcements")
        assert after <= before["announcements"] and len(before["announcements"] - after) == 1
        assert _rows(s, "SELECT id, event, announcement_id, key FROM alerts") == before["alerts"]
        assert s.db.execute("""SELECT count(*) FROM alerts al LEFT JOIN announcements an ON an.id = al.announcement_id
                               WHERE an.id IS NULL""").fetchone() == (0,)
        assert {u for (u,) in s.db.execute("SELECT article_url FROM announcements")} == set(urls)
        assert {(r["region_code"], r["coverage_pct"]) for r in s.latest_per_region()} == before["latest"]
        assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []

        # The other URL-keyed tables: one row per key, the newest or the fullest of the rows merged.
        assert s.seen(normalize(A_AGAIN)) and s.seen(normalize("http://demak.example/tag/jkn?b=1&a=1"))
        assert s.db.execute("SELECT count(*) FROM seen_urls WHERE url LIKE '%/tag/jkn%'").fetchone() == (1,)
        (failed,) = s.db.execute("SELECT url, attempts, step FROM failed_articles").fetchall()
        assert failed == (normalize("http://demak.example/rusak?a=2&b=1"), 3, "clean")  # every failure counts
        assert s.http_cache_get(normalize("http://demak.example/feed?b=1&a=1"))["etag"] == '"new"'

        # Stored again under today's key, the article is the one already there.
        again = s.store_article(article(normalize(A), demak(), text="Demak mencapai UHC."), alerts=POLICY,
                                now=NOW + timedelta(days=1))
        assert not again.article_new and again.alert_ids == []


def test_rekeying_happens_once(tmp_path):
    path = tmp_path / "old.db"
    _write_old_database(path)
    with Store(path, regions=REGIONS) as s:
        schema, urls = s.db.schema, _rows(s, "SELECT url FROM articles")
    with Store(path, regions=REGIONS) as s:
        assert s.db.schema == schema and _rows(s, "SELECT url FROM articles") == urls


def test_an_article_whose_repeated_figure_carries_its_own_alert_is_kept_apart(tmp_path):
    """Two spellings of one URL whose same figure each alerted: merging would drop an alert, so the later
    spelling keeps its own row and key; nothing is lost and the canonical key holds the first."""
    path = tmp_path / "old.db"
    with Store(path, regions=REGIONS) as s:
        s.store_article(article(A, demak(), text="Demak mencapai UHC."), alerts=POLICY, now=NOW)
        s.store_article(article(A_AGAIN, demak(), text="Demak mencapai UHC, diperbarui."),
                        now=NOW + timedelta(minutes=1))
        (second,) = s.db.execute("SELECT id FROM announcements WHERE article_url = ?", [A_AGAIN]).fetchone()
        s.db.execute("INSERT INTO alerts (event, region_code, region_name, announcement_id, title, message, "
                     "created_at, attempts, in_doubt) VALUES ('coverage_update', '33.21', 'Kabupaten Demak', ?, "
                     "'t', 'm', '2026-11-23T12:00:00Z', 0, 0)", [second])
        s.db.commit()
        before = _rows(s, "SELECT id, announcement_id FROM alerts"), _rows(s, "SELECT id FROM announcements")
    old = sqlite3.connect(path)
    old.execute("PRAGMA user_version = 2")
    old.commit()
    old.close()
    with Store(path, regions=REGIONS) as s:
        assert (_rows(s, "SELECT id, announcement_id FROM alerts"), _rows(s, "SELECT id FROM announcements")) == before
        assert _rows(s, "SELECT url FROM articles") == {(normalize(A),), (A_AGAIN,)}
        assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []
