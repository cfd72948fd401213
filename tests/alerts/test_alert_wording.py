"""How alerts read (pure)."""

from __future__ import annotations

import pytest
from alert_helpers import demak, row

from uhcwatch.crawler.alerts.wording import format_alert
from uhcwatch.crawler.figures import format_as_of
from uhcwatch.crawler.models import Announcement


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
