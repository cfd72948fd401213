"""Delivery through apprise to a real local receiver, with retries."""

from __future__ import annotations

from datetime import timedelta

from alert_helpers import NOW, queue_alert
from fixtures.receiver import Receiver

from uhcwatch.crawler.alerts.delivery import alert_urls, deliver_pending, retry_delay, send_test


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
    assert receiver.posts[0]["message"].endswith(f"uhcwatch alert key: {row['key']}")

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


# --- in doubt: the target may have it ---------------------------------------------------


def slow(receiver) -> str:
    """The receiver's apprise URL with a 1 s read timeout; the receiver answers after 2 s."""
    receiver.delay = 2.0
    return receiver.apprise_url + "?rto=1"


def test_a_timed_out_send_is_in_doubt_retried_once_after_a_pause_then_never(store, receiver):
    alert = queue_alert(store)
    url = slow(receiver)
    first = deliver_pending(store, [url], now=NOW, doubt_pause=600)
    assert first.in_doubt == [alert["id"]] and first.failed == [] and first.delivered == []
    row = store.db["alerts"].get(alert["id"])
    assert row["in_doubt"] == 1 and row["delivered_at"] is None and row["last_error"].startswith("in doubt")
    assert len(receiver.posts) == 1  # the target did get it

    assert deliver_pending(store, [url], now=NOW + timedelta(minutes=5)).in_doubt == []  # pausing
    second = deliver_pending(store, [url], now=NOW + timedelta(minutes=10))
    assert second.in_doubt == [alert["id"]]
    for later in (timedelta(hours=1), timedelta(days=1)):
        deliver_pending(store, [url], now=NOW + later)
    assert len(receiver.posts) == 2  # one retry, not a loop
    assert [p["message"] for p in receiver.posts][0] == receiver.posts[1]["message"]  # same key: a repeat
    assert f"uhcwatch alert key: {row['key']}" in receiver.posts[1]["message"]


def test_a_refused_connection_is_a_failure_not_a_doubt(store, receiver):
    alert = queue_alert(store)
    url = receiver.apprise_url + "?rto=1"
    receiver.close()
    report = deliver_pending(store, [url], now=NOW)
    assert report.failed == [alert["id"]] and report.in_doubt == []
    assert store.db["alerts"].get(alert["id"])["in_doubt"] == 0


def test_a_slow_target_ends_the_pass_instead_of_timing_out_alert_after_alert(store, receiver):
    for n in range(3):
        queue_alert(store, url=f"https://demakkab.go.id/berita/uhc-{n}", as_of=f"2023-0{n + 6}",
                    coverage_pct=96.0 + n)
    report = deliver_pending(store, [slow(receiver)], now=NOW)
    assert len(report.in_doubt) == 1 and len(receiver.requests) == 1


def test_a_send_interrupted_by_a_crash_is_in_doubt_and_resent_once_with_its_key(store, receiver):
    alert = queue_alert(store)
    store.begin_attempt(alert["id"], NOW)  # the process died during the call
    report = deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(minutes=1), stale_after=0,
                             doubt_pause=60)
    assert report.in_doubt == [alert["id"]] and receiver.posts == []
    again = deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(minutes=2), stale_after=0)
    assert again.delivered == [alert["id"]]
    assert receiver.posts[0]["message"].endswith(alert["key"])


def test_after_a_success_the_other_alerts_go_at_once_not_after_their_backoff(store, receiver):
    waiting = queue_alert(store)
    receiver.down = True
    for hours in range(8):  # a long outage: the backoff has grown to an hour
        deliver_pending(store, [receiver.apprise_url], now=NOW + timedelta(hours=hours))
    assert store.db["alerts"].get(waiting["id"])["next_attempt_at"] > "2026-11-23T19:30:00Z"
    receiver.down = False
    fresh = queue_alert(store, url="https://demakkab.go.id/berita/uhc-2", as_of="2023-09", coverage_pct=97.1)
    back = NOW + timedelta(hours=7, minutes=5)
    report = deliver_pending(store, [receiver.apprise_url], now=back)
    assert sorted(report.delivered) == sorted([waiting["id"], fresh["id"]])


def test_should_stop_is_asked_before_each_send(store, receiver):
    for n in range(3):
        queue_alert(store, url=f"https://demakkab.go.id/berita/uhc-{n}", as_of=f"2023-0{n + 6}",
                    coverage_pct=96.0 + n)
    calls = iter([False, True])
    report = deliver_pending(store, [receiver.apprise_url], now=NOW, should_stop=lambda: next(calls))
    assert len(report.delivered) == 1 and len(receiver.posts) == 1
