"""The outlines of Indonesia's provinces and kabupaten/kota, shipped in the package (``data/boundaries.geojson``).

Built by ``scripts/build_boundaries.py`` from cahyadsn/wilayah_boundaries (MIT, see ``data/NOTICE``), simplified
to about 2 MB, keyed by the gazetteer's Kemendagri codes. The dashboard draws them in the browser; ``uhcwatch
export --format geojson --shapes`` gives each region its outline instead of its seat's point.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def region_shapes() -> dict[str, dict]:
    """Region code ("33.21", "33") -> its GeoJSON geometry (a Polygon or MultiPolygon, [longitude, latitude])."""
    text = resources.files("uhcwatch.crawler").joinpath("data/boundaries.geojson").read_text(encoding="utf-8")
    return {f["properties"]["code"]: f["geometry"] for f in json.loads(text)["features"]}
