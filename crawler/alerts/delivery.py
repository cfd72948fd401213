"""Delivering alerts: apprise to every configured target, with retries; the outbox is the store.

At least once: an alert is marked delivered only when apprise reports success for the whole send;
anything else keeps it pending with its error and a backoff. Nothing here imports the store:
``deliver_pending`` takes any object with the store's outbox methods.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterable

log = logging.getLogger("uhcwatch.alerts")

RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600
ENV_ALERT_URLS = "UHCWATCH_ALERT_URLS"


@dataclass
class DeliveryReport:
    """What one ``deliver_pending`` call did, by alert id."""

    delivered: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
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
) -> DeliveryReport:
    """Send every due pending alert to all targets; record success or schedule a retry.

    An alert is marked delivered only when apprise reports success for the
    whole send; anything else (an HTTP error, a refused connection, one of
    several targets failing) keeps it pending with its error and a backoff,
    so delivery is at least once and a target that did get it may get it
    again on the retry. ``now`` fixes the clock (tests); ``max_attempts``
    gives up on alerts that failed that often (they stay undelivered).
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
    for alert in store.pending_alerts(now, max_attempts=max_attempts):
        _deliver_one(store, notifier, alert, now, report, retry_base)
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


def _deliver_one(store, notifier, alert: dict, now: datetime | None, report: DeliveryReport,
                 retry_base: float = RETRY_BASE_SECONDS) -> None:
    result = notifier.notify(title=alert["title"], body=alert["message"] or "")
    at = now or datetime.now(timezone.utc)
    if result:
        store.mark_delivered(alert["id"], at)
        report.delivered.append(alert["id"])
        log.info("alert #%d delivered (%s): %s", alert["id"], alert["event"], alert["title"])
        return
    attempts = alert["attempts"] + 1
    error = _outcome(result)
    store.mark_failed(alert["id"], error, at + retry_delay(attempts, retry_base))
    report.failed.append(alert["id"])
    log.warning("alert #%d not delivered (attempt %d): %s", alert["id"], attempts, error)


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
