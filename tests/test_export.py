"""Exports (pure): rows with coordinates, CSV, JSON and GeoJSON read back the way a consumer would."""

from __future__ import annotations

import csv
import io

from geojson_check import check_rfc7946
from sample_db import EXPORT_ANNOUNCEMENTS, EXPORT_REGIONS, REMBANG

from uhcwatch.crawler import export
from uhcwatch.storage.schema import EXPORT_FIELDS

ANNOUNCEMENTS, REGIONS = EXPORT_ANNOUNCEMENTS, EXPORT_REGIONS


def test_export_rows_add_coordinates_and_keep_public_fields():
    rows = export.export_rows(ANNOUNCEMENTS, REGIONS)
    assert [tuple(r) for r in rows] == [EXPORT_FIELDS] * 2
    assert (rows[0]["latitude"], rows[0]["longitude"]) == (-6.891355, 110.638389)
    assert rows[1]["latitude"] is None and "fingerprint" not in rows[0]


def test_geojson_points_are_longitude_latitude_and_leave_out_unlocated_rows():
    doc = export.geojson(export.export_rows(ANNOUNCEMENTS, REGIONS))
    check_rfc7946(doc)
    (feature,) = doc["features"]
    assert feature["geometry"]["coordinates"] == [110.638389, -6.891355]
    assert feature["id"] == 2
    assert feature["properties"]["coverage_pct"] == 95.94
    assert "latitude" not in feature["properties"]


def test_csv_round_trip_keeps_awkward_text():
    rows = export.export_rows([{**ANNOUNCEMENTS[0], "evidence": REMBANG.evidence}], REGIONS)
    (back,) = csv.DictReader(io.StringIO(export.to_csv(rows)))
    assert back["evidence"] == REMBANG.evidence  # comma, quotes and line break survive
    assert back["coverage_pct"] == "95.94" and back["population"] == ""


def test_geojson_with_shapes_gives_each_region_its_outline_and_leaves_out_the_rest():
    import json

    from uhcwatch.crawler.boundaries import region_shapes

    rows = export.export_rows(EXPORT_ANNOUNCEMENTS, EXPORT_REGIONS)
    text = export.render_export(rows, "geojson", region_shapes())
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection"
    coded = [r for r in rows if (r["region_code"] or "") in region_shapes()]
    assert len(doc["features"]) == len(coded) >= 1
    for feature, row in zip(doc["features"], coded):
        assert feature["geometry"] == region_shapes()[row["region_code"]]
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert feature["properties"]["region_name"] == row["region_name"] and "latitude" not in feature["properties"]
        polygons = feature["geometry"]["coordinates"]
        polygons = [polygons] if feature["geometry"]["type"] == "Polygon" else polygons
        for ring in (r for p in polygons for r in p):
            assert ring[0] == ring[-1] and len(ring) >= 4
            assert all(94 <= lon <= 142 and -11.5 <= lat <= 6.5 for lon, lat in ring)  # [longitude, latitude]


def test_export_shapes_from_the_command_line(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from sample_db import build_sample_db

    db = build_sample_db(tmp_path / "s.db")
    run = lambda *a: subprocess.run([sys.executable, "-m", "uhcwatch", "export", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=60, env={**os.environ, "UHCWATCH_CONFIG": ""})
    done = run("--format", "geojson", "--shapes", "-o", str(tmp_path / "r.geojson"))
    assert done.returncode == 0, done.stderr
    doc = json.loads((tmp_path / "r.geojson").read_text())
    assert {f["geometry"]["type"] for f in doc["features"]} <= {"Polygon", "MultiPolygon"} and doc["features"]
    assert "without an outline left out of GeoJSON: Indonesia" in done.stderr
    wrong = run("--format", "csv", "--shapes")
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and "--format geojson" in wrong.stderr
