"""Which alerts a new announcement causes (pure rules)."""

from __future__ import annotations

import pytest
from alert_helpers import demak, row

from uhcwatch.crawler.alerts.rules import alert_events


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


def test_alerts_of_unsure_announcements_are_held():
    from uhcwatch.crawler.alerts.rules import AlertPolicy

    new = {**row(demak(), published="2026-11-20", found_at="2026-11-23T12:00:00Z")}
    sure, unsure = {**new, "confidence": 0.95}, {**new, "confidence": 0.4}
    policy = AlertPolicy(min_confidence=0.5)
    assert [held for *_, held in policy(None, sure, {"url": "https://a/1"})] == [False]
    assert [held for *_, held in policy(None, unsure, {"url": "https://a/1"})] == [True]
