"""Alert rules and wording (pure), and delivery through apprise to a real local receiver."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from fixtures.receiver import Receiver

from uhcwatch.crawler.alerts.atom import write_atom_feed
from uhcwatch.crawler.alerts.delivery import alert_urls, deliver_pending, retry_delay, send_test
from uhcwatch.crawler.alerts.rules import AlertPolicy, alert_events
from uhcwatch.crawler.alerts.wording import format_alert
from uhcwatch.crawler.figures import format_as_of
from uhcwatch.crawler.models import Announcement, Article
from uhcwatch.storage.store import Store

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass(frozen=True)
class FakeRegion:
    code: str
    name: str
    base: str
    level: str
    province_code: str
    province: str
    latitude: float
    longitude: float


@pytest.fixture(autouse=True)
def no_env_targets(monkeypatch):
    """Only the targets a test names: no inherited $UHCWATCH_ALERT_URLS, no proxy for 127.0.0.1."""
    monkeypatch.delenv("UHCWATCH_ALERT_URLS", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def receiver():
    with Receiver() as r:
        yield r


@pytest.fixture
def store(tmp_path):
    regions = [FakeRegion("33.21", "Kabupaten Demak", "Demak", "kabupaten", "33", "Jawa Tengah", -6.89, 110.64)]
    with Store(tmp_path / "uhcwatch.db", regions=regions) as s:
        yield s


def demak(**figures) -> Announcement:
    values = {"coverage_pct": 95.94, "participants": 1169409, "population": 1218890,
              "as_of": "2023-05-01", "target_pct": 98, "target_year": 2024}
    values.update(figures)
    return Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", **values)


def row(announcement: Announcement, **extra) -> dict:
    return {**announcement.to_dict(), **extra}


def queue_alert(store, url="https://demakkab.go.id/berita/uhc") -> dict:
    article = Article(url=url, text="Demak UHC", title="Demak raih UHC", published="2026-11-20",
                      announcements=[demak()])
    (alert_id,) = store.store_article(article, alerts=AlertPolicy(), now=NOW).alert_ids
    return store.db["alerts"].get(alert_id)


# --- the decision -------------------------------------------------------------------


def test_first_announcement_is_a_new_region():
    assert alert_events(None, demak()) == ["new_region"]


@pytest.mark.parametrize("previous, new, published, expected", [
    # same figure again (syndicated copy, re-report): nothing
    (row(demak(), published="2026-11-01"), demak(), "2026-11-20", []),
    # a copy missing the head count but with the same percentage: nothing
    (row(demak(), published="2026-11-01"), demak(participants=None), "2026-11-20", []),
    # later as_of, different value, crossing 95: both events
    (row(demak(coverage_pct=91.2, as_of="2022-12"), published="2023-01-10"), demak(), "2023-05-22",
     ["coverage_update", "uhc_reached"]),
    # later as_of, already above 95
    (row(demak(coverage_pct=95.5, as_of="2023-01")), demak(), None, ["coverage_update"]),
    # falling below: an update, never uhc_reached
    (row(demak(coverage_pct=97.0, as_of="2022")), demak(coverage_pct=94.0, as_of="2023"), None,
     ["coverage_update"]),
    # older as_of arriving later: nothing
    (row(demak(as_of="2024-01-01"), published="2024-01-05"), demak(coverage_pct=91.2, as_of="2023-05"),
     "2026-11-20", []),
    # as_of equal at the common precision ("2023-05" vs "2023-05-01"): the later article decides
    (row(demak(coverage_pct=94.0, as_of="2023-05"), published="2023-06-01"), demak(), "2023-05-22", []),
    (row(demak(coverage_pct=94.0, as_of="2023-05"), published="2023-05-02"), demak(), "2023-05-22",
     ["coverage_update", "uhc_reached"]),
    # missing as_of: the later article decides
    (row(demak(coverage_pct=94.0, as_of=None), published="2023-01-02"), demak(as_of=None), "2023-05-22",
     ["coverage_update", "uhc_reached"]),
    (row(demak(coverage_pct=94.0), published="2024-01-02"), demak(as_of=None, coverage_pct=99.0),
     "2023-05-22", []),
    # no figure in common: new information
    (row(demak(coverage_pct=None, participants=None, active_pct=80.0, as_of="2022")), demak(), None,
     ["coverage_update"]),
])
def test_alert_events(previous, new, published, expected):
    assert alert_events(previous, new, published=published, found_at="2026-11-23T12:00:00Z") == expected


# --- the wording --------------------------------------------------------------------

ARTICLE = {"url": "https://demakkab.go.id/berita/uhc", "title": "Demak raih UHC", "published": "2023-05-22"}


@pytest.mark.parametrize("as_of, suffix", [
    ("2023-05-01", " (as of 1 May 2023)"),
    ("2023-05", " (as of May 2023)"),
    ("2024", " (as of 2024)"),
    (None, ""),
])
def test_title_keeps_as_of_precision(as_of, suffix):
    title, _ = format_alert("new_region", row(demak(as_of=as_of)), ARTICLE)
    assert title == "Kabupaten Demak: 95.94% of residents in JKN" + suffix


def test_title_without_coverage_uses_the_active_figure():
    denpasar = Announcement("Kota Denpasar", "51.71", "kota", "Bali", active_pct=87.69, as_of="2026-02-01")
    title, _ = format_alert("new_region", row(denpasar), ARTICLE)
    assert title == "Kota Denpasar: 87.69% active JKN participants (as of 1 Feb 2026)"


def test_title_with_participants_only():
    title, _ = format_alert("new_region", row(demak(coverage_pct=None, population=None)), ARTICLE)
    assert title == "Kabupaten Demak: 1,169,409 JKN participants (as of 1 May 2023)"


def test_event_specific_titles():
    previous = row(demak(coverage_pct=91.2, as_of="2022"))
    uhc, body = format_alert("uhc_reached", row(demak()), ARTICLE, previous=previous)
    update, _ = format_alert("coverage_update", row(demak()), ARTICLE, previous=previous)
    assert uhc == "Kabupaten Demak reached UHC: 95.94% of residents in JKN (as of 1 May 2023)"
    assert update == "Kabupaten Demak: 95.94% of residents in JKN, up from 91.2% (as of 1 May 2023)"
    for line in ("Participants: 1,169,409", "Population: 1,218,890", "Target: 98% by 2024",
                 "Previous: 91.2% of residents in JKN (as of 2022)", ARTICLE["url"]):
        assert line in body


def test_format_as_of():
    assert [format_as_of(v) for v in ("2022-12-31", "2022-01", "2026", None)] == [
        "31 Dec 2022", "January 2022", "2026", ""]


def test_retry_delay_doubles_and_caps():
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 20)] == [30, 60, 120, 3600]


def test_alert_urls_adds_env_targets(monkeypatch):
    monkeypatch.setenv("UHCWATCH_ALERT_URLS", " json://h:1/a  mailto://u:p@example.org json://h:1/a ")
    assert alert_urls(["json://h:1/a", "ntfy://topic"]) == [
        "json://h:1/a", "ntfy://topic", "mailto://u:p@example.org"]
    assert alert_urls(None) == ["json://h:1/a", "mailto://u:p@example.org"]


# --- delivery through a real receiver -------------------------------------------------


def test_delivery_posts_once_and_marks_delivered(store, receiver):
    alert = queue_alert(store)
    report = deliver_pending(store, [receiver.apprise_url], now=NOW)
    assert report.delivered == [alert["id"]] and report.failed == []
    assert len(receiver.posts) == 1
    assert receiver.posts[0]["title"] == "Kabupaten Demak: 95.94% of residents in JKN (as of 1 May 2023)"
    assert "https://demakkab.go.id/berita/uhc" in receiver.posts[0]["message"]
    row = store.db["alerts"].get(alert["id"])
    assert row["delivered_at"] == "2026-11-23T12:00:00Z" and row["attempts"] == 1

    again = deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(hours=1))
    assert again.delivered == [] and len(receiver.posts) == 1  # never re-sent


def test_failing_twice_then_succeeding(store, receiver):
    alert = queue_alert(store)
    receiver.fail_next(2)

    first = deliver_pending(store, [receiver.apprise_url], now=NOW)
    assert first.failed == [alert["id"]]
    retry_at = store.db["alerts"].get(alert["id"])["next_attempt_at"]
    assert retry_at == "2026-11-23T12:00:30Z"
    assert deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(seconds=10)).failed == []  # not due

    second = deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(seconds=30))
    assert second.failed == [alert["id"]]
    assert store.db["alerts"].get(alert["id"])["next_attempt_at"] == "2026-11-23T12:01:30Z"

    third = deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(minutes=5))
    assert third.delivered == [alert["id"]]
    row = store.db["alerts"].get(alert["id"])
    assert row["attempts"] == 3 and row["delivered_at"] == "2026-11-23T12:05:00Z"
    assert "500" in row["last_error"]
    assert [r["status"] for r in receiver.requests] == [500, 500, 200]
    assert len(receiver.posts) == 1


def test_a_down_or_unreachable_target_keeps_the_alert_pending(store, receiver):
    alert = queue_alert(store)
    receiver.down = True
    assert deliver_pending(store, [receiver.apprise_url], now=NOW).failed == [alert["id"]]
    assert "503" in store.db["alerts"].get(alert["id"])["last_error"]

    url = receiver.apprise_url
    receiver.close()  # connection refused from now on
    assert deliver_pending(store, [url], now=NOW + timedelta(hours=1)).failed == [alert["id"]]
    row = store.db["alerts"].get(alert["id"])
    assert row["delivered_at"] is None and row["attempts"] == 2 and row["last_error"]


def test_every_target_gets_the_alert(store, receiver):
    queue_alert(store)
    with Receiver() as other:
        report = deliver_pending(store, [receiver.apprise_url, other.apprise_url], now=NOW)
        assert len(report.delivered) == 1
        assert len(receiver.posts) == 1 and len(other.posts) == 1


def test_one_failing_target_means_not_delivered(store, receiver):
    """Partial success is retried (at least once): the alert is not lost for the failing target."""
    alert = queue_alert(store)
    with Receiver() as other:
        other.down = True
        report = deliver_pending(store, [receiver.apprise_url, other.apprise_url], now=NOW)
    assert report.failed == [alert["id"]]
    assert store.db["alerts"].get(alert["id"])["delivered_at"] is None


def test_a_redirecting_target_cannot_send_apprise_elsewhere(store, receiver):
    alert = queue_alert(store)
    with Receiver() as elsewhere:
        receiver.redirect_to = elsewhere.http_url
        report = deliver_pending(store, [receiver.apprise_url], now=NOW)
        assert elsewhere.requests == []
    assert report.failed == [alert["id"]]
    assert [r["status"] for r in receiver.requests] == [307]


def test_no_valid_target_attempts_nothing(store):
    alert = queue_alert(store)
    assert deliver_pending(store, [], now=NOW).error
    report = deliver_pending(store, ["not-a-scheme://nothing"], now=NOW)
    assert report.error and report.delivered == [] and report.failed == []
    assert store.db["alerts"].get(alert["id"])["attempts"] == 0


def test_send_test(receiver):
    assert send_test([receiver.apprise_url])
    assert receiver.posts[0]["title"] == "uhcwatch test notification"
    receiver.down = True
    assert not send_test([receiver.apprise_url])
    assert not send_test([])


def test_alert_log_lines(store, receiver, caplog):
    caplog.set_level("INFO", logger="uhcwatch.alerts")
    alert = queue_alert(store)
    deliver_pending(store, [receiver.apprise_url], now=NOW)
    messages = [r.getMessage() for r in caplog.records if r.name == "uhcwatch.alerts"]
    assert any(f"alert #{alert['id']} new_region: Kabupaten Demak" in m for m in messages)
    assert any(f"alert #{alert['id']} delivered" in m for m in messages)


# --- the Atom feed ------------------------------------------------------------------


def test_atom_feed(store, tmp_path):
    first = queue_alert(store, "https://demakkab.go.id/a")
    later = Article(url="https://demakkab.go.id/b", text="Demak naik", title="Demak naik", published="2026-11-22",
                    announcements=[demak(coverage_pct=97.1, as_of="2026-10")])
    store.store_article(later, alerts=AlertPolicy(), now=NOW + timedelta(hours=2))
    path = tmp_path / "feed" / "alerts.xml"

    assert write_atom_feed(store, path) == 2
    feed = ET.parse(path).getroot()
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") and feed.findtext(f"{ATOM}title")
    assert feed.findtext(f"{ATOM}updated") == "2026-11-23T14:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Kabupaten Demak: 97.1% of residents in JKN, up from 95.94% (as of October 2026)",
        first["title"],
    ]
    newest, oldest = entries
    assert oldest.findtext(f"{ATOM}id") == f"tag:uhcwatch,2026-11-23:alert-{first['id']}"
    assert oldest.find(f"{ATOM}link").get("href") == "https://demakkab.go.id/a"
    assert newest.findtext(f"{ATOM}updated") == "2026-11-23T14:00:00Z"
    assert "Population: 1,218,890" in newest.findtext(f"{ATOM}summary")
    assert [p.name for p in path.parent.iterdir()] == ["alerts.xml"]  # no temp file left behind

    assert write_atom_feed(store, path, limit=1) == 1
    assert len(ET.parse(path).getroot().findall(f"{ATOM}entry")) == 1
