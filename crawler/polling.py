"""A source's polls: what each one changes in its health, and when to poll it next. Pure rules, no I/O.

Every poll of a source ends in one of three outcomes: ``unchanged`` (its start URLs answered 304 or with
nothing new, so no crawl was needed), ``ok`` (crawled) or ``failed`` (nothing answered). ``after_poll``
folds an outcome into the source's health row (the ``source_state`` table, one row per source), and
``next_interval`` picks the wait before the next poll, as Media Cloud's feed fetcher does: a source
that publishes is polled more often, one that does not less often, one that fails backs off, always
within the source's bounds (``Source.bounds``; ``every`` is where it starts).

    >>> poll = Poll("unchanged")
    >>> round(next_interval(3600, poll, Cadence(3600, 900, 21600)))
    5400
"""

from __future__ import annotations

from dataclasses import dataclass

# What a poll found -> the factor applied to the current interval (named rows: a new rule is a row).
ADAPT = {
    "new_articles": 0.5,  # it publishes: come back sooner
    "nothing_new": 1.5,  # quiet: come back later
}
FAILURE_BACKOFF = 2.0  # each failed poll in a row doubles the wait from `every` (up to the longest bound)


@dataclass(frozen=True)
class Poll:
    outcome: str  # unchanged | ok | failed
    articles_new: int = 0
    error: str = ""  # why it failed ("DownloadConnectionRefusedError ×2")
    crawled: bool = False  # a crawl ran (not only the cheap look at the start URLs)


@dataclass(frozen=True)
class Cadence:
    every: float  # where the interval starts, and what failures back off from
    shortest: float
    longest: float


def next_interval(current: float | None, poll: Poll, cadence: Cadence, failures: int = 0) -> float:
    """Seconds until the next poll, after ``poll``; ``failures`` counts the failed polls in a row, this one included."""
    if poll.outcome == "failed":
        wait = cadence.every * FAILURE_BACKOFF ** max(0, failures - 1)
    else:
        factor = ADAPT["new_articles"] if poll.articles_new else ADAPT["nothing_new"]
        wait = (current or cadence.every) * factor
    return min(max(wait, cadence.shortest), cadence.longest)


def after_poll(before: dict | None, source: str, poll: Poll, now_iso: str, cadence: Cadence) -> dict:
    """The source's health row after ``poll`` at ``now_iso`` (``before`` is None for its first poll)."""
    state = dict(before or {"source": source, "polls": 0, "first_poll_at": now_iso, "last_success_at": None,
                            "last_new_article_at": None, "last_crawl_at": None, "consecutive_failures": 0,
                            "last_error": None, "interval": None, "down_alerted": 0, "quiet_alerted": 0})
    state["polls"] = (state.get("polls") or 0) + 1
    state["last_poll_at"] = now_iso
    state["last_outcome"] = poll.outcome
    if poll.crawled:
        state["last_crawl_at"] = now_iso
    if poll.outcome == "failed":
        state["consecutive_failures"] = (state.get("consecutive_failures") or 0) + 1
        state["last_error"] = poll.error or "failed"
    else:
        state["consecutive_failures"] = 0
        state["last_success_at"] = now_iso
        if poll.articles_new:
            state["last_new_article_at"] = now_iso
    state["interval"] = next_interval(state.get("interval"), poll, cadence, state["consecutive_failures"])
    return state


def poll_update(config, source, poll: Poll, now_iso: str):
    """What ``Store.record_poll`` applies for ``poll`` of ``source`` (a ``Source``) under ``config``: the
    health row after the poll, and the source-health alerts it causes (``SourceAlertPolicy``)."""
    from uhcwatch.crawler.alerts.rules import SOURCE_EVENTS, SourceAlertPolicy

    cadence = Cadence(source.interval(config.schedule), *source.bounds(config.schedule))
    policy = SourceAlertPolicy(tuple(e for e in config.alerts.events if e in SOURCE_EVENTS),
                               config.alerts.down_after, config.alerts.quiet_after)

    def update(before: dict | None) -> tuple[dict, list]:
        return policy(after_poll(before, source.name, poll, now_iso, cadence), now_iso, source.start_urls)

    return update


def poll_of_run(run: dict) -> Poll | None:
    """The poll a finished crawl run (a ``crawl_runs`` row or ``SourceResult`` fields) amounts to; None for a
    run that was interrupted or found its source busy, which says nothing about the source."""
    if run.get("status") not in ("ok", "failed"):
        return None
    return Poll(run["status"], run.get("articles_new") or 0, run.get("error_detail") or "", crawled=True)


def record(store, config, source, poll: Poll, now=None) -> tuple[dict, list[int]]:
    """Fold ``poll`` into the store (``Store.record_poll``): the source's new health row and the alerts queued."""
    from datetime import datetime, timezone

    from uhcwatch.storage.store import utc_iso

    now = now or datetime.now(timezone.utc)
    return store.record_poll(source.name, poll_update(config, source, poll, utc_iso(now)), now)
