"""Adaptive polling and source health (crawler/polling.py): pure rules over a source's health row."""

from __future__ import annotations

import pytest

from uhcwatch.crawler.config import parse_config
from uhcwatch.crawler.polling import ADAPT, Cadence, Poll, after_poll, next_interval, poll_of_run, poll_update

CADENCE = Cadence(every=3600, shortest=900, longest=21600)


@pytest.mark.parametrize("poll, current, expected", [
    (Poll("unchanged"), 3600, 3600 * ADAPT["nothing_new"]),  # quiet: later
    (Poll("ok", articles_new=0, crawled=True), 3600, 3600 * ADAPT["nothing_new"]),
    (Poll("ok", articles_new=3, crawled=True), 3600, 3600 * ADAPT["new_articles"]),  # publishing: sooner
    (Poll("unchanged"), None, 3600 * ADAPT["nothing_new"]),  # the first poll starts from `every`
    (Poll("unchanged"), 20000, 21600),  # never past the longest bound
    (Poll("ok", articles_new=1), 1000, 900),  # nor below the shortest
])
def test_the_interval_follows_what_the_source_publishes(poll, current, expected):
    assert next_interval(current, poll, CADENCE) == pytest.approx(expected)


def test_failures_back_off_from_every_up_to_the_longest_bound():
    failed = Poll("failed", error="TimeoutError ×2")
    assert [next_interval(900, failed, CADENCE, failures=n) for n in (1, 2, 3, 4, 5)] == \
        [3600, 7200, 14400, 21600, 21600]


def test_a_pinned_interval_never_moves():
    pinned = Cadence(every=5, shortest=5, longest=5)
    assert {next_interval(5, p, pinned, f) for p, f in ((Poll("unchanged"), 0), (Poll("ok", 4), 0),
                                                        (Poll("failed"), 3))} == {5}


def test_the_health_row_counts_polls_failures_and_new_articles():
    state = after_poll(None, "demak", Poll("failed", error="DNSLookupError ×2", crawled=True),
                       "2026-12-01T00:00:00Z", CADENCE)
    assert (state["polls"], state["consecutive_failures"], state["last_error"], state["last_success_at"]) == \
        (1, 1, "DNSLookupError ×2", None)
    assert state["first_poll_at"] == state["last_crawl_at"] == "2026-12-01T00:00:00Z"
    state = after_poll(state, "demak", Poll("failed", error="TimeoutError ×2"), "2026-12-01T01:00:00Z", CADENCE)
    assert state["consecutive_failures"] == 2 and state["interval"] == 7200
    state = after_poll(state, "demak", Poll("ok", articles_new=2, crawled=True), "2026-12-01T03:00:00Z", CADENCE)
    assert (state["consecutive_failures"], state["last_success_at"], state["last_new_article_at"]) == \
        (0, "2026-12-01T03:00:00Z", "2026-12-01T03:00:00Z")
    state = after_poll(state, "demak", Poll("unchanged"), "2026-12-01T04:00:00Z", CADENCE)
    assert state["last_new_article_at"] == "2026-12-01T03:00:00Z" and state["last_crawl_at"] == "2026-12-01T03:00:00Z"
    assert state["polls"] == 4 and state["last_outcome"] == "unchanged"


@pytest.mark.parametrize("run, expected", [
    ({"status": "ok", "articles_new": 2}, Poll("ok", 2, "", crawled=True)),
    ({"status": "failed", "articles_new": 0, "error_detail": "TimeoutError ×2"},
     Poll("failed", 0, "TimeoutError ×2", crawled=True)),
    ({"status": "interrupted"}, None),  # says nothing about the source
    ({"status": "busy"}, None),
])
def test_a_crawl_run_is_a_poll(run, expected):
    assert poll_of_run(run) == expected


def config(**alerts):
    return parse_config({"schedule": {"every": "1h", "min_every": "15m", "max_every": "6h"},
                         "alerts": alerts,
                         "sources": [{"name": "demak", "start_urls": ["https://demak.example/"]}]}, None)


def run_polls(cfg, polls):
    source, state, sent = cfg.sources[0], None, []
    for i, poll in enumerate(polls):
        state, drafts = poll_update(cfg, source, poll, f"2026-12-{1 + i:02d}T00:00:00Z")(state)
        sent += [(i, event) for event, _, _ in drafts]
    return state, sent


def test_source_down_is_sent_once_per_episode_and_its_end_noted():
    cfg = config(events=["new_region", "source_down"], down_after=2)
    down = Poll("failed", error="DownloadConnectionRefusedError ×2", crawled=True)
    state, sent = run_polls(cfg, [down, down, down, down, Poll("unchanged"), down, down])
    assert sent == [(1, "source_down"), (4, "source_up"), (6, "source_down")]
    assert state["down_alerted"] == 1


def test_source_events_are_off_unless_listed():
    down = Poll("failed", error="TimeoutError", crawled=True)
    assert run_polls(config(down_after=1), [down, down, Poll("unchanged")])[1] == []


def test_a_source_quiet_for_days_alerts_once_and_again_when_it_publishes():
    cfg = config(events=["source_quiet"], quiet_after="3d")
    nothing = Poll("unchanged")
    state, sent = run_polls(cfg, [Poll("ok", 1, crawled=True), nothing, nothing, nothing, nothing,
                                  Poll("ok", 2, crawled=True), nothing])
    assert sent == [(3, "source_quiet"), (5, "source_active")]


def test_a_source_alert_reads_as_a_sentence():
    cfg = config(events=["source_down"], down_after=1)
    state, drafts = poll_update(cfg, cfg.sources[0], Poll("failed", error="TimeoutError ×2", crawled=True),
                                "2026-12-01T00:00:00Z")(None)
    [(event, title, message)] = drafts
    assert title == "demak is down: 1 polls failed in a row (TimeoutError ×2)"
    assert "Last success: never" in message and "Start URL: https://demak.example/" in message


@pytest.mark.parametrize("schedule, source, bounds", [
    ({"every": "1h"}, {}, (900, 21600)),  # the defaults
    ({"every": "1h", "min_every": "1h", "max_every": "1h"}, {}, (3600, 3600)),  # pinned
    ({"every": "1h"}, {"every": "5m"}, (300, 21600)),  # a source's own every widens the bounds
    ({"every": "1h"}, {"min_every": "30m", "max_every": "2h"}, (1800, 7200)),
])
def test_a_sources_bounds_come_from_the_schedule_or_its_own(schedule, source, bounds):
    cfg = parse_config({"schedule": schedule,
                        "sources": [{"name": "a", "start_urls": ["https://a.example/"], **source}]}, None)
    assert cfg.sources[0].bounds(cfg.schedule) == bounds


@pytest.mark.parametrize("data, message", [
    ({"schedule": {"min_every": "2h", "max_every": "1h"}},
     r"schedule.min_every: 7200s is longer than schedule.max_every \(3600s\)"),
    ({"schedule": {"max_every": "10m"}}, r"schedule.min_every: 900s \(the default\) is longer than"),
    ({"sources": [{"name": "a", "start_urls": ["https://a.example/"], "min_every": "2h", "max_every": "1h"}]},
     "sources.a.min_every: longer than sources.a.max_every"),
    ({"alerts": {"events": ["source_gone"]}}, "unknown event 'source_gone'"),
    ({"alerts": {"down_after": 0}}, "alerts.down_after: must be at least 1"),
])
def test_polling_settings_are_checked(data, message):
    from uhcwatch.crawler.errors import ConfigError

    with pytest.raises(ConfigError, match=message):
        parse_config(data, None)


def test_a_bound_in_error_is_reported_once():
    from uhcwatch.crawler.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_config({"schedule": {"min_every": "abc", "max_every": "1m"}}, None)
    assert str(caught.value).count("min_every") == 1
