"""`uhcwatch regions` and `uhcwatch export`: the pure formatters, and the commands in a subprocess.

Exports are read back the way a consumer would: CSV with the csv module, JSON
with json, and GeoJSON checked against RFC 7946 by code (``check_rfc7946``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from uhcwatch.crawler import export
from uhcwatch.crawler.ui import views
from uhcwatch.storage.schema import EXPORT_FIELDS, GAZETTEER_FIELDS
from geojson_check import check_rfc7946
from sample_db import EXPORT_ANNOUNCEMENTS, EXPORT_REGIONS, LATEST, REMBANG, build_sample_db

ROOT = Path(__file__).resolve().parents[2]
WITH_POINTS = {code for code in LATEST if code != "Indonesia"}  # the nasional row has no coordinates


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_sample_db(tmp_path_factory.mktemp("views") / "uhcwatch.db")


def uhcwatch(*args: str, cwd: Path, columns: int = 160) -> subprocess.CompletedProcess:
    """Run `python -m crawler.cli ARGS` with this checkout, no user config, a fixed terminal width."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UHCWATCH_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["COLUMNS"] = str(columns)
    return subprocess.run([sys.executable, "-m", "uhcwatch", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


# --- pure functions ---------------------------------------------------------------

ANNOUNCEMENTS, REGIONS = EXPORT_ANNOUNCEMENTS, EXPORT_REGIONS


def test_site_names_the_host():
    assert views.site("https://www.demakkab.go.id/berita/uhc") == "demakkab.go.id"
    assert views.site(None) == ""


def render(table) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(table)
    return console.file.getvalue()


def test_regions_table_shows_the_figures():
    text = render(views.regions_table(export.export_rows(ANNOUNCEMENTS, REGIONS)))
    assert "2 regions, 2 at UHC" in text
    line = next(l for l in text.splitlines() if "Kabupaten Demak" in l)
    for cell in ("Jawa Tengah", "95.94%", "1,169,409", "2023-05-01", "demakkab.go.id"):
        assert cell in line


def test_missing_table_groups_by_province():
    regions = [
        {"code": "35.78", "name": "Kota Surabaya", "province_code": "35", "province": "Jawa Timur"},
        {"code": "11", "name": "Provinsi Aceh", "province_code": "11", "province": "Aceh"},
        {"code": "11.01", "name": "Kabupaten Aceh Selatan", "province_code": "11", "province": "Aceh"},
    ]
    text = render(views.missing_table(regions, total=552))
    assert "Regions never reported: 3 of 552, in 2 provinces" in text
    lines = text.splitlines()
    aceh = next(i for i, l in enumerate(lines) if "Provinsi Aceh, Kabupaten Aceh Selatan" in l)
    jatim = next(i for i, l in enumerate(lines) if "Kota Surabaya" in l)
    assert aceh < jatim and "│       2 │" in lines[aceh]


# --- the commands ---------------------------------------------------------------

def test_regions_table_in_a_subprocess(db_path, tmp_path):
    result = uhcwatch("--db", str(db_path), "regions", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "6 regions, 4 at UHC" in out
    demak = next(l for l in out.splitlines() if "Kabupaten Demak" in l)
    for cell in ("Jawa Tengah", "95.94%", "1,169,409", "2023-05-01", "demakkab.go.id"):
        assert cell in demak
    assert "91.2" not in out  # Demak's older figure is history, not its latest
    assert "Indonesia" in out and "Kota Makassar" in out


def test_regions_json(db_path, tmp_path):
    result = uhcwatch("--db", str(db_path), "regions", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["region_code"] or r["region_name"]: r["coverage_pct"] for r in rows} == LATEST
    demak = next(r for r in rows if r["region_code"] == "33.21")
    assert demak["article_url"] == "https://demakkab.go.id/berita/uhc-demak"
    assert demak["participants"] == 1169409 and demak["as_of"] == "2023-05-01"


def test_regions_missing(db_path, tmp_path):
    result = uhcwatch("--db", str(db_path), "regions", "--missing", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Regions never reported: 547 of 552, in 38 provinces" in result.stdout
    assert "Kabupaten Demak" not in result.stdout and "Kabupaten Aceh Selatan" in result.stdout

    rows = json.loads(uhcwatch("--db", str(db_path), "regions", "--missing", "--json", cwd=tmp_path).stdout)
    codes = {r["code"] for r in rows}
    assert len(rows) == 547 and not codes & WITH_POINTS
    assert set(rows[0]) == set(GAZETTEER_FIELDS)


@pytest.mark.parametrize("everything, count", [(False, 6), (True, 7)])
def test_export_csv(db_path, tmp_path, everything, count):
    args = ["--db", str(db_path), "export", "--format", "csv"] + (["--all"] if everything else [])
    result = uhcwatch(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == count
    assert tuple(rows[0]) == EXPORT_FIELDS
    rembang = next(r for r in rows if r["region_code"] == "33.17")
    assert rembang["evidence"] == REMBANG.evidence and rembang["participants"] == ""
    demak = [float(r["coverage_pct"]) for r in rows if r["region_code"] == "33.21"]
    assert demak == ([91.2, 95.94] if everything else [95.94])


def test_export_json(db_path, tmp_path):
    result = uhcwatch("--db", str(db_path), "export", "--format", "json", cwd=tmp_path)
    rows = json.loads(result.stdout)
    assert {r["region_code"] or r["region_name"]: r["coverage_pct"] for r in rows} == LATEST
    assert all(tuple(r) == EXPORT_FIELDS for r in rows)


@pytest.mark.parametrize("everything, count", [(False, 5), (True, 6)])
def test_export_geojson(db_path, tmp_path, everything, count):
    out = tmp_path / "coverage.geojson"
    args = ["--db", str(db_path), "export", "--format", "geojson", "-o", str(out)] + (["--all"] if everything else [])
    result = uhcwatch(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "1 announcement(s) without coordinates left out of GeoJSON: Indonesia" in result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    check_rfc7946(doc)
    assert len(doc["features"]) == count
    demak = [f for f in doc["features"] if f["properties"]["region_code"] == "33.21"][-1]
    assert demak["geometry"]["coordinates"] == [110.638389, -6.891355]
    assert demak["properties"]["coverage_pct"] == 95.94


def test_missing_database_is_one_line_and_not_created(tmp_path):
    for args in (["regions"], ["export", "--format", "csv"]):
        result = uhcwatch("--db", str(tmp_path / "absent.db"), *args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "no database at" in result.stderr
        assert result.stdout == ""
    assert not (tmp_path / "absent.db").exists()


def test_unwritable_output_is_one_line(db_path, tmp_path):
    result = uhcwatch("--db", str(db_path), "export", "--format", "json", "-o", str(tmp_path / "no" / "x.json"),
                      cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("uhcwatch: cannot write")
    assert "Traceback" not in result.stderr


def test_the_sources_table_shows_health_and_an_interval_adaptive_polling_moved():
    from rich.console import Console

    from uhcwatch.crawler.ui.views import short_duration, sources_table

    rows = [{"name": "warta", "every": 3600.0, "start_urls": ["https://warta.example/feed/"], "last_run": None,
             "health": {"last_success": "2026-12-05T10:00:00Z", "last_new_article": None, "consecutive_failures": 2,
                        "last_error": "TimeoutError ×2", "last_poll": "2026-12-05T12:00:00Z",
                        "last_outcome": "failed", "polls": 9, "interval": 7200.0}},
            {"name": "baru", "every": 1800.0, "start_urls": ["https://baru.example/"], "last_run": None,
             "health": None}]
    console = Console(width=250, record=True)
    console.print(sources_table(rows))
    text = console.export_text()
    assert "1h (now 2h)" in text and "2x: TimeoutError ×2" in text and "2026-12-05T12:00:00Z" in text
    assert "30m " in text and "never" in text
    assert [short_duration(s) for s in (5400, 90, 30, 86400 * 2)] == ["1.5h", "1.5m", "30s", "2d"]
