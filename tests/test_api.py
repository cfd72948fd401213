"""The Python API under the CLI: its documented example runs, and the package exposes it."""

from __future__ import annotations

import doctest

import pytest

import uhcwatch
from uhcwatch.crawler import api
from uhcwatch.crawler.errors import DatabaseError, UhcwatchError


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
