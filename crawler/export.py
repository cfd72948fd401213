"""Exports: the stored figures as CSV, JSON or GeoJSON, for other tools (pure functions over rows).

Every format carries the same fields (``schema.EXPORT_FIELDS``): the announcement, its article,
and the gazetteer's coordinates of the region's seat of government. GeoJSON leaves out rows
without coordinates: the nasional "Indonesia" figure is not a point on a map, and many GeoJSON
consumers mishandle features with a null geometry; ``api.export`` reports how many it left out,
so nothing disappears silently.
"""

from __future__ import annotations

import csv
import io
import json

from uhcwatch.storage.schema import EXPORT_FIELDS, GAZETTEER_FIELDS

FORMATS = ("csv", "json", "geojson")


# --- rows --------------------------------------------------------------------

def export_rows(announcements: list[dict], regions: list[dict]) -> list[dict]:
    """Announcements cut to ``EXPORT_FIELDS``, with their region's coordinates from the gazetteer rows."""
    places = {r["code"]: r for r in regions}
    rows = []
    for a in announcements:
        place = places.get(a.get("region_code")) or {}
        row = {**a, "latitude": place.get("latitude"), "longitude": place.get("longitude")}
        rows.append({field: row.get(field) for field in EXPORT_FIELDS})
    return rows


def region_rows(regions: list[dict]) -> list[dict]:
    """Gazetteer rows cut to ``GAZETTEER_FIELDS``."""
    return [{field: r.get(field) for field in GAZETTEER_FIELDS} for r in regions]


def has_point(row: dict) -> bool:
    return row.get("latitude") is not None and row.get("longitude") is not None


# --- export formats ----------------------------------------------------------

def to_csv(rows: list[dict], fields: tuple[str, ...] = EXPORT_FIELDS) -> str:
    """CSV with a header row; fields with commas, quotes or line breaks are quoted (RFC 4180)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_json(rows: list[dict]) -> str:
    """A JSON array of objects, one per row, UTF-8 kept readable ("Kabupaten Demak", not escapes)."""
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def geojson(rows: list[dict], shapes: dict[str, dict] | None = None) -> dict:
    """An RFC 7946 FeatureCollection: one Point per row with coordinates, [longitude, latitude] (WGS 84), or
    with ``shapes`` (region code -> geometry, ``boundaries.region_shapes``) the region's outline.

    The figures are the feature's properties (coordinates only in the
    geometry); the announcement id is the feature id. Rows without
    coordinates (or without an outline) are left out (see the module docstring).
    """
    features = []
    for row in rows:
        if shapes is not None:
            geometry = shapes.get(row.get("region_code") or "")
        else:
            geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]} if has_point(row) else None
        if geometry is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "id": row.get("id"), "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def to_geojson(rows: list[dict], shapes: dict[str, dict] | None = None) -> str:
    # Outlines hold thousands of positions: one line per feature keeps a file of shapes small and diffable.
    if shapes is not None:
        collection = geojson(rows, shapes)
        lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"])
        return '{"type":"FeatureCollection","features":[\n' + lines + "\n]}\n"
    return json.dumps(geojson(rows), ensure_ascii=False, indent=2) + "\n"


def render_export(rows: list[dict], fmt: str, shapes: dict[str, dict] | None = None) -> str:
    """The rows as text in one of ``FORMATS``; ``shapes`` (GeoJSON only): outlines instead of points."""
    if fmt == "geojson":
        return to_geojson(rows, shapes)
    return {"csv": to_csv, "json": to_json}[fmt](rows)
