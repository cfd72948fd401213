"""The SQLite store against a real database file: schema, dedup, alert outbox, atomicity."""

from __future__ import annotations

import sqlite3
import threading

from datetime import datetime, timedelta, timezone

import pytest
from sample_db import FakeRegion

import uhcwatch.crawler.alerts.rules as rules_module
from uhcwatch.crawler.models import Announcement, Article
from uhcwatch.crawler.alerts.rules import AlertPolicy
from uhcwatch.storage.store import SCHEMA_VERSION, SchemaTooNew, Store

POLICY = AlertPolicy()  # every event, no age limit

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)

SPEC_COLUMNS = {
    "articles": {"url", "canonical_url", "source", "title", "published", "fetched_at", "text", "content_hash"},
    "announcements": {
        "id", "article_url", "region_code", "region_name", "region_level", "province", "coverage_pct",
        "participants", "population", "active_participants", "active_pct", "as_of", "target_pct",
        "target_year", "evidence", "confidence", "found_at",
    },
    "regions": {"code", "name", "level", "province", "latitude", "longitude"},
    "alerts": {
        "id", "event", "region_code", "region_name", "announcement_id", "title", "message",
        "created_at", "delivered_at", "attempts", "last_error",
    },
    "crawl_runs": {
        "id", "source", "started_at", "finished_at", "pages", "articles_new",
        "announcements_new", "errors", "status",
    },
}



REGIONS = [
    FakeRegion("33", "Jawa Tengah", "Jawa Tengah", "provinsi", "33", "Jawa Tengah", -6.99, 110.42),
    FakeRegion("33.21", "Kabupaten Demak", "Demak", "kabupaten", "33", "Jawa Tengah", -6.89, 110.64),
    FakeRegion("33.17", "Kabupaten Rembang", "Rembang", "kabupaten", "33", "Jawa Tengah", -6.71, 111.34),
]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "uhcwatch.db", regions=REGIONS) as s:
        yield s


def demak(**figures) -> Announcement:
    values = {"coverage_pct": 95.94, "participants": 1169409, "population": 1218890, "as_of": "2023-05-01"}
    values.update(figures)
    return Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", **values)


def article(url="https://demakkab.go.id/berita/uhc", *announcements, text=None, published="2026-11-20", **kw):
    return Article(url=url, text=text or f"Berita dari {url}", title="UHC Demak", published=published,
                   source="demak", announcements=list(announcements), **kw)


def count(store, table) -> int:
    return store.db[table].count


# --- schema -------------------------------------------------------------------


def test_schema_has_spec_columns_wal_and_version(tmp_path):
    path = tmp_path / "nested" / "dir" / "uhcwatch.db"  # parent folders are created
    with Store(path, regions=REGIONS) as s:
        for table, columns in SPEC_COLUMNS.items():
            assert columns <= set(s.db[table].columns_dict), table
        assert {"fingerprint"} <= set(s.db["announcements"].columns_dict)
        assert {"next_attempt_at"} <= set(s.db["alerts"].columns_dict)
        assert {"seen_urls", "http_cache", "region_latest"} <= set(s.db.table_names())
        assert s.db.journal_mode == "wal"
        assert s.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert s.schema_version == SCHEMA_VERSION


def test_opening_twice_is_idempotent(tmp_path):
    path = tmp_path / "uhcwatch.db"
    with Store(path, regions=REGIONS) as s:
        s.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
        schema = s.db.schema
    with Store(path, regions=REGIONS) as s:
        assert s.db.schema == schema
        assert count(s, "regions") == len(REGIONS)
        assert count(s, "announcements") == 1 and count(s, "alerts") == 1


def test_migration_adds_missing_columns_to_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE alerts (id INTEGER PRIMARY KEY, event TEXT, title TEXT)")
    old.execute("INSERT INTO alerts (event, title) VALUES ('new_region', 'old alert')")
    old.commit()
    old.close()
    with Store(path, regions=REGIONS) as s:
        assert SPEC_COLUMNS["alerts"] | {"next_attempt_at"} <= set(s.db["alerts"].columns_dict)
        assert s.db["alerts"].get(1)["attempts"] == 0
        assert s.pending_alerts(NOW)[0]["title"] == "old alert"


def test_an_older_database_gets_each_regions_latest_worked_out(tmp_path):
    """A database from before ``region_latest``: regions and export must not come up empty after the upgrade."""
    path = tmp_path / "old.db"
    with Store(path, regions=REGIONS) as s:
        s.store_article(article("https://a/1", demak(as_of="2023-05-01")), alerts=POLICY, now=NOW)
        s.store_article(article("https://a/2", demak(coverage_pct=96.5, as_of="2023-09")), alerts=POLICY, now=NOW)
        s.store_article(article("https://a/3", demak(coverage_pct=90.0, as_of="2022-01")), alerts=POLICY, now=NOW)
    old = sqlite3.connect(path)
    old.execute("DROP TABLE region_latest")
    old.execute("PRAGMA user_version = 0")
    old.commit()
    old.close()
    with Store(path, regions=REGIONS) as s:
        assert [(r["region_code"], r["coverage_pct"]) for r in s.latest_per_region()] == [("33.21", 96.5)]


def test_refuses_a_database_from_a_newer_version(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew):
        Store(path, regions=REGIONS)


def test_loads_the_gazetteer_once(tmp_path):
    regions = pytest.importorskip("uhcwatch.crawler.extraction.regions")
    path = tmp_path / "uhcwatch.db"
    with Store(path, regions=regions.gazetteer().regions) as s:
        assert count(s, "regions") == 552
        assert s.db["regions"].get("33.21")["name"] == "Kabupaten Demak"
        assert s.db["regions"].get("33.21")["province_code"] == "33"
        assert len(s.missing_regions()) == 552
    assert len(regions.gazetteer().regions) == 552
    with Store(path, regions=regions.gazetteer().regions) as s:  # unchanged gazetteer: nothing rewritten, still 552
        assert count(s, "regions") == 552


# --- storing articles -----------------------------------------------------------


def test_storing_the_same_article_twice_stores_once(store):
    first = store.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
    again = store.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW + timedelta(hours=1))
    assert first.article_new and len(first.announcement_ids) == 1 and len(first.alert_ids) == 1
    assert not again.article_new and again.announcement_ids == [] and again.alert_ids == []
    assert count(store, "articles") == 1
    assert count(store, "announcements") == 1
    assert [a["event"] for a in store.recent_alerts()] == ["new_region"]
    assert store.recent_alerts()[0]["title"] == "Kabupaten Demak: 95.94% of residents in JKN (as of 1 May 2023)"
    assert store.seen("https://a/1")


@pytest.mark.parametrize("second", [
    {"url": "https://a/1?utm_source=fb", "canonical_url": "https://a/1"},     # canonical = first URL
    {"url": "https://m.a/1", "canonical_url": "https://a/canonical"},          # same canonical
    {"url": "https://b/copy", "text": "Teks yang sama persis."},               # same text elsewhere
])
def test_same_article_under_two_urls_is_stored_once(store, second):
    store.store_article(article("https://a/1", demak(), canonical_url="https://a/canonical",
                                text="Teks  yang sama\npersis."), alerts=POLICY, now=NOW)
    url = second.pop("url")
    result = store.store_article(article(url, demak(), **second), alerts=POLICY, now=NOW)
    assert result.duplicate_of == "https://a/1"
    assert result.announcement_ids == [] and result.alert_ids == []
    assert count(store, "articles") == 2  # the copy is known (and seen), without announcements
    assert count(store, "announcements") == 1 and count(store, "alerts") == 1
    assert store.seen(url)


def test_syndicated_copy_is_stored_but_does_not_alert(store):
    store.store_article(article("https://demakkab.go.id/1", demak(), published="2026-11-20"), alerts=POLICY, now=NOW)
    copy = article("https://jatengnews.com/demak-uhc", demak(participants=None), published="2026-11-21",
                   text="Jateng News - Demak raih UHC 95,94 persen.")
    result = store.store_article(copy, alerts=POLICY, now=NOW)
    assert result.duplicate_of is None and len(result.announcement_ids) == 1
    assert result.alert_ids == []
    assert count(store, "announcements") == 2 and count(store, "alerts") == 1


def test_newer_figure_alerts_coverage_update_and_uhc_reached(store):
    store.store_article(article("https://a/2022", demak(coverage_pct=91.2, as_of="2022-12"),
                                published="2026-01-05"), alerts=POLICY, now=NOW)
    result = store.store_article(article("https://a/2023", demak(), published="2026-11-20"), alerts=POLICY, now=NOW)
    events = {a["event"]: a for a in store.recent_alerts() if a["announcement_id"] == result.announcement_ids[0]}
    assert set(events) == {"coverage_update", "uhc_reached"}
    assert events["coverage_update"]["title"] == (
        "Kabupaten Demak: 95.94% of residents in JKN, up from 91.2% (as of 1 May 2023)")
    assert events["uhc_reached"]["title"].startswith("Kabupaten Demak reached UHC: 95.94%")
    assert "https://a/2023" in events["uhc_reached"]["message"]
    assert [r["id"] for r in store.latest_per_region()] == result.announcement_ids


def test_newer_figure_above_uhc_already_alerts_only_coverage_update(store):
    store.store_article(article("https://a/1", demak(coverage_pct=95.1, as_of="2023-01")), alerts=POLICY, now=NOW)
    result = store.store_article(article("https://a/2", demak(coverage_pct=96.2, as_of="2023-06")), alerts=POLICY, now=NOW)
    assert [store.db["alerts"].get(i)["event"] for i in result.alert_ids] == ["coverage_update"]


def test_older_figure_is_stored_but_neither_alerts_nor_becomes_latest(store):
    latest = store.store_article(article("https://a/new", demak(), published="2026-11-20"), alerts=POLICY, now=NOW)
    older = store.store_article(article("https://a/old", demak(coverage_pct=91.2, as_of="2022-12"),
                                        published="2026-11-22"), alerts=POLICY, now=NOW)
    assert len(older.announcement_ids) == 1 and older.alert_ids == []
    assert [r["id"] for r in store.latest_per_region()] == latest.announcement_ids
    assert len(store.announcements(all=True)) == 2
    assert store.announcements(all=False) == store.latest_per_region()


@pytest.mark.parametrize("published, max_age_days, alerts", [
    ("2026-10-01", 30, 0),   # 53 days old: stored, no alert
    ("2026-10-24", 30, 1),   # exactly 30 days: still fresh
    ("2019-01-01", 0, 1),    # 0 = no limit
    (None, 30, 1),           # unknown date: fresh
])
def test_max_age_days(store, published, max_age_days, alerts):
    result = store.store_article(article("https://a/1", demak(), published=published),
                                 alerts=AlertPolicy(max_age_days=max_age_days), now=NOW)
    assert len(result.announcement_ids) == 1
    assert len(result.alert_ids) == alerts


def test_events_filter_limits_which_alerts_are_created(store):
    store.store_article(article("https://a/1", demak(coverage_pct=91.2, as_of="2022")), now=NOW,
                        alerts=AlertPolicy(events=("uhc_reached",)))
    result = store.store_article(article("https://a/2", demak()), now=NOW, alerts=AlertPolicy(events=("uhc_reached",)))
    assert [a["event"] for a in store.recent_alerts()] == ["uhc_reached"]
    assert len(result.alert_ids) == 1


def test_region_without_code_is_tracked_by_name(store):
    national = Announcement("Indonesia", None, "nasional", None, coverage_pct=98.2, as_of="2025")
    result = store.store_article(article("https://a/1", national), alerts=POLICY, now=NOW)
    alert = store.db["alerts"].get(result.alert_ids[0])
    assert alert["event"] == "new_region" and alert["region_name"] == "Indonesia"
    assert alert["title"] == "Indonesia: 98.2% of residents in JKN (as of 2025)"


def test_a_crash_midway_leaves_nothing_written(store, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    rembang = Announcement("Kabupaten Rembang", "33.17", "kabupaten", "Jawa Tengah", coverage_pct=96.0)
    monkeypatch.setattr(rules_module, "format_alert", explode)  # fails after the article and one announcement
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.store_article(article("https://a/1", demak(), rembang), alerts=POLICY, now=NOW)
    for table in ("articles", "announcements", "alerts", "region_latest", "seen_urls"):
        assert count(store, table) == 0, table
    assert not store.seen("https://a/1")

    monkeypatch.undo()
    result = store.store_article(article("https://a/1", demak(), rembang), alerts=POLICY, now=NOW)
    assert len(result.announcement_ids) == 2 and len(result.alert_ids) == 2


def test_concurrent_writers_queue_instead_of_failing(tmp_path):
    """Two connections (e.g. the daemon's crawl and its alert delivery) write at once."""
    path = tmp_path / "uhcwatch.db"
    Store(path, regions=REGIONS).close()
    errors = []

    def writer(name):
        try:
            with Store(path, regions=REGIONS) as s:
                for i in range(25):
                    s.store_article(article(f"https://{name}/{i}", demak(coverage_pct=90 + i / 10)), alerts=POLICY, now=NOW)
                    s.remember_seen(f"https://{name}/listing/{i}", now=NOW)
        except Exception as exc:  # collected: an exception in a thread would not fail the test
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b", "c")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(path, regions=REGIONS) as s:
        assert count(s, "articles") == 75 and count(s, "announcements") == 75
        assert len(s.latest_per_region()) == 1


# --- bookkeeping ------------------------------------------------------------------


def test_seen_urls_by_url_or_canonical(store):
    store.remember_seen("https://a/1?amp=1", canonical_url="https://a/1", source="demak", now=NOW)
    assert store.seen("https://a/1?amp=1") and store.seen("https://a/1")
    assert not store.seen("https://a/2")
    assert store.db["seen_urls"].get("https://a/1?amp=1")["first_seen"] == "2026-11-23T12:00:00Z"


def test_http_cache_round_trip(store):
    assert store.http_cache_get("https://a/feed") is None
    store.http_cache_put("https://a/feed", etag='"abc"', last_modified="Mon, 23 Nov 2026 10:00:00 GMT", now=NOW)
    store.http_cache_put("https://a/feed", etag='"def"', body_hash="ab12", now=NOW)
    assert store.http_cache_get("https://a/feed") == {
        "url": "https://a/feed", "etag": '"def"', "last_modified": None, "checked_at": "2026-11-23T12:00:00Z",
        "body_hash": "ab12"}


def test_robots_txt_is_kept_per_site(store):
    assert store.robots_get("https://a.example") is None
    store.robots_put("https://a.example", 200, "User-agent: *\nDisallow: /cari\n", now=NOW)
    store.robots_put("https://b.example:8080", 404, "", now=NOW)
    assert store.robots_get("https://a.example") == {"site": "https://a.example", "status": 200,
                                                     "body": "User-agent: *\nDisallow: /cari\n",
                                                     "fetched_at": "2026-11-23T12:00:00Z"}
    assert store.robots_get("https://b.example:8080")["status"] == 404


def test_crawl_runs_and_last_run_per_source(store):
    first = store.start_run("demak", now=NOW)
    store.finish_run(first, pages=10, articles_new=2, announcements_new=1, errors=0, status="ok", now=NOW)
    second = store.start_run("demak", now=NOW + timedelta(hours=1))
    other = store.start_run("rembang", now=NOW)
    store.finish_run(other, pages=3, articles_new=0, announcements_new=0, errors=1, status="failed", now=NOW)
    runs = {r["source"]: r for r in store.last_runs()}
    assert runs["demak"]["id"] == second and runs["demak"]["status"] == "running"
    assert runs["rembang"]["errors"] == 1 and runs["rembang"]["finished_at"] == "2026-11-23T12:00:00Z"


def test_outbox_marks(store):
    store.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
    (alert,) = store.pending_alerts(NOW)
    assert store.begin_attempt(alert["id"], NOW)
    assert store.pending_alerts(NOW) == []  # being sent: nobody else picks it up
    assert not store.begin_attempt(alert["id"], NOW)
    store.mark_failed(alert["id"], "HTTP 500", NOW + timedelta(seconds=30))
    assert store.pending_alerts(NOW) == []
    assert store.pending_alerts(NOW + timedelta(seconds=30))[0]["attempts"] == 1
    assert store.pending_alerts(NOW + timedelta(minutes=1), max_attempts=1) == []
    assert store.begin_attempt(alert["id"], NOW + timedelta(minutes=1))
    assert store.mark_delivered(alert["id"], NOW + timedelta(minutes=1))
    assert not store.mark_delivered(alert["id"], NOW + timedelta(minutes=2))  # delivered once only
    row = store.db["alerts"].get(alert["id"])
    assert row["delivered_at"] == "2026-11-23T12:01:00Z" and row["attempts"] == 2 and row["last_error"] == "HTTP 500"
    assert row["sending_at"] is None
    assert store.pending_alerts(NOW + timedelta(days=1)) == []


def test_every_alert_has_a_stable_key_unique_to_its_database(store, tmp_path):
    store.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
    (alert,) = store.pending_alerts(NOW)
    assert alert["key"].startswith("uhcwatch-") and alert["key"].endswith(f"-{alert['id']}")
    store.close()
    with Store(store.path) as again:  # reopening keeps it
        assert again.db["alerts"].get(alert["id"])["key"] == alert["key"]
    with Store(tmp_path / "other.db") as other:
        other.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
        assert other.pending_alerts(NOW)[0]["key"] != alert["key"]


def test_a_send_cut_short_by_a_crash_is_in_doubt_and_due_after_the_pause(store):
    store.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
    (alert,) = store.pending_alerts(NOW)
    store.begin_attempt(alert["id"], NOW)  # ... and the process dies here
    assert store.settle_interrupted_sends(NOW - timedelta(minutes=5), NOW) == []  # too recent to tell
    assert store.settle_interrupted_sends(NOW, NOW + timedelta(minutes=10)) == [alert["id"]]
    row = store.db["alerts"].get(alert["id"])
    assert row["in_doubt"] == 1 and row["sending_at"] is None and "may have it" in row["last_error"]
    assert store.pending_alerts(NOW) == []
    assert store.pending_alerts(NOW + timedelta(minutes=10), max_in_doubt=2)[0]["id"] == alert["id"]
    store.begin_attempt(alert["id"], NOW + timedelta(minutes=10))
    store.mark_in_doubt(alert["id"], "in doubt: timed out", NOW + timedelta(minutes=20))
    assert store.pending_alerts(NOW + timedelta(days=1), max_in_doubt=2) == []  # tried once more: no more


def test_hurry_retries_cuts_a_backoff_short_but_not_a_doubt(store):
    store.store_article(article("https://a/1", demak()), alerts=POLICY, now=NOW)
    rembang = Announcement("Kabupaten Rembang", "33.17", "kabupaten", "Jawa Tengah", coverage_pct=90.1)
    store.store_article(article("https://a/2", rembang), alerts=POLICY, now=NOW)
    first, second = store.pending_alerts(NOW)
    for alert in (first, second):
        store.begin_attempt(alert["id"], NOW)
    store.mark_failed(first["id"], "HTTP 503", NOW + timedelta(hours=1))
    store.mark_in_doubt(second["id"], "in doubt: timed out", NOW + timedelta(minutes=10))
    assert store.hurry_retries(NOW + timedelta(minutes=1)) == 1
    assert [a["id"] for a in store.pending_alerts(NOW + timedelta(minutes=1))] == [first["id"]]


def test_held_alerts_wait_for_review_then_go_or_never_go(store):
    unsure = AlertPolicy(min_confidence=0.99)  # every announcement here is less sure than that
    first = store.store_article(article("https://a/1", demak()), alerts=unsure, now=NOW).alert_ids
    second = store.store_article(article("https://a/2", demak(coverage_pct=96.5, as_of="2023-06")),
                                 alerts=unsure, now=NOW).alert_ids
    assert store.pending_alerts(NOW) == []
    assert [a["id"] for a in store.held_alerts()] == first + second
    assert store.review_alert(first[0], "released", NOW) and store.review_alert(second[0], "rejected", NOW)
    assert not store.review_alert(first[0], "rejected", NOW)  # only a held alert can be decided
    assert [a["id"] for a in store.pending_alerts(NOW)] == first and store.held_alerts() == []


def test_a_run_left_running_by_a_killed_crawl_is_marked_interrupted_when_the_source_starts_again(store):
    killed = store.start_run("demak", now=NOW)  # ... kill -9
    other = store.start_run("rembang", now=NOW)
    store.start_run("demak", now=NOW + timedelta(hours=1))
    status = {r["id"]: (r["status"], r["finished_at"]) for r in store.db["crawl_runs"].rows}
    assert status[killed] == ("interrupted", "2026-11-23T13:00:00Z")
    assert status[other] == ("running", None)  # another source's crawl may well be running


def test_a_full_disk_is_one_clear_error_and_the_transaction_is_undone(store):
    from uhcwatch.crawler.errors import DiskFull

    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    big = Article(url="https://a/big", text="Demak " * 200_000, announcements=[demak()])
    with pytest.raises(DiskFull, match="the disk is full"):
        store.store_article(big, alerts=POLICY, now=NOW)
    assert count(store, "articles") == 0 and count(store, "announcements") == 0


def test_crawl_traps_are_kept_per_source_and_forgotten_after_a_while(store):
    store.remember_trap("demak", "demak.example/agenda?bulan=*", "https://demak.example/agenda?bulan=5", now=NOW)
    store.remember_trap("demak", "demak.example/kalender/*/", "https://demak.example/kalender/3/",
                        now=NOW - timedelta(days=40))
    assert store.traps("demak", since=NOW - timedelta(days=30)) == ["demak.example/agenda?bulan=*"]
    assert store.traps("demak") == ["demak.example/kalender/*/", "demak.example/agenda?bulan=*"]
    assert store.traps("rembang") == []


def test_a_poll_updates_the_source_row_and_queues_its_alerts_in_one_transaction(store):
    def update(before):
        polls = (before or {}).get("polls", 0) + 1
        return {"polls": polls, "consecutive_failures": polls, "last_error": "TimeoutError ×2"}, \
            ([("source_down", "demak is down", "Last error: TimeoutError ×2")] if polls == 2 else [])

    assert store.source_state("demak") is None
    store.record_poll("demak", update, now=NOW)
    state, alert_ids = store.record_poll("demak", update, now=NOW)
    assert state["polls"] == 2 and store.source_state("demak")["polls"] == 2
    [alert] = [store.db["alerts"].get(i) for i in alert_ids]
    assert (alert["event"], alert["source"], alert["region_code"], alert["title"]) == \
        ("source_down", "demak", None, "demak is down")
    assert alert["key"].startswith("uhcwatch-") and alert["delivered_at"] is None

    def broken(before):
        return {"polls": 99}, [("source_down", "x", "y"), ("source_down", "a draft with no message")]

    with pytest.raises(ValueError):
        store.record_poll("demak", broken, now=NOW)
    assert store.source_state("demak")["polls"] == 2 and store.db["alerts"].count == 1  # nothing half-written


def test_source_health_reads_each_sources_row(store):
    store.record_poll("demak", lambda before: ({"polls": 3, "last_success_at": "2026-11-23T12:10:30Z",
                                                "last_new_article_at": None, "consecutive_failures": 2,
                                                "last_error": "DNSLookupError ×2", "last_poll_at": "2026-11-23T12:30:30Z",
                                                "last_outcome": "failed", "interval": 7200.0}, []), now=NOW)
    store.record_poll("quiet", lambda before: ({"polls": 1, "consecutive_failures": 0, "last_error": "old",
                                                "last_outcome": "unchanged"}, []), now=NOW)
    health = store.source_health()
    assert health["demak"] == {"last_success": "2026-11-23T12:10:30Z", "last_new_article": None,
                               "consecutive_failures": 2, "last_error": "DNSLookupError ×2",
                               "last_poll": "2026-11-23T12:30:30Z", "last_outcome": "failed", "polls": 3,
                               "interval": 7200.0}
    assert health["quiet"]["last_error"] is None  # an error from before the last success is no longer news
