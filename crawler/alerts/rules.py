"""Which alerts a newly stored announcement causes (SPEC "Alert events"): pure rules, no I/O.

``AlertPolicy`` is what the crawl hands to the store: called inside the transaction that stores an
announcement, with the region's previous latest figure, it returns the alerts to queue, worded by
``wording``. Delivery is ``delivery`` and ``atom``'s business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from uhcwatch.crawler.figures import HEADLINE_ORDER, UHC_THRESHOLD, supersedes
from uhcwatch.crawler.models import Announcement
from uhcwatch.crawler.alerts.wording import format_alert

EVENTS = ("new_region", "coverage_update", "uhc_reached")
# Source health (issue 13), off unless listed in [alerts] events. Each is sent once per episode; the end of an
# episode is noted with its own event (source_up, source_active), sent when the episode's alert was.
SOURCE_EVENTS = ("source_down", "source_quiet")
RECOVERY = {"source_down": "source_up", "source_quiet": "source_active"}
KNOWN_EVENTS = EVENTS + SOURCE_EVENTS


@dataclass(frozen=True)
class AlertPolicy:
    """The alerts uhcwatch queues: the configured ``events`` only, for articles published within
    ``max_age_days`` of the moment the figure is stored (0 = no limit; an unknown date is fresh); those of
    announcements less sure than ``min_confidence`` are held for a person's review."""

    events: tuple[str, ...] = EVENTS
    max_age_days: int = 0
    min_confidence: float = 0.0

    def __call__(self, previous: dict | None, new: dict, article: dict) -> list[tuple[str, str, str, bool]]:
        if not is_fresh(article.get("published"), self.max_age_days, date.fromisoformat(new["found_at"][:10])):
            return []
        held = (new.get("confidence") or 0.0) < self.min_confidence
        drafts = []
        for event in events_for(previous, new):
            if event in self.events:
                drafts.append((event, *format_alert(event, new, article, previous=previous), held))
        return drafts


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
    return events_for(previous, {**new.to_dict(), "published": published, "found_at": found_at})


def events_for(previous: dict | None, new: dict) -> list[str]:
    """``alert_events`` on rows: ``new`` carries its article's ``published`` and its ``found_at``."""
    if previous is None:
        return ["new_region"]
    if not supersedes(new, previous) or not figure_changed(previous, new):
        return []
    events = ["coverage_update"]
    old_pct, new_pct = previous.get("coverage_pct"), new.get("coverage_pct")
    if old_pct is not None and new_pct is not None and old_pct < UHC_THRESHOLD <= new_pct:
        events.append("uhc_reached")
    return events


def figure_changed(previous: dict, new: dict) -> bool:
    """Whether the new figure differs from the previous one.

    Compares the first figure both state (coverage before activity before
    counts), so a copy that repeats the percentage but misses the head count
    is no change. With no figure in common the new one is new information.
    """
    for name in HEADLINE_ORDER:
        old, now = previous.get(name), new.get(name)
        if old is not None and now is not None:
            return old != now
    return True


def is_fresh(published: str | None, max_age_days: int, today: date) -> bool:
    """Whether an article is recent enough to alert; 0 = no limit, unknown date = fresh."""
    if max_age_days <= 0 or not published:
        return True
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return True
    return (today - day).days <= max_age_days


@dataclass(frozen=True)
class SourceAlertPolicy:
    """Which source-health alerts a poll causes: ``source_down`` once ``down_after`` polls in a row failed,
    ``source_quiet`` once no new article came for ``quiet_after`` seconds; only the listed ``events``.

    Called with a source's health before and after a poll (``uhcwatch.crawler.polling`` rows); returns the
    state with its episode flags (``down_alerted``, ``quiet_alerted``) updated and the alerts to queue as
    (event, title, message). An episode alerts once; its end is noted only if its start was."""

    events: tuple[str, ...] = ()
    down_after: int = 3
    quiet_after: float = 7 * 86400.0

    def __call__(self, after: dict, now_iso: str, start_urls: tuple[str, ...] = ()) -> tuple[dict, list]:
        from uhcwatch.crawler.alerts.wording import format_source_alert

        state, drafts = dict(after), []
        down = state["consecutive_failures"] >= self.down_after
        quiet_since = state.get("last_new_article_at") or state.get("first_poll_at")
        quiet = quiet_since is not None and _seconds_between(quiet_since, now_iso) >= self.quiet_after
        for event, now_true, flag in (("source_down", down, "down_alerted"), ("source_quiet", quiet, "quiet_alerted")):
            if event not in self.events:
                continue
            if now_true and not state.get(flag):
                state[flag] = 1
                drafts.append((event, *format_source_alert(event, state, start_urls)))
            elif not now_true and state.get(flag):
                state[flag] = 0
                drafts.append((RECOVERY[event], *format_source_alert(RECOVERY[event], state, start_urls)))
        return state, drafts


def _seconds_between(earlier_iso: str, later_iso: str) -> float:
    from datetime import datetime

    def parse(s: str) -> datetime:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))

    return (parse(later_iso) - parse(earlier_iso)).total_seconds()
