"""Delivering alerts: apprise to every configured target, with retries; the outbox is the store.

At least once, honestly. Exactly-once delivery to a third-party endpoint cannot be promised: a
target may get a POST and fail to answer, or the process may die between the send and the record
of it. So:

- each attempt is recorded *before* the call (``sending_at``), and its outcome right after it, so
  the window in which an outcome can be lost is the call itself;
- a call that surely failed (refused, an HTTP error, a redirect) is retried with a backoff, and the
  backoff is cut short as soon as the targets answer again;
- a call that timed out after sending, or was cut short by a crash, is *in doubt*: the target may
  have it. It is retried once, after a pause, and then left marked "in doubt" (``uhcwatch alerts``
  shows it) instead of being re-sent in a loop;
- every delivery carries the alert's stable key ("uhcwatch alert key: uhcwatch-1a2b3c4d-17") in its
  body, which JSON webhooks receive in ``message``, so a receiver or a person recognises a repeat.

Nothing here imports the store: ``deliver_pending`` takes any object with the store's outbox methods.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Callable, Iterable

log = logging.getLogger("uhcwatch.alerts")

RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600
DOUBT_PAUSE_SECONDS = 600  # an in-doubt send is tried once more, this long after
MAX_IN_DOUBT = 2  # in-doubt outcomes after which an alert is no longer sent (the first retry was the last)
STALE_SEND_SECONDS = 300  # a send still "under way" after this long was cut short by a crash
ENV_ALERT_URLS = "UHCWATCH_ALERT_URLS"
KEY_LINE = "uhcwatch alert key: {key}"
# What urllib3 says when a request went out and no answer came back in time (apprise logs it at debug).
# A connect timeout ("Connection to ... timed out") is not in doubt: nothing was sent.
_SENT_BUT_NO_ANSWER = ("Read timed out",)


class Outcome(Enum):
    DELIVERED = "delivered"
    FAILED = "failed"
    IN_DOUBT = "in doubt"


@dataclass
class DeliveryReport:
    """What one ``deliver_pending`` call did, by alert id."""

    delivered: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    in_doubt: list[int] = field(default_factory=list)  # timed out or interrupted: the target may have them
    error: str | None = None  # set when nothing could be attempted at all


def alert_urls(config_urls: Iterable[str] | None) -> list[str]:
    """The config's apprise URLs plus those in $UHCWATCH_ALERT_URLS (space separated), deduplicated."""
    urls = list(config_urls or []) + os.environ.get(ENV_ALERT_URLS, "").split()
    return list(dict.fromkeys(u.strip() for u in urls if u.strip()))


def deliver_pending(
    store,
    urls: list[str],
    *,
    now: datetime | None = None,
    max_attempts: int | None = None,
    retry_base: float = RETRY_BASE_SECONDS,
    doubt_pause: float = DOUBT_PAUSE_SECONDS,
    stale_after: float = STALE_SEND_SECONDS,
    should_stop: Callable[[], bool] | None = None,
) -> DeliveryReport:
    """Send every due pending alert to all targets; record each outcome (see the module's docstring).

    ``now`` fixes the clock (tests); ``max_attempts`` gives up on alerts that failed that often (they stay
    undelivered); ``stale_after``: a send recorded as under way for this long was interrupted by a crash
    (0 when the caller knows no other process is sending); ``should_stop`` is asked before each send, so a
    daemon told to stop does not sit through a queue of slow targets.
    """
    report = DeliveryReport()
    if not urls:
        report.error = "no alert targets configured"
        return report
    notifier = _notifier(urls)
    if notifier is None:
        report.error = "none of the alert URLs is valid"
        log.error("alerts: %s", report.error)
        return report
    clock = now or datetime.now(timezone.utc)
    for alert_id in store.settle_interrupted_sends(clock - timedelta(seconds=stale_after),
                                                   clock + timedelta(seconds=doubt_pause)):
        report.in_doubt.append(alert_id)
        log.warning("alert #%d: a send was interrupted; the target may have it; one more try in %.0fs",
                    alert_id, doubt_pause)
    for round_ in range(2):  # a second round when a success cut other alerts' backoff short
        for alert in store.pending_alerts(now, max_attempts=max_attempts, max_in_doubt=MAX_IN_DOUBT):
            if should_stop is not None and should_stop():
                return report
            outcome = _deliver_one(store, notifier, alert, now, report, retry_base, doubt_pause)
            if outcome is Outcome.IN_DOUBT:
                return report  # a slow target: the rest wait for the next pass rather than time out in a row
        if not report.delivered or round_ or not store.hurry_retries(now):
            break
    return report


def send_test(urls: list[str]) -> bool:
    """Send one test notification to every target (``uhcwatch alerts --test``)."""
    notifier = _notifier(urls) if urls else None
    if notifier is None:
        return False
    result = notifier.notify(
        title="uhcwatch test notification",
        body="If you can read this, uhcwatch alerts reach this target.",
    )
    ok = bool(result)
    log.log(logging.INFO if ok else logging.WARNING, "test notification: %s", _outcome(result))
    return ok


def retry_delay(attempts: int, base: float = RETRY_BASE_SECONDS) -> timedelta:
    """Backoff after the ``attempts``-th failure: 30 s, 1 min, 2 min, ... capped at 1 h."""
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS))


def with_key(alert: dict) -> str:
    """The alert's text as delivered: its message and, last, its stable key."""
    return "\n\n".join(part for part in (alert["message"], KEY_LINE.format(key=alert["key"])) if part)


def _deliver_one(store, notifier, alert: dict, now: datetime | None, report: DeliveryReport,
                 retry_base: float, doubt_pause: float) -> Outcome | None:
    if not store.begin_attempt(alert["id"], now):
        return None  # delivered or being sent elsewhere meanwhile
    outcome, error = _send(notifier, alert["title"], with_key(alert))
    at = now or datetime.now(timezone.utc)
    attempts = alert["attempts"] + 1
    if outcome is Outcome.DELIVERED:
        store.mark_delivered(alert["id"], at)
        report.delivered.append(alert["id"])
        log.info("alert #%d delivered (%s): %s", alert["id"], alert["event"], alert["title"])
    elif outcome is Outcome.IN_DOUBT:
        retry = alert["in_doubt"] + 1 < MAX_IN_DOUBT
        store.mark_in_doubt(alert["id"], f"in doubt: {error}", at + timedelta(seconds=doubt_pause))
        report.in_doubt.append(alert["id"])
        log.warning("alert #%d in doubt (attempt %d): %s; the target may have it; %s", alert["id"], attempts,
                    error, f"one more try in {doubt_pause:.0f}s" if retry else "not sent again")
    else:
        store.mark_failed(alert["id"], error, at + retry_delay(attempts, retry_base))
        report.failed.append(alert["id"])
        log.warning("alert #%d not delivered (attempt %d): %s", alert["id"], attempts, error)
    return outcome


def _send(notifier, title: str, body: str) -> tuple[Outcome, str]:
    """One apprise call; whether it delivered, surely failed, or went out without an answer (in doubt).

    Apprise reports a read timeout and a refused connection with the same warning; the difference (did
    the request go out?) is only in its debug log, which is captured here for the call's duration
    without letting debug lines through to the user's log.
    """
    apprise_log = logging.getLogger("apprise")
    captured: list[logging.LogRecord] = []
    handler = _Capture(captured)
    level, propagate = apprise_log.level, apprise_log.propagate
    shown = apprise_log.getEffectiveLevel()
    apprise_log.addHandler(handler)
    apprise_log.setLevel(logging.DEBUG)
    apprise_log.propagate = False
    try:
        result = notifier.notify(title=title, body=body)
    finally:
        apprise_log.removeHandler(handler)
        apprise_log.setLevel(level)
        apprise_log.propagate = propagate
    for record in captured:
        if record.levelno >= shown:
            apprise_log.handle(record)
    if result:
        return Outcome.DELIVERED, ""
    sent = any(marker in record.getMessage() for record in captured for marker in _SENT_BUT_NO_ANSWER)
    return (Outcome.IN_DOUBT if sent else Outcome.FAILED), _outcome(result)


class _Capture(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]):
        super().__init__(logging.DEBUG)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _notifier(urls: list[str]):
    """One apprise object for all targets, reaching only those targets.

    Redirects are off (a target cannot send apprise elsewhere), no plugin
    directories are scanned and no apprise config files are read: only the
    URLs given here are ever contacted. Imported lazily: apprise is slow to
    import and most commands never notify.
    """
    import apprise

    notifier = apprise.Apprise(asset=apprise.AppriseAsset(http_redirects=False))
    for url in urls:
        if not notifier.add(url):
            log.error("alerts: ignoring invalid apprise URL %r", _redact(url))
    return notifier if len(notifier) else None


def _outcome(result) -> str:
    """A one-line account of an apprise result: its warnings, else its status."""
    messages = [e.message for e in result.logs() if e.level in ("WARNING", "ERROR", "CRITICAL")]
    return "; ".join(dict.fromkeys(messages)) or result.status.name


def _redact(url: str) -> str:
    """The scheme and host of a URL only, since apprise URLs often carry tokens."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/')[0].rpartition('@')[2]}/..."
