"""`uhcwatch serve`: metadata, canned queries, read-only access, and a real server in a subprocess.

The server tests start `python -m crawler.cli --db PATH serve --port N` on a
free port against a database built with ``Store`` (tests/sample_db.py) and ask
its JSON API for every canned query. The browser tests load the map and the
chart in headless Chromium (Debian's ``chromium``; skipped where it cannot be
found or started) and save screenshots under test-artifacts/.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from uhcwatch.crawler.database import open_store
from uhcwatch.crawler.ui import serve
from sample_db import LATEST, build_sample_db
from uhcwatch.storage.schema import TABLE as STORE_TABLES

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SPEC_TABLES = ("articles", "announcements", "regions", "alerts", "crawl_runs")
REPORTED = {code for code in LATEST if code != "Indonesia"}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_sample_db(tmp_path_factory.mktemp("serve") / "uhcwatch.db")


def run_cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "uhcwatch", *args], cwd=cwd, env=cli_env(),
                          capture_output=True, text=True, timeout=timeout)


def cli_env() -> dict:
    """The environment for uhcwatch subprocesses: this checkout importable, no user config or database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UHCWATCH_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- metadata and canned queries, without a server ---------------------------

def test_every_public_table_and_column_is_described():
    meta = serve.metadata()["databases"][serve.DB_NAME]["tables"]
    for table in SPEC_TABLES:
        assert meta[table]["description"], table
        described = meta[table]["columns"]
        for column in STORE_TABLES[table].column_names:
            assert described.get(column), f"{table}.{column} has no description"


def test_internal_tables_are_hidden():
    meta = serve.metadata()["databases"][serve.DB_NAME]["tables"]
    for table in set(STORE_TABLES) - set(SPEC_TABLES):
        assert bool(meta[table].get("hidden")) is STORE_TABLES[table].internal, table
    assert meta["http_cache"]["hidden"] is True and not meta["source_state"].get("hidden")


def test_indonesian_terms_in_descriptions():
    columns = serve.metadata()["databases"][serve.DB_NAME]["tables"]["announcements"]["columns"]
    assert "peserta JKN" in columns["participants"]
    assert "cakupan" in columns["coverage_pct"]


def test_no_canned_query_writes():
    for name, query in serve.QUERIES.items():
        assert not query.get("write"), name
        assert query["sql"].lstrip().upper().startswith("SELECT"), name


def run_query(db_path: Path, name: str, **params) -> list[dict]:
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        sql = serve.QUERIES[name]["sql"]
        needed = set(re.findall(r":(\w+)", sql))
        return [dict(r) for r in conn.execute(sql, {k: params.get(k, "") for k in needed})]
    finally:
        conn.close()


def test_canned_queries_on_the_sample(db_path):
    latest = run_query(db_path, "latest_coverage")
    assert {r["region_code"] or r["region_name"]: r["coverage_pct"] for r in latest} == LATEST
    uhc = run_query(db_path, "uhc_regions")
    assert [r["coverage_pct"] for r in uhc] == [98.5, 96.2, 95.94, 95.6]
    history = run_query(db_path, "coverage_history", region_code="33.21")
    assert [(r["date"], r["region_name"], r["coverage_pct"]) for r in history] == [
        ("2022-05-01", "Kabupaten Demak", 91.2), ("2022-05-01", "UHC (95 %)", 95),
        ("2023-05-01", "Kabupaten Demak", 95.94), ("2023-05-01", "UHC (95 %)", 95)]  # the UHC line beside it
    figures = [r for r in run_query(db_path, "coverage_history") if not r["region_name"].startswith("UHC")]
    assert len(figures) == 7  # empty parameter: every region
    assert [r["coverage_pct"] for r in run_query(db_path, "coverage_history", region_code="Indonesia")] == [95.6, 95]


def test_map_query_has_coordinates_and_popups(db_path):
    rows = run_query(db_path, "coverage_map")
    assert {r["region_name"] for r in rows} == {"Kabupaten Demak", "Kota Semarang", "Kabupaten Rembang",
                                               "Provinsi Jawa Tengah", "Kota Makassar"}
    demak = next(r for r in rows if r["region_name"] == "Kabupaten Demak")
    assert (demak["latitude"], demak["longitude"]) == (-6.891355, 110.638389)
    popup = json.loads(demak["popup"])
    assert popup["title"] == "Kabupaten Demak: 95.94 %"
    assert "1,169,409 participants" in popup["description"]
    assert popup["link"] == "https://demakkab.go.id/berita/uhc-demak"
    rembang = json.loads(next(r for r in rows if r["region_name"] == "Kabupaten Rembang")["popup"])
    assert rembang["description"] == "as of 2023-01 - jatengprov"  # no participants stated, none invented


def test_datasette_cannot_write_to_the_database(db_path):
    """Even a direct execute_write (what a writable canned query or plugin would do) is refused."""
    before = sha256(db_path)
    ds = serve.build_datasette(db_path)
    db = ds.get_database(serve.DB_NAME)
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only|attempt to write"):
        asyncio.run(db.execute_write("DELETE FROM announcements"))
    count = asyncio.run(db.execute("SELECT count(*) FROM announcements")).rows[0][0]
    assert count == 7
    db.close()
    assert sha256(db_path) == before


def test_check_database_errors(tmp_path):
    from uhcwatch.crawler.errors import DatabaseError

    with pytest.raises(DatabaseError, match="no database at"):
        serve.check_database(tmp_path / "absent.db")
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite " * 100)
    with pytest.raises(DatabaseError, match="cannot read"):
        serve.check_database(junk)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE other (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a uhcwatch database"):
        serve.check_database(empty)


# --- a real server -------------------------------------------------------------

class Server:
    """A `uhcwatch serve` subprocess on a free port."""

    def __init__(self, db_path: Path, cwd: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uhcwatch", "--db", str(db_path), "serve", "--port", str(self.port)],
            cwd=cwd, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self._wait_ready()

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited {self.proc.returncode}: {self.proc.stderr.read()}")
            try:
                with urllib.request.urlopen(f"{self.base}/-/versions.json", timeout=2):
                    pass
            except OSError:
                time.sleep(0.2)
                continue
            # The four lines serve prints before it listens: where it serves, the map, the chart, Ctrl-C.
            self.banner = "".join(self.proc.stderr.readline() for _ in range(4))
            return
        self.proc.kill()
        raise AssertionError("serve did not answer within 30 s")

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            assert response.status == 200
            return response.read().decode("utf-8")

    def rows(self, path: str) -> list[dict]:
        """A page's rows from Datasette's JSON API: /db/query?x=1 -> /db/query.json?x=1&_shape=objects."""
        page, _, query = path.partition("?")
        return json.loads(self.get(f"{page}.json?{query}&_shape=objects"))["rows"]

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a user would; the exit status and stderr."""
        self.proc.send_signal(signal.SIGINT)
        try:
            _, err = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
            raise AssertionError(f"serve did not stop on Ctrl-C: {err}")
        return self.proc.returncode, err


@pytest.fixture(scope="module")
def server(db_path, tmp_path_factory):
    digest = sha256(db_path)
    srv = Server(db_path, tmp_path_factory.mktemp("cwd"))
    yield srv
    status, err = srv.stop()
    assert status == 0, err
    assert "Traceback" not in err
    assert sha256(db_path) == digest, "serve changed the database file"


def test_serves_on_localhost_by_default(server):
    assert server.banner.startswith("Serving ")
    assert f"read-only at http://127.0.0.1:{server.port}/\n" in server.banner
    assert f"dashboard: http://127.0.0.1:{server.port}/ " in server.banner
    assert f"a region: http://127.0.0.1:{server.port}/region/33.21" in server.banner
    assert "uhcwatch" in server.get("/")
    assert json.loads(server.get("/-/metadata.json"))["title"].startswith("uhcwatch")


def test_database_page_lists_the_canned_queries(server):
    page = html.unescape(server.get(f"/{serve.DB_NAME}"))
    for query in serve.QUERIES.values():
        assert query["title"] in page


def test_table_page_shows_column_descriptions(server):
    page = server.get(f"/{serve.DB_NAME}/announcements")
    assert "peserta JKN" in page


def test_latest_coverage(server):
    rows = server.rows(f"/{serve.DB_NAME}/latest_coverage")
    assert {r["region_code"] or r["region_name"]: r["coverage_pct"] for r in rows} == LATEST
    demak = next(r for r in rows if r["region_code"] == "33.21")
    assert demak["participants"] == 1169409 and demak["as_of"] == "2023-05-01"
    assert demak["chart"].startswith(f"/{serve.DB_NAME}/coverage_history?region_code=33.21#g.mark=circle")


def test_latest_coverage_page_links_chart_and_article(server):
    page = server.get(f"/{serve.DB_NAME}/latest_coverage")
    assert '<a href="https://demakkab.go.id/berita/uhc-demak">' in page
    assert re.search(r'<a href="/uhcwatch/coverage_history\?region_code=33.21#g\.mark=circle[^"]*">coverage over time</a>',
                     page.replace("&amp;", "&"))


def test_uhc_regions(server):
    rows = server.rows(f"/{serve.DB_NAME}/uhc_regions")
    assert [r["region_name"] for r in rows] == ["Kota Semarang", "Kota Makassar", "Kabupaten Demak", "Indonesia"]
    assert all(r["coverage_pct"] >= 95 for r in rows)


def test_regions_never_reported(server):
    rows = server.rows(f"/{serve.DB_NAME}/regions_never_reported")
    codes = {r["region_code"] for r in rows}
    assert len(rows) == 552 - len(REPORTED)
    assert not codes & REPORTED
    assert {"35.78", "11.01"} <= codes  # Kota Surabaya, Kabupaten Aceh Selatan
    assert rows[0]["province"] == "Aceh" and rows[0]["region_level"] == "provinsi"


def test_newest_announcements_link_their_articles(server):
    rows = server.rows(f"/{serve.DB_NAME}/newest_announcements")
    assert len(rows) == 7
    assert rows[0]["region_name"] == "Indonesia"  # stored last
    assert all(r["article_url"].startswith("https://") for r in rows)
    page = server.get(f"/{serve.DB_NAME}/newest_announcements")
    assert '<a href="https://jatengprov.go.id/berita/jkn">' in page


def test_alerts_and_their_delivery_state(server):
    rows = server.rows(f"/{serve.DB_NAME}/alerts_delivery")
    states = [r["state"] for r in rows]
    assert states.count("delivered") == 1 and states.count("retrying") == 1
    assert states.count("queued") == len(rows) - 2
    retrying = next(r for r in rows if r["state"] == "retrying")
    assert retrying["last_error"] == "HTTP 500 from hook" and retrying["attempts"] == 1


def test_coverage_history_parameter(server):
    rows = server.rows(f"/{serve.DB_NAME}/coverage_history?region_code=33.21")
    assert [(r["date"], r["coverage_pct"]) for r in rows if r["region_name"] == "Kabupaten Demak"] == [
        ("2022-05-01", 91.2), ("2023-05-01", 95.94)]
    assert server.rows(f"/{serve.DB_NAME}/coverage_history?region_code=99.99") == []


def test_plugins_are_active(server):
    names = {p["name"] for p in json.loads(server.get("/-/plugins.json"))}
    assert {"datasette-cluster-map", "datasette-vega", serve.PLUGIN_NAME} <= names
    page = server.get(f"/{serve.DB_NAME}/coverage_map")
    assert "datasette-cluster-map.js" in page


def test_sql_api_is_read_only(server):
    with pytest.raises(urllib.error.HTTPError) as refused:
        server.get(f"/{serve.DB_NAME}.json?sql=" + urllib.request.quote("DELETE FROM announcements"))
    assert refused.value.code == 400
    assert len(server.rows(f"/{serve.DB_NAME}/newest_announcements")) == 7


def ask(server: Server, path: str, method: str = "GET") -> tuple[int, str]:
    """Any answer, error or not: its status and body (a write is sent with a small JSON body)."""
    body = b'{"row": {"region_name": "X"}}' if method not in ("GET", "HEAD") else None
    req = urllib.request.Request(server.base + path, data=body, method=method,
                                 headers={"Content-Type": "application/json"} if body else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def sql_path(sql: str, json_api: bool = False) -> str:
    return f"/{serve.DB_NAME}{'.json' if json_api else ''}?sql={urllib.request.quote(sql)}"


# Queries Datasette refuses before SQLite sees them, then those SQLite refuses (one log line each): the reason shown.
REFUSED_BY_DATASETTE = {"DELETE FROM announcements": "Statement must be a SELECT",
                        "PRAGMA query_only = 0": "Statement must be a SELECT",
                        "selec x": "Statement must be a SELECT"}
REFUSED_BY_SQLITE = {"SELECT * FROM nope": "no such table: nope",
                     "WITH x AS (SELECT 1) DELETE FROM announcements": "attempt to write a readonly database",
                     "SELECT 1; DELETE FROM announcements": "You can only execute one statement at a time."}
# Datasette's write API (1.0) and a writable canned query's POST; none may do anything here.
WRITE_PATHS = ["/-/insert", f"/{serve.DB_NAME}/announcements/-/insert", f"/{serve.DB_NAME}/announcements/-/upsert",
               f"/{serve.DB_NAME}/-/create", f"/{serve.DB_NAME}/announcements/1/-/update",
               f"/{serve.DB_NAME}/announcements/1/-/delete", f"/{serve.DB_NAME}/announcements/-/drop",
               f"/{serve.DB_NAME}/latest_coverage", f"/{serve.DB_NAME}/announcements",
               sql_path("DELETE FROM announcements")]


class Printed:
    """All a server printed, read as it comes, so that a flood of output cannot fill a pipe and stall it."""

    def __init__(self, srv: Server):
        self.srv, self.out, self.err, self.status = srv, [], [], None
        self.readers = [threading.Thread(target=lines.extend, args=(stream,), daemon=True)
                        for lines, stream in ((self.out, srv.proc.stdout), (self.err, srv.proc.stderr))]
        for reader in self.readers:
            reader.start()

    def stop(self) -> None:
        self.srv.proc.send_signal(signal.SIGINT)
        self.status = self.srv.proc.wait(timeout=15)
        for reader in self.readers:
            reader.join(timeout=5)

    def assert_quiet(self, max_log_lines: int) -> None:
        """Stopped cleanly; nothing on stdout; on stderr no traceback, only short "ERROR: " lines."""
        out, err = "".join(self.out), "".join(self.err)
        assert self.status == 0, err[-3000:]
        assert out == "", out[:3000]
        assert "Traceback" not in err, err[:3000]
        log = [line for line in err.splitlines() if line != "uhcwatch serve: stopped"]
        assert len(log) <= max_log_lines, "\n".join(log)[:3000]
        assert all(line.startswith("ERROR: ") and len(line) < 300 for line in log), log


@pytest.fixture
def printing_server(db_path, tmp_path):
    """A server of its own, so that everything it prints belongs to one test; the database stays unchanged."""
    digest = sha256(db_path)
    printed = Printed(Server(db_path, tmp_path))
    try:
        yield printed.srv, printed
    finally:
        if printed.status is None:
            printed.stop()
    assert sha256(db_path) == digest


def test_refused_queries_are_datasettes_400_and_one_log_line(printing_server):
    """Datasette's error page or JSON with the reason; SQLite's refusals one log line each, no traceback.

    Datasette's error handler prints every error with rich, locals and all,
    when rich is installed (it is, for other packages).
    """
    srv, printed = printing_server
    for sql, reason in {**REFUSED_BY_DATASETTE, **REFUSED_BY_SQLITE}.items():
        status, page = ask(srv, sql_path(sql))
        assert (status, reason in html.unescape(page)) == (400, True), (sql, page[:300])
        status, body = ask(srv, sql_path(sql, json_api=True))
        assert status == 400, (sql, body[:300])
        assert json.loads(body)["ok"] is False and json.loads(body)["error"] == reason, sql
    printed.stop()
    printed.assert_quiet(max_log_lines=2 * len(REFUSED_BY_SQLITE))  # the page and the JSON


def test_writes_are_refused_with_405(printing_server):
    srv, printed = printing_server
    for path in WRITE_PATHS:
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            status, body = ask(srv, path, method)
            assert status == 405, (method, path, status, body[:300])
    assert ask(srv, f"/{serve.DB_NAME}/announcements.json", "HEAD")[0] == 200
    assert len(srv.rows(f"/{serve.DB_NAME}/newest_announcements")) == 7
    printed.stop()
    printed.assert_quiet(max_log_lines=0)


# --- the command's errors and its stopping -----------------------------------------

def test_missing_database_is_one_line(tmp_path):
    result = run_cli("--db", str(tmp_path / "absent.db"), "serve", "--port", str(free_port()), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no database at" in result.stderr
    assert not (tmp_path / "absent.db").exists()


def test_busy_port_is_one_line(db_path, tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run_cli("--db", str(db_path), "serve", "--port", str(port), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"uhcwatch: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in result.stderr


def test_ctrl_c_stops_cleanly(db_path, tmp_path):
    srv = Server(db_path, tmp_path)
    srv.get(f"/{serve.DB_NAME}/latest_coverage")
    status, err = srv.stop()
    assert status == 0, err
    assert "Traceback" not in err
    assert "stopped" in err


# --- in a browser ----------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--virtual-time-budget=8000",
                  # Every host name but 127.0.0.1 resolves to nothing: the pages must draw with no network.
                  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    """A function running headless Chromium with extra arguments; skips when it is missing or broken."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.skip("chromium not found (Debian: apt-get install -y chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)

    try:
        probe = run("--dump-dom", "data:text/html,<p id=probe>ok</p>")
    except (OSError, subprocess.TimeoutExpired) as e:
        pytest.skip(f"chromium cannot be started: {e}")
    if probe.returncode != 0 or "probe" not in probe.stdout:
        pytest.skip(f"chromium cannot be started (exit {probe.returncode}): {probe.stderr.strip()[-300:]}")
    return run


def screenshot(chromium, url: str, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.unlink(missing_ok=True)
    result = chromium(f"--screenshot={path}", "--window-size=1280,900", url)
    assert path.is_file(), result.stderr[-500:]
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 900)
    assert len(data) > 20_000, "screenshot looks blank"
    return path


def test_map_page_in_browser(server, chromium):
    url = f"{server.base}/{serve.DB_NAME}/coverage_map"
    dom = chromium("--dump-dom", url).stdout
    assert "leaflet-container" in dom, "no Leaflet map on the page"
    singles = len(re.findall(r'<img[^>]*class="leaflet-marker-icon', dom))
    clusters = [int(n) for n in re.findall(r'class="leaflet-marker-icon marker-cluster[^"]*"[^>]*><div><span>(\d+)</span>', dom)]
    assert singles + sum(clusters) == 5, (singles, clusters)  # every region with coordinates
    for text in ("Kabupaten Demak", "95.94", "Kota Makassar", "1,169,409 participants (peserta JKN)"):
        assert text in dom, text
    screenshot(chromium, url, "serve-map.png")


def test_chart_page_in_browser(server, chromium):
    url = f"{server.base}{serve.chart_path('33.21')}"
    dom = chromium("--dump-dom", url).stdout
    embed = dom.find('class="vega-embed')
    assert embed != -1, "datasette-vega drew no chart"
    assert re.search(r"<(svg|canvas)\b", dom[embed:]), "no svg/canvas in the chart"
    assert "Kabupaten Demak" in dom
    screenshot(chromium, url, "serve-chart.png")


def test_chart_of_a_region_with_one_figure_draws_on_load(server, chromium):
    """One figure is the common case (issue 12, item 16): the chart must not wait for "Show charting options"."""
    url = f"{server.base}{serve.chart_path('Indonesia')}"
    dom = chromium("--dump-dom", url).stdout
    embed = dom.find('class="vega-embed')
    assert embed != -1 and re.search(r"<(svg|canvas)\b", dom[embed:]), "no chart drawn for a single figure"
    assert "Show charting options" not in dom


def test_the_printed_chart_link_is_a_region_with_the_most_figures(db_path, tmp_path):
    assert serve.chart_region(db_path) == "33.21"  # two figures in the sample; the others one
    empty = tmp_path / "empty.db"
    open_store(empty, create=True).close()
    assert serve.chart_region(empty) is None  # nothing to chart: no link printed


def test_the_dashboard_draws_every_region_coloured_by_coverage_with_no_network(server, chromium):
    dom = chromium("--dump-dom", f"{server.base}/").stdout
    shapes = [(re.search(r'class="region (c-[a-z]+)"', tag).group(1), re.search(r'data-code="([^"]+)"', tag).group(1))
              for tag in re.findall(r'<path\b[^>]*class="region [^>]*>', dom)]
    assert len(shapes) >= 500, len(shapes)  # every kabupaten/kota outline, from the package
    colours = dict((code, cls) for cls, code in shapes)
    assert colours["33.21"] == "c-uhc" and colours["73.71"] in ("c-uhc", "c-mid", "c-low")
    assert sum(cls != "c-none" for cls in colours.values()) == 4  # the sample's kabupaten/kota figures
    # Pointing at a region names it with its figure and date (its SVG title; the info box says the same).
    assert "<title>Kabupaten Demak: 95.94 % (as of 2023-05-01)</title>" in dom
    assert "<title>Kabupaten Kudus: not reported</title>" in dom
    reported = dom[dom.find('id="reported"'):]
    for text in ("Kabupaten Demak", "95.94 %", "Kota Makassar"):
        assert text in reported, text
    assert re.search(r'id="n-reported">\d+ of 552<', dom) and 'id="n-national">95.6 %<' in dom
    assert "Newest announcements" in dom and 'href="/region/33.21"' in dom
    for tag in re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="(https?://[^"]+)"', dom):
        assert tag.startswith(server.base), tag  # every script and style from this server
    screenshot(chromium, f"{server.base}/", "dashboard.png")


def test_the_dashboard_filters_by_province(server, chromium):
    dom = chromium("--dump-dom", f"{server.base}/?province=33").stdout
    codes = re.findall(r'<path\b[^>]*class="region [^"]*" data-code="([^"]+)"', dom)
    assert len(codes) == 35 and all(code.startswith("33.") for code in codes)  # Jawa Tengah's 35
    reported = dom[dom.find('id="reported"'):dom.find("</table>", dom.find('id="reported"'))]
    assert "Kabupaten Demak" in reported and "Kota Makassar" not in reported
    assert '<option value="33" selected' in dom or re.search(r'<option value="33"[^>]*>Jawa Tengah', dom)


def test_a_region_page_draws_its_chart_on_load(server, chromium):
    dom = chromium("--dump-dom", f"{server.base}/region/33.21").stdout
    assert len(re.findall(r'<circle class="figure"', dom)) == 2 and 'class="uhc-line"' in dom
    assert "Kabupaten Demak" in dom and "Jawa Tengah" in dom
    table = dom[dom.find('id="announcements"'):]
    assert "95.94 %" in table and "1,169,409" in table and "sudah sebanyak 1.169.409 penduduk" in table
    assert "uhc_reached" in dom[dom.find('id="alerts"'):]
    screenshot(chromium, f"{server.base}/region/33.21", "region.png")
    one = chromium("--dump-dom", f"{server.base}/region/Indonesia").stdout
    assert len(re.findall(r'<circle class="figure"', one)) == 1  # one figure is a chart too


def test_the_sources_page_shows_each_sources_health(server, chromium):
    dom = chromium("--dump-dom", f"{server.base}/sources").stdout
    health = dom[dom.find('id="health"'):dom.find('id="runs"')]
    assert "sulselnews" in health and "3x: TimeoutError ×2" in health and "demakkab" in health
    assert "unchanged" in health and "TimeoutError ×2" in dom[dom.find('id="runs"'):]
    screenshot(chromium, f"{server.base}/sources", "sources.png")
