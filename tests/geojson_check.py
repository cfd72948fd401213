"""RFC 7946 checked by code: what the export tests read GeoJSON back with."""

from __future__ import annotations

import math


def check_rfc7946(doc: dict) -> None:
    """Fail unless ``doc`` is an RFC 7946 FeatureCollection of Point features inside Indonesia."""
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc  # RFC 7946 section 4: no crs member; WGS 84 is implied
    assert isinstance(doc["features"], list)
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert set(feature) <= {"type", "id", "geometry", "properties", "bbox"}
        if "id" in feature:  # section 3.2: a string or a number
            assert isinstance(feature["id"], (str, int, float)) and not isinstance(feature["id"], bool)
        assert feature["properties"] is None or isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        position = geometry["coordinates"]  # section 3.1.1: [longitude, latitude(, altitude)]
        assert isinstance(position, list) and len(position) in (2, 3)
        assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in position)
        longitude, latitude = position[:2]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
        # Indonesia lies within 94..142 E and 11 S..7 N: swapped axes would fail here.
        assert 94 <= longitude <= 142 and -12 <= latitude <= 7, position
