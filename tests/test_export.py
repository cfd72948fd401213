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
