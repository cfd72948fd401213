"""The shipped region outlines (crawler/data/boundaries.geojson, built by scripts/build_boundaries.py).

The file has exactly the gazetteer's regions: 38 provinces and 514 kabupaten/kota (416 + 98), from
cahyadsn/wilayah_boundaries (Kepmendagri 2025 codes, the six Papua provinces 91-96 included).
"""

from __future__ import annotations

import csv
import json
import math
from collections import Counter
from importlib import resources

import pytest

LON_RANGE = (94.0, 142.0)
LAT_RANGE = (-11.5, 6.5)


@pytest.fixture(scope="module")
def doc() -> dict:
    resource = resources.files("uhcwatch.crawler") / "data" / "boundaries.geojson"
    return json.loads(resource.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regions() -> dict[str, dict[str, str]]:
    text = (resources.files("uhcwatch.crawler.extraction") / "data" / "regions.csv").read_text(encoding="utf-8")
    return {row["code"]: row for row in csv.DictReader(text.splitlines())}


@pytest.fixture(scope="module")
def by_code(doc) -> dict[str, dict]:
    return {f["properties"]["code"]: f for f in doc["features"]}


def polygons(geometry: dict) -> list:
    assert geometry["type"] in ("Polygon", "MultiPolygon")
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def signed_area(ring: list) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def centroid(geometry: dict) -> tuple[float, float]:
    """Area-weighted (lon, lat) of all rings (holes count negatively: they wind the other way)."""
    a = cx = cy = 0.0
    for poly in polygons(geometry):
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                c = x1 * y2 - x2 * y1
                a, cx, cy = a + c, cx + (x1 + x2) * c, cy + (y1 + y2) * c
    return cx / (3 * a), cy / (3 * a)


def test_feature_collection(doc):
    assert doc["type"] == "FeatureCollection" and "crs" not in doc  # RFC 7946: WGS 84 implied
    for f in doc["features"]:
        assert f["type"] == "Feature" and set(f) == {"type", "properties", "geometry"}
        assert set(f["properties"]) == {"code", "level", "name", "province_code"}


def test_counts(doc):
    levels = Counter(f["properties"]["level"] for f in doc["features"])
    assert levels == {"provinsi": 38, "kabupaten": 416, "kota": 98}
    assert levels["kabupaten"] + levels["kota"] >= 500


def test_same_codes_as_gazetteer(doc, regions):
    codes = [f["properties"]["code"] for f in doc["features"]]
    assert codes == sorted(regions)  # one each, sorted: a province first, its kota drawn last
    for f in doc["features"]:
        props, row = f["properties"], regions[f["properties"]["code"]]
        assert (props["level"], props["name"], props["province_code"]) == (
            row["level"], row["name"], row["province_code"])


def test_rings_closed_and_in_indonesia(doc):
    for f in doc["features"]:
        code = f["properties"]["code"]
        for poly in polygons(f["geometry"]):
            assert poly, code
            for i, ring in enumerate(poly):
                assert len(ring) >= 4 and ring[0] == ring[-1], code
                assert len({tuple(p) for p in ring}) >= 3, code
                for position in ring:
                    assert len(position) == 2 and all(isinstance(v, float) and math.isfinite(v) for v in position)
                    lon, lat = position  # swapped axes would fail here
                    assert LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1], (code, position)
                # RFC 7946 right-hand rule: exterior counter-clockwise, holes clockwise
                assert (signed_area(ring) > 0) == (i == 0), (code, i)


def test_every_seat_within_its_region_box(doc, regions):
    """Each region's seat of government (the gazetteer's point) lies in or near its outline."""
    margin = 0.15  # degrees: Kepulauan Seribu's seat is on an islet too small to ship
    for f in doc["features"]:
        row = regions[f["properties"]["code"]]
        xs = [p[0] for poly in polygons(f["geometry"]) for ring in poly for p in ring]
        ys = [p[1] for poly in polygons(f["geometry"]) for ring in poly for p in ring]
        lon, lat = float(row["longitude"]), float(row["latitude"])
        assert min(xs) - margin <= lon <= max(xs) + margin and min(ys) - margin <= lat <= max(ys) + margin, row["code"]


@pytest.mark.parametrize("code", [
    "33.21",  # Kabupaten Demak
    "34.71",  # Kota Yogyakarta
    "35.78",  # Kota Surabaya
    "31.74",  # Kota Administrasi Jakarta Selatan
    "51.71",  # Kota Denpasar
    "61.71",  # Kota Pontianak
    "73.71",  # Kota Makassar
    "94.01",  # Kabupaten Nabire (Papua Tengah)
    "34",  # Daerah Istimewa Yogyakarta
    "51",  # Bali
])
def test_centroid_near_seat(by_code, regions, code):
    lon, lat = centroid(by_code[code]["geometry"])
    row = regions[code]
    assert math.hypot(lon - float(row["longitude"]), lat - float(row["latitude"])) < 1.0, (code, lon, lat)
