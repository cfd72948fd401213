"""Alerts: which new figures deserve one, how it reads, and how it reaches the user.

The store decides and writes alerts inside the transaction that stores the
announcement (SPEC "Alert events"); this module holds the pure rules for that
decision and the wording, plus the delivery side: apprise for push targets,
an Atom feed for readers, and a log line for everything.

Nothing here imports the store: ``deliver_pending`` and ``write_atom_feed``
take any object with the store's alert methods, which keeps the import graph
one-way (storage -> crawler.alerts).
"""

from __future__ import annotations

import logging
import os
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

from uhcwatch.crawler.models import Announcement

log = logging.getLogger("uhcwatch.alerts")

EVENTS = ("new_region", "coverage_update", "uhc_reached")
UHC_THRESHOLD = 95.0

# The figures an announcement can state, most telling first. The first one
# both sides state is "the value" that coverage_update compares, and the
# first one the new announcement states is the figure its title shows.
FIGURES = ("coverage_pct", "active_pct", "participants", "active_participants")

RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600

ENV_ALERT_URLS = "UHCWATCH_ALERT_URLS"
ATOM_NS = "http://www.w3.org/2005/Atom"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


# --- the decision -----------------------------------------------------------


def alert_events(
    previous: dict | None,
    new: Announcement,
    *,
    published: str | None = None,
    found_at: str | None = None,
) -> list[str]:
    """The alert events a new announcement causes, given the region's latest one.

    ``previous`` is the region's latest stored announcement as a row (its
    columns plus its article's ``published``), or None if the region has none.
    ``published`` is the new announcement's article date, ``found_at`` the
    time it is stored. Age limits are the caller's business (``is_fresh``).
    """
    if previous is None:
        return ["new_region"]
    if not is_newer(previous, new, published=published, found_at=found_at):
        return []
    if not figure_changed(previous, new):
        return []
    events = ["coverage_update"]
    if _crosses_uhc(previous.get("coverage_pct"), new.coverage_pct):
        events.append("uhc_reached")
    return events


def is_newer(
    previous: dict,
    new: Announcement,
    *,
    published: str | None = None,
    found_at: str | None = None,
) -> bool:
    """Whether ``new`` supersedes ``previous`` as the region's latest figure.

    Order: ``as_of`` first, compared only as precisely as both state it
    ("2023-05" and "2023-05-01" tie); on a tie or a missing as_of, the article
    dates (an unknown date counts as the day the figure was found); on a
    full tie the newcomer wins, since it was found later.
    """
    order = _compare_partial_dates(new.as_of, previous.get("as_of"))
    if order == 0:
        order = _compare_partial_dates(
            published or (found_at or "")[:10] or None,
            previous.get("published") or (previous.get("found_at") or "")[:10] or None,
        )
    return order >= 0


def figure_changed(previous: dict, new: Announcement) -> bool:
    """Whether the new figure differs from the previous one.

    Compares the first figure both state (coverage before activity before
    counts), so a copy that repeats the percentage but misses the head count
    is no change. With no figure in common the new one is new information.
    """
    for name in FIGURES:
        old, now = previous.get(name), getattr(new, name)
        if old is not None and now is not None:
            return old != now
    return True


def is_fresh(published: str | None, max_age_days: int, now: datetime) -> bool:
    """Whether an article is recent enough to alert; 0 = no limit, unknown date = fresh."""
    if max_age_days <= 0 or not published:
        return True
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return True
    return (now.date() - day).days <= max_age_days


def _crosses_uhc(old: float | None, new: float | None) -> bool:
    return old is not None and new is not None and old < UHC_THRESHOLD <= new


def _compare_partial_dates(a: str | None, b: str | None) -> int:
    """-1/0/1 for two dates of "YYYY[-MM[-DD]]" precision; 0 if either is missing."""
    if not a or not b:
        return 0
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


# --- the wording ------------------------------------------------------------


def format_alert(
    event: str,
    announcement: dict,
    article: dict,
    *,
    previous: dict | None = None,
) -> tuple[str, str]:
    """(title, body) of an alert, in SPEC's style.

    Title: "Kabupaten Demak: 95.94% of residents in JKN (as of 1 May 2023)";
    uhc_reached says "reached UHC", coverage_update adds "up from 91.2%" when
    the previous announcement states the same kind of figure.
    """
    region = announcement["region_name"]
    headline = _headline(announcement)
    phrase = _figure_phrase(*headline) if headline else "JKN coverage reported"
    if event == "uhc_reached":
        title = f"{region} reached UHC: {phrase}"
    else:
        title = f"{region}: {phrase}"
    if event == "coverage_update" and headline and previous:
        title += _change_phrase(headline, previous)
    as_of = format_as_of(announcement.get("as_of"))
    if as_of:
        title += f" (as of {as_of})"
    return title, _body(announcement, article, previous)


def format_as_of(value: str | None) -> str:
    """"2023-05-01" -> "1 May 2023", "2023-05" -> "May 2023", "2024" -> "2024"."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS_LONG[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return value


def _headline(row: dict) -> tuple[str, float | int] | None:
    for name in FIGURES:
        if row.get(name) is not None:
            return name, row[name]
    return None


def _figure_phrase(name: str, value: float | int) -> str:
    return {
        "coverage_pct": f"{_pct(value)} of residents in JKN",
        "active_pct": f"{_pct(value)} active JKN participants",
        "participants": f"{_count(value)} JKN participants",
        "active_participants": f"{_count(value)} active JKN participants",
    }[name]


def _change_phrase(headline: tuple[str, float | int], previous: dict) -> str:
    name, value = headline
    old = previous.get(name)
    if old is None or old == value:
        return ""
    shown = _pct(old) if name.endswith("_pct") else _count(old)
    return f", {'up' if value > old else 'down'} from {shown}"


def _body(announcement: dict, article: dict, previous: dict | None) -> str:
    """The other figures, the target, the previous figure and the source, one per line."""
    a = announcement
    where = ", ".join(x for x in (a["region_name"], a.get("province")) if x)
    lines = [f"Region: {where}" + (f" ({a['region_code']})" if a.get("region_code") else "")]
    labelled = (
        ("Coverage", "coverage_pct", _pct),
        ("Participants", "participants", _count),
        ("Population", "population", _count),
        ("Active participants", "active_participants", _count),
        ("Active", "active_pct", _pct),
    )
    lines += [f"{label}: {fmt(a[key])}" for label, key, fmt in labelled if a.get(key) is not None]
    if a.get("as_of"):
        lines.append(f"As of: {format_as_of(a['as_of'])}")
    if a.get("target_pct") is not None:
        year = f" by {a['target_year']}" if a.get("target_year") else ""
        lines.append(f"Target: {_pct(a['target_pct'])}{year}")
    if previous and _headline(previous):
        before = _figure_phrase(*_headline(previous))
        as_of = format_as_of(previous.get("as_of"))
        lines.append(f"Previous: {before}" + (f" (as of {as_of})" if as_of else ""))
    title = article.get("title") or "article"
    published = f" ({article['published']})" if article.get("published") else ""
    lines.append(f"Source: {title}{published}")
    lines.append(article["url"])
    return "\n".join(lines)


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


def _count(value: int) -> str:
    return f"{int(value):,}"


# --- delivery ---------------------------------------------------------------


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


# --- the Atom feed ----------------------------------------------------------


def write_atom_feed(store, path: str | os.PathLike, limit: int = 50) -> int:
    """Write the ``limit`` most recent alerts as an Atom 1.0 feed; returns the entry count.

    Written to a temporary file beside ``path`` and moved into place, so a
    reader never sees half a feed.
    """
    alerts = store.recent_alerts(limit)
    feed = _atom_feed(alerts)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            ET.ElementTree(feed).write(out, encoding="utf-8", xml_declaration=True)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return len(alerts)


def _atom_feed(alerts: list[dict]) -> ET.Element:
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", "tag:uhcwatch,2026:alerts")
    _sub(feed, "title", "uhcwatch: JKN coverage alerts")
    updated = max((a["created_at"] for a in alerts), default=None)
    _sub(feed, "updated", updated or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    _sub(_sub(feed, "author"), "name", "uhcwatch")
    for alert in alerts:
        _atom_entry(feed, alert)
    return feed


def _atom_entry(feed: ET.Element, alert: dict) -> None:
    """One entry; its id is a tag: URI from the alert id and its creation day, so ids stay unique across databases."""
    entry = _sub(feed, "entry")
    _sub(entry, "id", f"tag:uhcwatch,{alert['created_at'][:10]}:alert-{alert['id']}")
    _sub(entry, "title", alert["title"])
    _sub(entry, "updated", alert["created_at"])
    _sub(entry, "category").set("term", alert["event"])
    _sub(entry, "summary", alert["message"] or "")
    if alert.get("article_url"):
        link = _sub(entry, "link")
        link.set("rel", "alternate")
        link.set("href", alert["article_url"])


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    if text is not None:
        element.text = text
    return element
