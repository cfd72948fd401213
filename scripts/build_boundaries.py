"""Build crawler/data/boundaries.geojson from cahyadsn/wilayah_boundaries (MIT): region outlines.

Usage::

    # a copy of https://github.com/cahyadsn/wilayah_boundaries: a checkout, a bare/mirror git
    # directory (read with `git show`, no work tree needed) or the .sql files themselves
    git clone --depth 1 https://github.com/cahyadsn/wilayah_boundaries /tmp/wb
    python3 scripts/build_boundaries.py /tmp/wb
    python3 scripts/build_boundaries.py /tmp/wb/db/prov/*.sql /tmp/wb/db/kab/*.sql -o /tmp/b.geojson

Input: ``db/prov/wilayah_boundaries_prov_*.sql`` (38 provinces) and ``db/kab/wilayah_boundaries_kab_*.sql``
(514 kabupaten/kota), MySQL ``INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
('33.21','Kabupaten Demak',lat,lng,'<json>')`` rows, where ``path`` is a JSON polygon (list of rings)
or multipolygon (list of polygons) with positions in **[latitude, longitude]** order. The kecamatan
and desa folders are not read.

Output: one RFC 7946 FeatureCollection, a feature per province and per kabupaten/kota, sorted by
code (a province right before its kabupaten/kota), one feature per line::

    {"type":"Feature","properties":{"code":"33.21","level":"kabupaten","name":"Kabupaten Demak",
     "province_code":"33"},"geometry":{"type":"Polygon"|"MultiPolygon","coordinates":[[[lon,lat],...]]}}

Codes, levels and names come from the gazetteer (crawler/extraction/data/regions.csv); the script
fails unless the boundary data has exactly the gazetteer's 552 codes. Geometry is made small enough
to ship (a choropleth of the country or a province, not a cadastral map):

* polygons (islands) and holes whose area is below ``--min-area`` square degrees are dropped, but a
  region always keeps its largest polygon;
* rings are simplified with Douglas-Peucker (``--tolerance`` degrees), topology-aware: rings are cut
  at the points where neighbouring regions' borders meet and every shared stretch of border is
  simplified once, so neighbours keep the same line (simplifying opens no gaps or slivers between
  them); an arc that would make a ring cross itself or collapse is simplified less. Provinces and
  kabupaten/kota are separate source layers: a province outline is not the union of its kabupaten;
* positions are rounded to ``--decimals`` places (4 = about 11 m); exterior rings are made
  counter-clockwise and holes clockwise (RFC 7946 right-hand rule), every ring closed, >= 4 positions.
  Leaflet and MapLibre ignore winding; d3-geo (and so Vega's geoshape) wants the opposite order on the
  sphere, so reverse the rings there (or draw with a planar projection such as geoIdentity).

The source outlines are already simplified (median segment about 250 m), so most of the saving comes
from dropping islets: 38,871 polygons in, 5,692 out.

The generated file is committed: nothing is downloaded at run time. The asserts make the script fail
loudly if a new data release changes codes, counts or places.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "crawler" / "data" / "boundaries.geojson"
DEFAULT_REGIONS = ROOT / "crawler" / "extraction" / "data" / "regions.csv"

TOLERANCE = 0.002  # degrees, about 220 m
MIN_AREA = 2e-5  # square degrees, about 0.25 km2
DECIMALS = 4

LON_RANGE = (94.0, 142.0)
LAT_RANGE = (-11.5, 6.5)
MAX_SIZE = 3_000_000  # bytes of the written file
# A region's seat of government (regions.csv) lies inside its outline, but for a few: the farthest
# is Kepulauan Seribu's (Pulau Pramuka, an island below MIN_AREA, 10.7 km from the islands kept).
MAX_SEAT_KM = 15.0
MAX_SEATS_OUTSIDE = 10
# Outlines that cross themselves in the source data already (Kabupaten Sorong: a stretch of the
# 2026-05 update doubles back over itself); any other self-crossing polygon fails the build.
KNOWN_SELF_CROSSING = {"96.01"}

# One row of the INSERT statements: ('kode','nama',lat,lng,'path'), then "," or ";".
_STR = r"'((?:[^'\\]|\\.|'')*)'"
_NUM = r"(-?[0-9.]+(?:[eE][-+]?[0-9]+)?|NULL)"
ROW = re.compile(rf"^\s*\({_STR},\s*{_STR},\s*{_NUM},\s*{_NUM},\s*{_STR}\)\s*[,;]\s*$")
SQL_NAME = re.compile(r"(?:^|/)db/(?:prov|kab)/wilayah_boundaries_(?:prov|kab)_\d+\.sql$")

Point = tuple[float, float]  # (lon, lat)
Ring = list[Point]  # closed: first == last
Polygon = list[Ring]  # exterior, then holes


# -- reading ---------------------------------------------------------------------------------------


def read_sources(paths: list[Path]) -> dict[str, str]:
    """{name: SQL text} of the province and kabupaten/kota files under ``paths``."""
    texts: dict[str, str] = {}
    for path in paths:
        if path.is_file():
            texts[str(path)] = path.read_text(encoding="utf-8")
        elif (path / "db").is_dir():  # a checkout
            for sql in sorted([*(path / "db" / "prov").glob("*.sql"), *(path / "db" / "kab").glob("*.sql")]):
                texts[str(sql)] = sql.read_text(encoding="utf-8")
        elif (path / "objects").is_dir() and (path / "HEAD").is_file():  # a bare or mirror git directory
            git = ["git", "--git-dir", str(path)]
            names = subprocess.run([*git, "ls-tree", "-r", "--name-only", "HEAD", "db/prov", "db/kab"],
                                   check=True, capture_output=True, text=True).stdout.split()
            for name in names:
                if SQL_NAME.search(name):
                    texts[name] = subprocess.run([*git, "show", f"HEAD:{name}"], check=True,
                                                 capture_output=True, text=True, encoding="utf-8").stdout
        else:
            raise SystemExit(f"not a wilayah_boundaries checkout, git directory or .sql file: {path}")
    texts = {name: text for name, text in texts.items() if SQL_NAME.search(name.replace("\\", "/"))}
    assert sum("/prov/" in n for n in texts) == 8 and sum("/kab/" in n for n in texts) == 38, sorted(texts)
    return texts


def parse_rows(texts: dict[str, str]) -> dict[str, tuple[str, list[Polygon]]]:
    """{kode: (nama, polygons)} with positions turned into (lon, lat)."""
    regions: dict[str, tuple[str, list[Polygon]]] = {}
    for name, text in texts.items():
        for line in text.splitlines():
            if not line.lstrip().startswith("('"):
                continue
            m = ROW.match(line)
            assert m, f"{name}: unreadable row {line[:120]!r}"
            kode, nama, path = m.group(1), m.group(2).replace("''", "'").replace("\\'", "'"), m.group(5)
            assert kode not in regions, f"{name}: {kode} twice"
            regions[kode] = (nama, _polygons(json.loads(path), kode))
    return regions


def _polygons(data: list, kode: str) -> list[Polygon]:
    depth, x = 0, data
    while isinstance(x, list):
        x, depth = x[0], depth + 1
    assert depth in (3, 4), f"{kode}: nesting depth {depth}"
    polygons = [data] if depth == 3 else data
    out: list[Polygon] = []
    for polygon in polygons:
        rings = []
        for ring in polygon:
            pts = _dedupe([(float(lng), float(lat)) for lat, lng in ring])  # source order is [lat, lng]
            if pts[0] != pts[-1]:
                pts.append(pts[0])
            rings.append(pts)
        if len(rings[0]) >= 4:
            out.append(rings)
    assert out, kode
    return out


def _name_key(name: str) -> str:
    """Letters only: "Kota Bau Bau" ~ "Kota Baubau", "Kabupaten Kep. Siau ..." ~ "Kabupaten Kepulauan Siau ..."."""
    return re.sub(r"[^a-z]", "", re.sub(r"\bkep\.", "kepulauan", name.lower()))


def read_gazetteer(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row for row in csv.DictReader(fh)}


# -- geometry --------------------------------------------------------------------------------------


def _dedupe(pts: list[Point]) -> list[Point]:
    out = [pts[0]]
    for p in pts[1:]:
        if p != out[-1]:
            out.append(p)
    return out


def ring_area(ring: Ring) -> float:
    """Signed area in square degrees (shoelace): > 0 counter-clockwise."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    d2 = dx * dx + dy * dy
    if d2 == 0.0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / d2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(pts: list[Point], tol: float) -> list[Point]:
    """Keep both ends; a closed arc (first == last) is cut at its point farthest from the start."""
    if len(pts) <= 2:
        return list(pts)
    if pts[0] == pts[-1]:
        far = max(range(1, len(pts) - 1), key=lambda i: math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]))
        return douglas_peucker(pts[: far + 1], tol)[:-1] + douglas_peucker(pts[far:], tol)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = _seg_dist(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if idx > 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(pts, keep) if k]


Arc = tuple[tuple[Point, ...], bool]  # (points in canonical direction, whether the ring runs that way)


class Simplifier:
    """Douglas-Peucker over shared borders: every arc between junctions is simplified once.

    A junction is a point whose neighbours along the ring differ between the rings that hold it
    (where two borders part), as in TopoJSON. Each ring is cut into arcs at its junctions, and an
    arc is simplified in one canonical direction, so the two regions on either side of a border get
    the very same line. An arc whose simplified form makes a ring cross itself or collapse gets a
    finer tolerance (``refine``), again for both sides at once.
    """

    def __init__(self, rings: list[Ring], tol: float):
        self.tol = tol
        self.tols: dict[tuple[Point, ...], float] = {}
        self.extra_decimals: dict[tuple[Point, ...], int] = {}
        self.cache: dict[tuple[Point, ...], list[Point]] = {}
        first_neighbours: dict[Point, frozenset[Point]] = {}
        self.junctions: set[Point] = set()
        for ring in rings:
            open_ring = ring[:-1]
            n = len(open_ring)
            for i, p in enumerate(open_ring):
                pair = frozenset((open_ring[i - 1], open_ring[(i + 1) % n]))
                if first_neighbours.setdefault(p, pair) != pair:
                    self.junctions.add(p)

    def arcs(self, ring: Ring) -> list[Arc]:
        open_ring = ring[:-1]
        cuts = [i for i, p in enumerate(open_ring) if p in self.junctions]
        if not cuts:  # an island, or a ring wholly inside/around one neighbour: start at its smallest point
            start = min(range(len(open_ring)), key=open_ring.__getitem__)
            cuts = [start]
        rotated = open_ring[cuts[0]:] + open_ring[: cuts[0]]
        bounds = [c - cuts[0] for c in cuts] + [len(rotated)]
        rotated.append(rotated[0])
        out = []
        for a, b in zip(bounds, bounds[1:]):
            arc = rotated[a : b + 1]
            rev = arc[::-1]
            out.append((tuple(arc), True) if arc <= rev else (tuple(rev), False))
        return out

    def simplified(self, key: tuple[Point, ...]) -> list[Point]:
        out = self.cache.get(key)
        if out is None:
            out = self.cache[key] = douglas_peucker(list(key), self.tols.get(key, self.tol))
        return out

    def refine(self, key: tuple[Point, ...]) -> bool:
        """Simplify this arc less from now on, then round it less; False when nothing is left to do."""
        tol = self.tols.get(key, self.tol)
        if tol > 0.0:
            self.tols[key] = tol / 4 if tol / 4 >= 1e-5 else 0.0
            self.cache.pop(key, None)
            return True
        if self.extra_decimals.get(key, 0) < 2:
            self.extra_decimals[key] = self.extra_decimals.get(key, 0) + 1
            return True
        return False

    def line(self, key: tuple[Point, ...], decimals: int) -> list[Point]:
        d = decimals + self.extra_decimals.get(key, 0)
        return [(round(x, d) + 0.0, round(y, d) + 0.0) for x, y in self.simplified(key)]  # + 0.0: no -0.0

    def ring(self, arcs: list[Arc], decimals: int) -> Ring:
        pts: list[Point] = []
        for key, forward in arcs:
            line = self.line(key, decimals)
            pts += line if forward else line[::-1]
        return _closed(pts)


def _closed(ring: list[Point]) -> Ring:
    """Without repeated points, and closed."""
    pts = _dedupe(ring)
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    return pts


def _usable(ring: Ring) -> bool:
    return len(ring) >= 4 and len(set(ring)) >= 3 and ring_area(ring) != 0.0


def _cross(p1: Point, p2: Point, p3: Point, p4: Point) -> bool:
    """Do the segments cross at a point inside both (not just touch)?"""
    def side(a: Point, b: Point, c: Point) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return side(p3, p4, p1) * side(p3, p4, p2) < 0 and side(p1, p2, p3) * side(p1, p2, p4) < 0


def crossing_points(polygon: Polygon, cell: float = 0.02) -> set[Point]:
    """End points of the segments that cross another segment of the polygon (its rings and holes)."""
    segments = [(r[i], r[i + 1]) for r in polygon for i in range(len(r) - 1)]
    grid: dict[tuple[int, int], list[int]] = {}
    for n, (a, b) in enumerate(segments):
        for gx in range(int(min(a[0], b[0]) // cell), int(max(a[0], b[0]) // cell) + 1):
            for gy in range(int(min(a[1], b[1]) // cell), int(max(a[1], b[1]) // cell) + 1):
                grid.setdefault((gx, gy), []).append(n)
    found: set[Point] = set()
    tested: set[tuple[int, int]] = set()
    for members in grid.values():
        for i, m in enumerate(members):
            for n in members[i + 1 :]:
                if (m, n) not in tested:
                    tested.add((m, n))
                    if _cross(*segments[m], *segments[n]):
                        found.update((*segments[m], *segments[n]))
    return found


def _oriented(ring: Ring, ccw: bool) -> Ring:
    return ring if (ring_area(ring) > 0) == ccw else ring[::-1]


def build_features(regions: dict[str, tuple[str, list[Polygon]]], gazetteer: dict[str, dict[str, str]],
                   tol: float, min_area: float, decimals: int) -> tuple[list[dict], dict[str, int], list[str]]:
    """The features, sorted by code; counts for the report; the codes still crossing themselves."""
    stats = {"vertices_in": 0, "vertices_kept_polygons": 0, "vertices_out": 0, "polygons_in": 0,
             "polygons_out": 0, "holes_in": 0, "holes_out": 0, "arcs": 0, "arcs_refined": 0}
    kept: dict[str, list[Polygon]] = {}
    for code, (_, polygons) in regions.items():
        stats["vertices_in"] += sum(len(r) for poly in polygons for r in poly)
        stats["polygons_in"] += len(polygons)
        stats["holes_in"] += sum(len(poly) - 1 for poly in polygons)
        ordered = sorted(polygons, key=lambda poly: -abs(ring_area(poly[0])))
        keep = [ordered[0]] + [poly for poly in ordered[1:] if abs(ring_area(poly[0])) >= min_area]
        kept[code] = [[poly[0]] + [h for h in poly[1:] if abs(ring_area(h)) >= min_area] for poly in keep]
        stats["vertices_kept_polygons"] += sum(len(r) for poly in kept[code] for r in poly)
    simplifier = Simplifier([r for polys in kept.values() for poly in polys for r in poly], tol)
    arcs = {code: [[simplifier.arcs(r) for r in poly] for poly in polys] for code, polys in kept.items()}
    stats["arcs"] = len({key for polys in arcs.values() for poly in polys for ring in poly for key, _ in ring})

    while True:  # simplify; give the arcs of collapsed or self-crossing rings a finer tolerance; again
        shapes: dict[str, list[Polygon]] = {}
        to_refine: set[tuple[Point, ...]] = set()
        crossing: set[str] = set()
        for code, polys in arcs.items():
            shapes[code] = []
            for i, poly in enumerate(polys):
                exterior = simplifier.ring(poly[0], decimals)
                if not _usable(exterior):
                    if i == 0:  # a region keeps its largest polygon
                        to_refine.update(key for key, _ in poly[0])
                    continue
                rings = [exterior]
                for hole_arcs in poly[1:]:
                    hole = simplifier.ring(hole_arcs, decimals)
                    if _usable(hole):
                        rings.append(hole)
                bad = crossing_points(rings)
                if bad:
                    crossing.add(code)
                    for ring_arcs in poly:
                        for key, _ in ring_arcs:
                            if any(p in bad for p in simplifier.line(key, decimals)):
                                to_refine.add(key)
                shapes[code].append(rings)
        if not [key for key in to_refine if simplifier.refine(key)]:
            break
    stats["arcs_refined"] = len(simplifier.tols.keys() | simplifier.extra_decimals.keys())
    assert crossing <= KNOWN_SELF_CROSSING, sorted(crossing)

    features = []
    for code in sorted(shapes):
        row = gazetteer[code]
        out_polys = [[_oriented(p[0], True)] + [_oriented(h, False) for h in p[1:]] for p in shapes[code]]
        assert out_polys, code
        stats["polygons_out"] += len(out_polys)
        stats["holes_out"] += sum(len(p) - 1 for p in out_polys)
        stats["vertices_out"] += sum(len(r) for p in out_polys for r in p)
        coords = [[[list(pt) for pt in r] for r in p] for p in out_polys]
        geometry = ({"type": "Polygon", "coordinates": coords[0]} if len(coords) == 1
                    else {"type": "MultiPolygon", "coordinates": coords})
        features.append({
            "type": "Feature",
            "properties": {"code": code, "level": row["level"], "name": row["name"],
                           "province_code": row["province_code"]},
            "geometry": geometry,
        })
    return features, stats, sorted(crossing)


# -- checks ----------------------------------------------------------------------------------------


def polygons_of(geometry: dict) -> list[list[list[list[float]]]]:
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def _inside(x: float, y: float, polygons: list) -> bool:
    hits = 0
    for poly in polygons:
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    hits += 1
    return hits % 2 == 1


def seat_km(feature: dict, lat: float, lon: float) -> float:
    """0 if the point is inside the outline, else about how far outside (km, near the equator)."""
    polygons = polygons_of(feature["geometry"])
    if _inside(lon, lat, polygons):
        return 0.0
    k = math.cos(math.radians(lat))  # east-west degrees are shorter away from the equator
    p = (lon * k, lat)
    return 111.2 * min(_seg_dist(p, (x1 * k, y1), (x2 * k, y2))
                       for poly in polygons for ring in poly for (x1, y1), (x2, y2) in zip(ring, ring[1:]))


def check(features: list[dict], gazetteer: dict[str, dict[str, str]]) -> dict[str, float]:
    """What the map and tests rely on; returns {code: km from seat to outline} for the report."""
    levels = [f["properties"]["level"] for f in features]
    assert (levels.count("provinsi"), levels.count("kabupaten"), levels.count("kota")) == (38, 416, 98)
    assert [f["properties"]["code"] for f in features] == sorted(gazetteer)
    bbox = {}
    for f in features:
        props = f["properties"]
        assert props["province_code"] == props["code"][:2]
        xs, ys = [], []
        for poly in polygons_of(f["geometry"]):
            for ring in poly:
                assert len(ring) >= 4 and ring[0] == ring[-1], props["code"]
                xs += [p[0] for p in ring]
                ys += [p[1] for p in ring]
        assert LON_RANGE[0] <= min(xs) and max(xs) <= LON_RANGE[1], props["code"]
        assert LAT_RANGE[0] <= min(ys) and max(ys) <= LAT_RANGE[1], props["code"]
        bbox[props["code"]] = (min(xs), min(ys), max(xs), max(ys))
    for code, (x0, y0, x1, y1) in bbox.items():  # a kabupaten/kota lies within its province
        if len(code) > 2:
            px0, py0, px1, py1 = bbox[code[:2]]
            assert px0 - 0.05 <= x0 and x1 <= px1 + 0.05 and py0 - 0.05 <= y0 and y1 <= py1 + 0.05, code
    distances = {}
    for f in features:
        row = gazetteer[f["properties"]["code"]]
        distances[row["code"]] = seat_km(f, float(row["latitude"]), float(row["longitude"]))
        assert distances[row["code"]] <= MAX_SEAT_KM, (row["code"], row["name"], round(distances[row["code"]]))
    assert sum(km > 0 for km in distances.values()) <= MAX_SEATS_OUTSIDE, sorted(distances.items(), key=lambda kv: -kv[1])
    return distances


def dumps(features: list[dict]) -> str:
    """One feature per line: small, and a data update gives a readable diff."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, nargs="+",
                        help="wilayah_boundaries checkout or git directory, or its db/prov and db/kab .sql files")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--regions", type=Path, default=DEFAULT_REGIONS, help="the gazetteer's regions.csv")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE, help="Douglas-Peucker tolerance, degrees")
    parser.add_argument("--min-area", type=float, default=MIN_AREA, help="drop islands/holes below, square degrees")
    parser.add_argument("--decimals", type=int, default=DECIMALS)
    args = parser.parse_args(argv)

    regions = parse_rows(read_sources(args.source))
    gazetteer = read_gazetteer(args.regions)
    only_source = sorted(set(regions) - set(gazetteer))
    only_gazetteer = sorted(set(gazetteer) - set(regions))
    for code in only_source:
        print(f"in the boundary data, not in the gazetteer: {code} {regions[code][0]}", file=sys.stderr)
    for code in only_gazetteer:
        print(f"in the gazetteer, not in the boundary data: {code} {gazetteer[code]['name']}", file=sys.stderr)
    assert not only_source and not only_gazetteer, "codes differ: see above"
    for code, (nama, _) in regions.items():  # same places: the names differ in spelling at most
        assert _name_key(nama) == _name_key(gazetteer[code]["name"]), (code, nama, gazetteer[code]["name"])

    features, stats, crossing = build_features(regions, gazetteer, args.tolerance, args.min_area, args.decimals)
    distances = check(features, gazetteer)
    text = dumps(features)
    size = len(text.encode("utf-8"))
    assert size <= MAX_SIZE, size
    args.out.write_text(text, encoding="utf-8")

    levels = [f["properties"]["level"] for f in features]
    print(f"wrote {args.out}: {size:,} bytes, {len(features)} features "
          f"({levels.count('provinsi')} provinsi, {levels.count('kabupaten')} kabupaten, {levels.count('kota')} kota)",
          file=sys.stderr)
    print(f"vertices {stats['vertices_in']:,} in source, {stats['vertices_kept_polygons']:,} after dropping "
          f"small polygons/holes, {stats['vertices_out']:,} written; polygons {stats['polygons_in']:,} -> "
          f"{stats['polygons_out']:,}, holes {stats['holes_in']} -> {stats['holes_out']}; {stats['arcs']:,} arcs, "
          f"{stats['arcs_refined']} simplified or rounded less to avoid crossings, polygons still self-crossing: "
          f"{', '.join(crossing) or 'none'}", file=sys.stderr)
    outside = sorted((km, code) for code, km in distances.items() if km > 0)
    print(f"seats of government outside their outline: {len(outside)}; farthest: "
          + ", ".join(f"{code} {gazetteer[code]['name']} {km:.1f} km" for km, code in outside[::-1][:5]),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
