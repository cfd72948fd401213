"""`uhcwatch regions` and `uhcwatch export`: the stored figures as a terminal table, CSV, JSON or GeoJSON.

The formatting is pure functions from rows (the dicts ``storage.db.Store``
returns) to text or to a rich ``Table``, so tests can check them without a
terminal or a database; the two command handlers only open the store, pick
the rows and write them out.

Every format carries the same fields (``EXPORT_FIELDS``): the announcement,
its article, and the gazetteer's coordinates of the region's seat of
government. GeoJSON leaves out rows without coordinates: the nasional
"Indonesia" figure is not a point on a map, and many GeoJSON consumers
mishandle features with a null geometry. The command says on stderr how many
it left out, so nothing disappears silently.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

UHC_PCT = 95  # Universal Health Coverage: 95 % of residents in JKN

# The columns of `export` (all formats) and of `regions --json`, in this order.
EXPORT_FIELDS = (
    "id", "region_code", "region_name", "region_level", "province",
    "coverage_pct", "participants", "population", "active_participants", "active_pct",
    "as_of", "target_pct", "target_year", "latitude", "longitude",
    "article_url", "article_title", "published", "source", "evidence", "confidence", "found_at",
)
# The columns of `regions --missing --json`: the gazetteer's.
REGION_FIELDS = ("code", "name", "level", "province_code", "province", "latitude", "longitude")

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
    """Gazetteer rows cut to ``REGION_FIELDS``."""
    return [{field: r.get(field) for field in REGION_FIELDS} for r in regions]


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


def geojson(rows: list[dict]) -> dict:
    """An RFC 7946 FeatureCollection: one Point per row with coordinates, [longitude, latitude] (WGS 84).

    The figures are the feature's properties (coordinates only in the
    geometry); the announcement id is the feature id. Rows without
    coordinates are left out (see the module docstring).
    """
    features = []
    for row in rows:
        if not has_point(row):
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({
            "type": "Feature",
            "id": row.get("id"),
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": properties,
        })
    return {"type": "FeatureCollection", "features": features}


def to_geojson(rows: list[dict]) -> str:
    return json.dumps(geojson(rows), ensure_ascii=False, indent=2) + "\n"


def render_export(rows: list[dict], fmt: str) -> str:
    """The rows as text in one of ``FORMATS``."""
    return {"csv": to_csv, "json": to_json, "geojson": to_geojson}[fmt](rows)


# --- terminal tables ---------------------------------------------------------

def site(url: str | None) -> str:
    """The site an article is on, "demakkab.go.id" for "https://www.demakkab.go.id/berita/1"."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def format_pct(value: float | None) -> str:
    return "" if value is None else f"{value:g} %"


def format_count(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def regions_table(rows: list[dict]):
    """Latest coverage per region as a rich Table; UHC regions (>= 95 %) in green.

    The source column names the article's site and links to the article
    (terminals that support hyperlinks make it clickable; ``--json`` has the URL).
    """
    from rich.table import Table

    at_uhc = sum(1 for r in rows if (r.get("coverage_pct") or 0) >= UHC_PCT)
    table = Table(title=f"Latest JKN coverage: {len(rows)} regions, {at_uhc} at UHC (>= {UHC_PCT} %)",
                  title_justify="left")
    # Figures never wrap or get cut; names wrap; the source gives way first.
    table.add_column("Region")
    table.add_column("Province")
    table.add_column("Coverage", justify="right", no_wrap=True)
    table.add_column("Participants", justify="right", no_wrap=True)
    table.add_column("As of", no_wrap=True)
    table.add_column("Source", overflow="fold")
    for r in rows:
        uhc = (r.get("coverage_pct") or 0) >= UHC_PCT
        url = r.get("article_url") or ""
        source = site(url) or url
        table.add_row(
            r.get("region_name") or "",
            r.get("province") or "-",
            f"[green]{format_pct(r.get('coverage_pct'))}[/]" if uhc else format_pct(r.get("coverage_pct")),
            format_count(r.get("participants")),
            r.get("as_of") or "",
            f"[link={url}]{source}[/link]" if url.startswith("http") else source,
        )
    return table


def missing_table(regions: list[dict], total: int | None = None):
    """Regions never reported, one row per province (in gazetteer order) listing its regions."""
    from rich.table import Table

    groups: dict[str, list[dict]] = {}
    for r in sorted(regions, key=lambda r: (r.get("province_code") or "", r.get("code") or "")):
        groups.setdefault(r.get("province") or "", []).append(r)
    of_total = f" of {total}" if total is not None else ""
    table = Table(title=f"Regions never reported: {len(regions)}{of_total}, in {len(groups)} provinces",
                  title_justify="left")
    table.add_column("Province")
    table.add_column("Missing", justify="right")
    table.add_column("Regions")
    for province, members in groups.items():
        table.add_row(province, str(len(members)), ", ".join(m.get("name") or m.get("code") for m in members))
    return table


# --- commands ----------------------------------------------------------------

def open_store(args: argparse.Namespace):
    """The Store for ``--db``/config; an absent or unreadable file is one clear UserError, never created."""
    import sqlite3

    from uhcwatch.storage.store import SchemaTooNew, Store

    from uhcwatch.crawler.ui.cli import UserError, _config

    _, db_path = _config(args)
    path = Path(db_path)
    if not path.is_file():
        raise UserError(f"no database at {path} (run 'uhcwatch crawl' or 'uhcwatch demo' first, or pass --db)")
    try:
        return Store(path)
    except SchemaTooNew as e:
        raise UserError(str(e)) from None
    except sqlite3.Error as e:
        raise UserError(f"cannot open {path} as a uhcwatch database: {e}") from None


def cmd_regions(args: argparse.Namespace) -> int:
    from rich.console import Console

    with open_store(args) as store:
        gazetteer = list(store.db["regions"].rows)
        if args.missing:
            rows = store.missing_regions()
            output = region_rows(rows) if args.json else missing_table(rows, total=len(gazetteer))
        else:
            rows = export_rows(store.latest_per_region(), gazetteer)
            output = rows if args.json else regions_table(rows)
    if args.json:
        sys.stdout.write(to_json(output))
    elif not rows:
        print("No coverage figures stored yet: run 'uhcwatch crawl'." if not args.missing
              else "Every region of the gazetteer has reported coverage.")
    else:
        Console().print(output)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from uhcwatch.crawler.ui.cli import UserError

    with open_store(args) as store:
        rows = export_rows(store.announcements(all=args.all), list(store.db["regions"].rows))
    text = render_export(rows, args.format)
    if args.format == "geojson" and (left_out := [r for r in rows if not has_point(r)]):
        names = ", ".join(sorted({r["region_name"] or "?" for r in left_out}))
        print(f"uhcwatch export: {len(left_out)} announcement(s) without coordinates left out of GeoJSON: {names}",
              file=sys.stderr)
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UserError(f"cannot write {args.output}: {e.strerror or e}") from None
    print(f"uhcwatch export: {len(rows)} announcement(s) written to {args.output}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    """Add ``regions`` and ``export`` to the uhcwatch command line."""
    p = subparsers.add_parser("regions", help="latest coverage per region; --missing: regions never reported")
    p.add_argument("--missing", action="store_true", help="regions of the gazetteer never reported, by province")
    p.add_argument("--json", action="store_true", help="the same rows as a JSON array")
    p.set_defaults(func=cmd_regions)

    p = subparsers.add_parser("export", help="announcements as CSV, JSON or GeoJSON (latest per region, or --all)")
    p.add_argument("--format", required=True, choices=FORMATS, help="output format")
    p.add_argument("--all", action="store_true", help="every announcement, not only each region's latest")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_export)
