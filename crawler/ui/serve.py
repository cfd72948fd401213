"""`uhcwatch serve`: browse the database in Datasette, read-only, with a map and a chart.

Datasette runs in this process (its Python API under uvicorn) so that the
metadata, the canned queries and two small hooks live here as plain Python,
with no temporary metadata file or plugins directory to clean up.

Never writing to the user's database
------------------------------------
The crawler daemon may be writing while we serve, so the file is opened the
normal ("mutable") way, not ``immutable=1``, which would let SQLite assume the
file never changes and show torn or stale data. Datasette reads mutable files
through ``mode=ro`` connections; the only path to a write is a plugin or a
writable canned query calling ``execute_write``. We define no writable query
and our ``prepare_connection`` hook sets ``PRAGMA query_only`` on every
connection to the database, read or write, so SQLite itself refuses any write.
Before any of that, our ``asgi_wrapper`` hook answers every request that is
not a GET or HEAD with 405: no write API, writable query or plugin form of any
Datasette version is reached at all.
(A read-only reader of a WAL database may leave empty ``-wal``/``-shm`` files
beside it; that is SQLite's shared-memory index, not a change to the data.)

The map without a view
----------------------
datasette-cluster-map draws a map on any table or query page whose columns
include ``latitude`` and ``longitude``. Creating a SQL view would write to the
database, so the map is a canned query instead (``coverage_map``): the latest
announcement per region joined with the gazetteer's coordinates, plus a
``popup`` column the plugin renders as the marker's title, figures and link.

The chart
---------
datasette-vega charts the rows of a query page and keeps its settings in the
URL fragment (``#g.mark=circle&...``). The canned query ``coverage_history``
takes ``:region_code`` and its ``fragment`` metadata preselects a chart of the
region's ``coverage_pct`` over ``date`` as points, beside the UHC line (a second
series, so that one figure is enough to draw); each row of ``latest_coverage``
links to it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

from uhcwatch.crawler.database import no_database
from uhcwatch.crawler.errors import DatabaseError, UhcwatchError
from uhcwatch.crawler.figures import UHC_THRESHOLD
from uhcwatch.storage.schema import TABLES

DB_NAME = "uhcwatch"  # the database's name in Datasette's URLs: /uhcwatch/coverage_map
PLUGIN_NAME = "uhcwatch_serve"  # our Datasette hooks, as listed on /-/plugins
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001  # Datasette's own default
READ_METHODS = ("GET", "HEAD")  # the only requests served; anything else could be a write
UHC_PCT = f"{UHC_THRESHOLD:g}"  # in SQL and titles: "95"

# datasette-vega's settings for the coverage chart (read from the URL fragment).
# Points, not a line: a line through a single figure draws nothing.
CHART_FRAGMENT = ("g.mark=circle&g.x_column=date&g.x_type=temporal&g.y_column=coverage_pct"
                  "&g.y_type=quantitative&g.color_column=region_name")


def chart_path(region_code: str) -> str:
    """The chart page of one region, relative to the server root."""
    return f"/{DB_NAME}/coverage_history?region_code={quote(region_code)}#{CHART_FRAGMENT}"


# --- canned queries ----------------------------------------------------------

_LATEST = """
FROM region_latest rl
JOIN announcements an ON an.id = rl.announcement_id
JOIN articles ar ON ar.url = an.article_url"""

# What a reader looks for first comes first: the page is wider than a screen.
_LATEST_COLUMNS = """an.region_name, an.province, an.coverage_pct, an.participants, an.as_of,
  '/{db}/coverage_history?region_code=' || coalesce(an.region_code, an.region_name)
    || '#{fragment}' AS chart,
  an.article_url, ar.source, ar.published, an.population, an.target_pct, an.target_year,
  an.region_code, an.region_level""".format(db=DB_NAME, fragment=CHART_FRAGMENT)

# One region's figures over time (all regions when :region_code is empty), for the chart.
_FIGURES = """SELECT substr(coalesce(an.as_of, ar.published) || '-01-01', 1, 10) AS date,
    an.region_name, an.coverage_pct, an.participants, an.as_of, ar.published, an.article_url, an.id
  FROM announcements an JOIN articles ar ON ar.url = an.article_url
  WHERE an.coverage_pct IS NOT NULL
    AND (:region_code = '' OR coalesce(an.region_code, an.region_name) = :region_code)"""

QUERIES: dict[str, dict] = {
    "latest_coverage": {
        "title": "Latest coverage per region",
        "description": "Each region's most recent JKN coverage figure (cakupan kepesertaan JKN terbaru), "
                       "with the article it comes from. 'chart' shows the region's figures over time.",
        "sql": f"SELECT {_LATEST_COLUMNS}{_LATEST}\nORDER BY an.region_code, an.region_name",
    },
    "coverage_map": {
        "title": "Map: latest coverage per region",
        "description": "Regions that reported coverage, at their seat of government; click a marker for "
                       "the figures and the article. (Map tiles need internet; offline the background is grey.)",
        "sql": f"""SELECT an.region_name, an.province, an.coverage_pct, an.participants, an.as_of,
  CASE WHEN an.coverage_pct >= {UHC_PCT} THEN 'yes' ELSE 'no' END AS uhc,
  r.latitude, r.longitude,
  json_object(
    'title', an.region_name || coalesce(': ' || an.coverage_pct || ' %', ''),
    'description', ltrim(
      CASE WHEN an.participants IS NOT NULL
           THEN printf('%,d participants (peserta JKN)', an.participants) ELSE '' END
      || coalesce(', as of ' || an.as_of, '') || coalesce(' - ' || ar.source, ''), ' ,-'),
    'link', an.article_url) AS popup{_LATEST}
JOIN regions r ON r.code = an.region_code
WHERE r.latitude IS NOT NULL AND r.longitude IS NOT NULL
ORDER BY an.region_code""",
    },
    "uhc_regions": {
        "title": f"Regions that reached UHC (>= {UHC_PCT} %)",
        "description": f"Regions whose latest figure is {UHC_PCT} % or more: Universal Health Coverage "
                       "(UHC, cakupan kesehatan semesta), highest first.",
        "sql": f"SELECT {_LATEST_COLUMNS}{_LATEST}\nWHERE an.coverage_pct >= {UHC_PCT}\n"
               "ORDER BY an.coverage_pct DESC, an.region_code",
    },
    "regions_never_reported": {
        "title": "Regions never reported",
        "description": "Gazetteer regions (wilayah) with no coverage figure in any article yet, by province.",
        "sql": """SELECT r.province, r.name AS region_name, r.level AS region_level, r.code AS region_code
FROM regions r
WHERE r.code NOT IN (SELECT region_key FROM region_latest)
ORDER BY r.province_code, r.level != 'provinsi', r.code""",
    },
    "newest_announcements": {
        "title": "Newest announcements",
        "description": "The 200 announcements stored last, with links to their articles.",
        "sql": """SELECT an.found_at, ar.published, an.region_name, an.province, an.coverage_pct,
  an.participants, an.as_of, ar.title AS article_title, an.article_url, ar.source, an.evidence, an.region_code
FROM announcements an JOIN articles ar ON ar.url = an.article_url
ORDER BY an.found_at DESC, an.id DESC
LIMIT 200""",
    },
    "alerts_delivery": {
        "title": "Alerts and their delivery state",
        "description": "Newest alerts first: delivered, queued (not tried yet), retrying after an error, in "
                       "doubt (a send that may have arrived), held for review or rejected.",
        "sql": """SELECT al.id, al.created_at, al.event, al.region_name, al.title,
  CASE WHEN al.delivered_at IS NOT NULL THEN 'delivered'
       WHEN al.review IN ('held', 'rejected') THEN al.review
       WHEN al.in_doubt > 0 THEN 'in doubt'
       WHEN al.attempts = 0 THEN 'queued' ELSE 'retrying' END AS state,
  al.attempts, al.delivered_at, al.next_attempt_at, al.last_error, al.key, an.article_url
FROM alerts al LEFT JOIN announcements an ON an.id = al.announcement_id
ORDER BY al.id DESC
LIMIT 200""",
    },
    "coverage_history": {
        "title": "Chart: a region's coverage over time",
        "description": "Every figure stored for a region, over time. region_code: Kemendagri code "
                       "(33.21 = Kabupaten Demak, Indonesia = whole country; empty = every region). "
                       "date: as_of (2023-05 read as 2023-05-01), else the article's date.",
        # The UHC line at each date is a second series: the chart has a reference, and a region with a single
        # figure still has two rows, which datasette-vega needs before it draws anything.
        "sql": f"""SELECT date, region_name, coverage_pct, participants, as_of, published, article_url FROM (
  SELECT *, 0 AS reference FROM ({_FIGURES})
  UNION ALL
  SELECT DISTINCT date, 'UHC ({UHC_PCT} %)', {UHC_PCT}, NULL, NULL, NULL, NULL, NULL, 1 FROM ({_FIGURES}))
ORDER BY date, reference, id""",
        "fragment": CHART_FRAGMENT,
    },
}


def metadata() -> dict:
    """Datasette metadata: titles, table and column descriptions, canned queries."""
    tables = {t.name: {"description": t.description, "hidden": True} if t.internal else
              {"description": t.description, "columns": {c.name: c.description for c in t.columns}}
              for t in TABLES}
    tables["announcements"]["sort_desc"] = "id"
    tables["alerts"]["sort_desc"] = "id"
    queries = {name: {"hide_sql": True, **query} for name, query in QUERIES.items()}
    return {
        "title": "uhcwatch: JKN coverage in Indonesia's regions",
        "description": "Coverage of Indonesia's national health insurance (JKN, Jaminan Kesehatan Nasional) "
                       "per province, kabupaten and kota, as regional news reports it. Start with the "
                       "canned queries of the uhcwatch database: the map, latest coverage, UHC regions.",
        "databases": {
            DB_NAME: {
                "title": "uhcwatch",
                "description": "Articles, the coverage figures read from them, the region gazetteer and alerts.",
                "tables": tables,
                "queries": queries,
            }
        },
    }


# --- the database file --------------------------------------------------------

def check_database(path: Path) -> None:
    """Fail with one clear line unless ``path`` is a readable uhcwatch database; opens it read-only."""
    if not path.is_file():
        raise no_database(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise DatabaseError(f"cannot read {path} as a SQLite database: {e}") from None
    missing = {"announcements", "articles", "regions", "region_latest", "alerts"} - found
    if missing:
        raise DatabaseError(f"{path} is not a uhcwatch database (no table {', '.join(sorted(missing))})")


def chart_region(path: Path) -> str | None:
    """The region whose chart link ``serve`` prints: the one with the most figures (a line needs two points),
    or None when nothing is stored yet."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("""SELECT coalesce(region_code, region_name) FROM announcements
                              GROUP BY 1 ORDER BY count(DISTINCT coalesce(as_of, found_at)) DESC, 1 LIMIT 1""").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


# --- Datasette ----------------------------------------------------------------

def prepare_connection(conn, database):
    """Datasette hook: make SQLite refuse writes on every connection to our database."""
    if database == DB_NAME:
        conn.execute("PRAGMA query_only = 1")


def render_cell(value, column, database):
    """Datasette hook: readable cells for our two computed columns.

    ``chart`` holds a relative URL, which Datasette would show as plain text
    (it links only absolute ones); ``popup`` holds the map marker's JSON,
    shown in the table as its text and article link instead of raw JSON.
    """
    if database != DB_NAME or not isinstance(value, str):
        return None
    from markupsafe import Markup, escape

    if column == "chart" and value.startswith("/"):
        return Markup(f'<a href="{escape(value)}">coverage over time</a>')
    if column == "popup":
        try:
            popup = json.loads(value)
        except ValueError:
            return None
        link = popup.get("link") or ""
        text = escape(popup.get("description") or "")
        return Markup(f'{text} <a href="{escape(link)}">article</a>' if link.startswith("http") else text)
    return None


def asgi_wrapper(datasette):
    """Datasette hook: answer 405 to every request but GET and HEAD, before Datasette routes it.

    A read-only server has nothing to POST to. Refusing by method, ahead of
    routing, covers every write endpoint (Datasette 1.0's ``/-/insert`` and
    its kin, writable canned queries, plugins' forms) whether or not this
    Datasette knows it, instead of a 404 page per unknown path. The answer is
    Datasette's own one for a method a view does not handle.
    """
    from datasette.utils.asgi import Response

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in READ_METHODS:
                refused = Response.text("Method not allowed: this server is read-only", status=405,
                                        headers={"Allow": ", ".join(READ_METHODS)})
                return await refused.asgi_send(send)
            return await app(scope, receive, send)

        return read_only

    return wrap


def _quiet_error_pages() -> None:
    """Have Datasette's error handler print nothing for a refused query or a missing page.

    When the ``rich`` package is importable (other packages install it),
    Datasette's built-in ``handle_exception`` hook prints every error it
    renders, a 400 for a mistyped query included, as a rich traceback with
    every local variable: some 270 lines on stdout per request. Outside an
    ``except`` block (a 404 for an unrouted path) that print itself raises, and
    the visitor gets a 500. Datasette checks its module's ``rich`` name before
    printing; setting it to None is the state Datasette is in without rich. Its
    error pages and JSON stay as they are; a true server error (500) still
    prints a plain traceback to stderr, as Datasette does without rich.
    """
    from datasette import handle_exception

    handle_exception.rich = None


def _register_hooks() -> None:
    """Register the hooks above with Datasette's plugin manager, once per process.

    Datasette wants plugins to be modules, so they go in a small module object
    built here; this keeps Datasette out of the imports of every other command.
    """
    import types

    from datasette import hookimpl
    from datasette.plugins import pm

    _quiet_error_pages()
    if pm.has_plugin(PLUGIN_NAME):
        return
    plugin = types.ModuleType(PLUGIN_NAME, "uhcwatch serve: read-only connections and requests, chart links")
    plugin.prepare_connection = hookimpl(prepare_connection)
    plugin.render_cell = hookimpl(render_cell)
    plugin.asgi_wrapper = hookimpl(asgi_wrapper)
    pm.register(plugin, name=PLUGIN_NAME)


def build_datasette(path: Path):
    """A Datasette serving ``path`` as /uhcwatch with our metadata; nothing is read yet."""
    from datasette.app import Datasette
    from datasette.database import Database

    _register_hooks()
    # Datasette's default, stated because the map needs every region (552 at most) in one answer:
    # query pages do not paginate, they truncate at this limit.
    ui = Path(__file__).parent
    ds = Datasette([], metadata=metadata(), settings={"max_returned_rows": 1000},
                   template_dir=str(ui / "templates"),  # the dashboard (index.html), /region/<code>, /sources
                   static_mounts=[("uhcwatch-assets", str(ui / "assets")),  # its scripts and styles
                                  ("uhcwatch-data", str(ui.parent / "data"))])  # the region outlines
    ds.remove_database("_memory")  # added when no file is given; we add ours under a fixed name
    ds.add_database(Database(ds, path=str(path), is_mutable=True), name=DB_NAME)
    return ds


def listen(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port is one clear error line, not a uvicorn log."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, _, _, _, address = infos[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as e:
        raise UhcwatchError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    sock.listen(128)
    return sock


def serve(path: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, log_level: str = "warning") -> int:
    """Serve until Ctrl-C or SIGTERM; uvicorn finishes open requests first.

    uvicorn re-raises the signal it handled once it has shut down: Ctrl-C
    then arrives as KeyboardInterrupt (exit 0 via ``cmd_serve``), SIGTERM
    ends the process with the usual status 143.
    """
    import uvicorn

    check_database(path)
    ds = build_datasette(path)
    asyncio.run(ds.invoke_startup())
    sock = listen(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    root = f"http://{_url_host(bound_host)}:{bound_port}"
    region = chart_region(path)
    print(f"Serving {path} read-only at {root}/\n"
          f"  dashboard: {root}/   sources: {root}/sources   tables: {root}/{DB_NAME}\n"
          + (f"  a region: {root}/region/{quote(region)}\n" if region else "")
          + "Press Ctrl-C to stop.", file=sys.stderr, flush=True)
    if not ipaddress.ip_address(bound_host).is_loopback:
        print(f"uhcwatch serve: listening on {bound_host}: other machines can read this database",
              file=sys.stderr, flush=True)
    config = uvicorn.Config(ds.app(), log_level=log_level, lifespan="on", timeout_graceful_shutdown=5)
    try:
        with sock:
            uvicorn.Server(config).run(sockets=[sock])
    finally:  # after uvicorn's graceful shutdown, also when it re-raises the Ctrl-C it handled
        print("uhcwatch serve: stopped", file=sys.stderr, flush=True)
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
