"""The Python API under the CLI: its documented example runs, and the package exposes it."""

from __future__ import annotations

import doctest

import pytest

import uhcwatch
from uhcwatch.crawler import api
from uhcwatch.crawler.errors import DatabaseError, UhcwatchError
from uhcwatch.crawler.database import open_store
from uhcwatch.crawler.models import Announcement, Article


def test_the_documented_example_runs():
    result = doctest.testmod(api, verbose=False)
    assert result.attempted >= 1 and result.failed == 0


def test_the_package_exposes_the_api_lazily():
    (a,) = uhcwatch.extract("Cakupan JKN Kabupaten Demak mencapai 95,94 persen.")
    assert a.region_code == "33.21" and uhcwatch.UhcwatchError is UhcwatchError
    assert "extract" in dir(uhcwatch)
    with pytest.raises(AttributeError):
        uhcwatch.no_such_thing  # noqa: B018


def test_reading_a_missing_database_is_a_database_error(tmp_path):
    with pytest.raises(DatabaseError, match="no database at"):
        api.latest(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_extract_inputs_reports_an_unreadable_input_and_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Cakupan JKN Kabupaten Demak mencapai 95,94 persen.", encoding="utf-8")
    lines = list(api.extract_inputs([str(tmp_path / "missing.txt"), str(good)]))
    assert lines[0] == {"source": str(tmp_path / "missing.txt"), "error": "no such file"}
    assert lines[1]["announcements"][0]["coverage_pct"] == 95.94


def test_the_demo_database_is_shown_before_any_real_one(tmp_path, monkeypatch):
    monkeypatch.delenv("UHCWATCH_DB", raising=False)
    config = api.load_config(None).__class__(None, database=str(tmp_path / "uhcwatch.db"))
    assert api.reading_database(config) == (tmp_path / "uhcwatch.db", None)
    (tmp_path / "demo.db").write_bytes(b"")
    path, note = api.reading_database(config)
    assert path == tmp_path / "demo.db" and "showing the demo's" in note


def test_an_empty_real_database_still_shows_the_demo(tmp_path, monkeypatch):
    """README command 1 ends with `uhcwatch run`: offline, that leaves an empty real database beside the demo's."""
    monkeypatch.delenv("UHCWATCH_DB", raising=False)
    config = api.load_config(None).__class__(None, database=str(tmp_path / "uhcwatch.db"))
    demo = tmp_path / "demo.db"
    store_demak(demo)
    open_store(tmp_path / "uhcwatch.db", create=True).close()  # what an offline `uhcwatch run` leaves
    path, note = api.reading_database(config)
    assert path == demo and "nothing found yet at" in note
    store_demak(tmp_path / "uhcwatch.db")  # the first real figure: the real database is shown from now on
    assert api.reading_database(config) == (tmp_path / "uhcwatch.db", None)
    assert api.reading_database(config, demo) == (demo, None)  # --db is always what it says


def store_demak(db):
    with open_store(db, create=True) as store:
        store.store_article(Article("https://demakkab.go.id/1", "Demak", announcements=[
            Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", coverage_pct=95.94)]))
