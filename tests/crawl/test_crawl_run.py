"""`uhcwatch crawl` against fake news sites on 127.0.0.1: what lands in SQLite, incrementality, faults.

Every crawl is the real command in a subprocess (Scrapy's reactor runs once per process), through a
recording proxy: a request the crawler should never make (a private address, another domain) would
land in the proxy's log, not on the network.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import pytest
from crawl_helpers import crawl, rows, write_config
from fixtures.faults import BADBYTES_EXPECTED, Faults
from fixtures.proxy import RecordingProxy

from uhcwatch.crawler.crawl.boilerplate import TEASER_START
from uhcwatch.crawler.demo import STYLES, SiteServer, build_site, load_sample_articles
from uhcwatch.crawler.extraction.extract import extract

SAMPLES = load_sample_articles()


def _port(server: SiteServer, site: str) -> int:
    return urlsplit(server.url(site)).port


def _expected(site) -> set[tuple]:
    """What the extractor finds in the sample articles a site posts: the crawl must store exactly this."""
    out = set()
    for post in site.posts:
        if post.filler:
            continue
        a = post.article
        for ann in extract(a.text, title=a.title, published=a.published.isoformat()):
            out.add((site.name, ann.region_code, ann.coverage_pct, ann.participants, ann.as_of))
    return out


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """Four sites (WordPress, sitemap-only, listing-only with two-page articles, cp1252), crawled twice."""
    tmp = tmp_path_factory.mktemp("crawl")
    sites = [build_site(style, SAMPLES, n_filler=25, seed=3, name=style) for style in STYLES]
    with RecordingProxy() as proxy, SiteServer(*sites) as server:
        starts = {"wordpress": ["/feed/", "/"], "sitemap_only": ["/"], "listing_only": ["/indeks"],
                  "legacy_cp1252": ["/rss.xml", "/index.php"]}
        config = write_config(tmp / "uhcwatch.toml",
                              {s: [server.url(s, p) for p in starts[s]] for s in starts},
                              {s: _port(server, s) for s in starts})
        db = tmp / "news.db"
        first = crawl(config, db, env=proxy.env())
        first_log = list(server.requests())
        server.clear_log()
        second = crawl(config, db, env=proxy.env())
        yield {"sites": sites, "db": db, "first": first, "second": second, "first_log": first_log,
               "second_log": list(server.requests()), "proxy": proxy}


def test_crawl_exits_cleanly_and_summarises(news):
    assert news["first"].returncode == 0, news["first"].stderr[-3000:]
    assert "Traceback" not in news["first"].stderr
    for style in STYLES:
        assert style in news["first"].stdout
    runs = rows(news["db"], "SELECT source, status, pages, articles_new FROM crawl_runs ORDER BY id LIMIT 4")
    assert {r[0] for r in runs} == set(STYLES)
    assert all(status == "ok" and pages > 0 for _, status, pages, _ in runs)
    # The four sites syndicate the same stories: each is stored once, under whichever site came first.
    assert sum(new for *_, new in runs) > 0
    stored = {source for (source,) in rows(news["db"], "SELECT DISTINCT source FROM articles")}
    assert len(stored) >= 2


def test_every_announcement_is_stored_once_and_nothing_else(news):
    """Syndicated copies of a story (the same text on several sites) store its announcements once."""
    stored = rows(news["db"], "SELECT region_code, coverage_pct, participants, as_of FROM announcements")
    expected = {e[1:] for site in news["sites"] for e in _expected(site)}
    assert expected and set(stored) == expected
    assert len(stored) == len(set(stored))


def test_filler_never_yields_an_announcement(news):
    filler_paths = {p.path for site in news["sites"] for p in site.posts if p.filler}
    urls = rows(news["db"], "SELECT DISTINCT article_url FROM announcements")
    assert not [u for (u,) in urls if urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "")
                in filler_paths]


def test_two_page_articles_are_joined(news):
    """On the listing-only site some articles continue on a second page: the stored text has both."""
    split = [p for p in news["sites"][STYLES.index("listing_only")].posts if not p.filler and len(p.pages) > 1]
    assert split
    texts = dict(rows(news["db"], "SELECT url, text FROM articles"))
    for post in split:
        text = next(t for u, t in texts.items() if u.endswith(post.path))
        story = [p for p in post.article.paragraphs if not TEASER_START.match(p)]  # not "BACA JUGA: ..."
        first, last = story[0], story[-1]
        assert first[:60] in text and last[:60] in text, post.path


def test_syndicated_copies_alert_once_per_region(news):
    alerts = Counter(code for (code,) in rows(news["db"], "SELECT region_code FROM alerts WHERE event='new_region'"))
    assert alerts and set(alerts.values()) == {1}


def test_second_crawl_downloads_no_article_again(news):
    assert news["second"].returncode == 0, news["second"].stderr[-3000:]
    article_paths = {p for site in news["sites"] for post in site.posts for p in post.pages}
    again = [r for r in news["second_log"] if r.path in article_paths]
    assert again == []
    polled = [r for r in news["second_log"] if r.path in ("/feed/", "/rss.xml", "/sitemap_index.xml")]
    assert polled and all(r.status == 304 for r in polled)
    assert rows(news["db"], "SELECT articles_new, announcements_new FROM crawl_runs ORDER BY id DESC LIMIT 4") == \
        [(0, 0)] * 4


def test_robots_txt_is_fetched_once_a_day_not_once_a_crawl(news):
    first = [r for r in news["first_log"] if r.path == "/robots.txt"]
    assert first and len(first) <= 2 * len(news["sites"])  # Scrapy's robots check and the spider's Sitemap: lines
    assert [r for r in news["second_log"] if r.path == "/robots.txt"] == []  # the second crawl reads the store
    assert rows(news["db"], "SELECT count(*) FROM robots_txt") == [(len(news["sites"]),)]


def test_politeness_robots_and_per_site_concurrency(news):
    assert not [r for r in news["first_log"] if r.path.startswith(("/wp-admin", "/wp-login"))]
    assert all(r.headers.get("user-agent", "").startswith("uhcwatch/") for r in news["first_log"])


def test_nothing_went_through_the_proxy(news):
    assert news["proxy"].requests == []


# ---------------------------------------------------------------- faults

@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    site = build_site("wordpress", SAMPLES[:3], n_filler=5, seed=5, name="faulty")
    with RecordingProxy() as proxy, SiteServer(site) as server:
        faults = Faults(server, "faulty", hang_limit=30)
        first_post = next(p for p in site.posts if not p.filler)  # a JKN story: stored once fetched
        paths = [f"/flaky{first_post.path}", "/hang", "/reset", "/huge", "/badbytes", "/loop1",
                 "/calendar/2023/05/", "/links", "/to-private"]
        config = write_config(tmp / "uhcwatch.toml", {"faulty": [server.url("faulty", p) for p in paths]},
                              {"faulty": _port(server, "faulty")}, download_timeout="2s", max_pages_per_run=80)
        db = tmp / "faults.db"
        result = crawl(config, db, env=proxy.env())
        yield {"result": result, "db": db, "server": server, "faults": faults, "proxy": proxy,
               "first_post": first_post, "log": list(server.requests())}


def test_faults_do_not_stop_the_crawl(faulty):
    r = faulty["result"]
    assert r.returncode == 0, r.stderr[-3000:]
    assert "Traceback" not in r.stderr
    (status, errors), = rows(faulty["db"], "SELECT status, errors FROM crawl_runs")
    assert status == "ok" and errors >= 3  # hang, reset, loop at least


def test_503_then_success_is_retried_into_the_page(faulty):
    path = faulty["first_post"].path
    assert faulty["faults"].flaky_hits[path] == 3
    # Stored once: under /flaky/..., or under its canonical URL if a link led there first. Which comes first
    # depends on timing; when both were already in flight the later one is kept as a row marked duplicate_of
    # the first, with no announcements of its own (the store's rule): count originals, and announcements.
    same = "(url LIKE ? OR canonical_url LIKE ?)"
    assert rows(faulty["db"], f"SELECT count(*) FROM articles WHERE {same} AND duplicate_of IS NULL",
                f"%{path}", f"%{path}") == [(1,)]
    assert rows(faulty["db"], f"""SELECT count(DISTINCT article_url) FROM announcements
                                 WHERE article_url IN (SELECT url FROM articles WHERE {same})""",
                f"%{path}", f"%{path}") == [(1,)]
    assert rows(faulty["db"], f"""SELECT count(*) FROM articles WHERE {same} AND duplicate_of IS NOT NULL
                                 AND duplicate_of NOT IN (SELECT url FROM articles WHERE {same})""",
                f"%{path}", f"%{path}", f"%{path}", f"%{path}") == [(0,)]


def test_a_page_over_the_size_limit_is_abandoned(faulty):
    assert faulty["faults"].huge_sent < faulty["faults"].huge_bytes
    assert rows(faulty["db"], "SELECT count(*) FROM articles WHERE url LIKE '%/huge'") == [(0,)]


def test_invalid_bytes_are_decoded_leniently(faulty):
    got = rows(faulty["db"], """SELECT region_name, coverage_pct, participants, population, as_of FROM announcements
                                WHERE article_url LIKE '%/badbytes'""")
    e = BADBYTES_EXPECTED
    assert got == [(e["region_name"], e["coverage_pct"], e["participants"], e["population"], e["as_of"])]


def test_redirect_loop_and_calendar_trap_are_bounded(faulty):
    server = faulty["server"]
    assert server.count("/loop", site="faulty") <= 12
    assert 1 <= server.count("/calendar/", site="faulty") <= 3 + 3  # start page + max_depth hops each way


def test_private_addresses_other_domains_and_schemes_are_never_requested(faulty):
    assert faulty["proxy"].requests == []  # nothing left 127.0.0.1: not 169.254.169.254, 10.0.0.1, other-news.example
    assert faulty["server"].count("/to-private", site="faulty") == 1  # fetched once; its redirect was dropped
    assert rows(faulty["db"], "SELECT count(*) FROM articles WHERE url NOT LIKE 'http://127.0.0.1:%'") == [(0,)]


# ---------------------------------------------------------------- config errors

def test_unknown_source_and_bad_config_are_one_line(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bad.toml"
    bad.write_text('[crawl]\nconcurency = 3\n')
    for args in (["--config", str(bad), "crawl"], ["--db", str(tmp_path / "x.db"), "crawl", "--source", "nope"]):
        proc = subprocess.run([sys.executable, "-m", "uhcwatch", *args], capture_output=True, text=True)
        assert proc.returncode == 2
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


# --- a crawl never outlives its daemon, and no source is crawled twice at once -------------------------


class Silent:
    """A site on 127.0.0.1 that accepts connections and never answers: a crawl of it hangs."""

    def __init__(self):
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]

    def close(self):
        self.sock.close()


def _pid_alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:  # a zombie has finished
        return f.read().split(")")[-1].split()[0] != "Z"


def _crawl_started(db, source: str) -> bool:
    """Has a crawl of ``source`` begun its run row? (The file exists a moment before its tables do.)"""
    import sqlite3

    try:
        return db.exists() and bool(rows(db, "SELECT 1 FROM crawl_runs WHERE source = ?", source))
    except sqlite3.OperationalError:  # "no such table": the child is still creating the database
        return False


def test_a_crawl_whose_daemon_is_killed_stops_and_a_busy_source_is_not_crawled_twice(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from uhcwatch.crawler.config import load_config

    silent = Silent()
    try:
        config = write_config(tmp_path / "u.toml", {"hang": [f"http://127.0.0.1:{silent.port}/"]},
                              {"hang": silent.port}, download_timeout="60s")
        db = tmp_path / "u.db"
        daemon = tmp_path / "daemon.py"  # stands in for the daemon: starts the crawl child as it does, then waits
        daemon.write_text(
            "import subprocess, sys, time\n"
            f"child = subprocess.Popen([sys.executable, '-m', 'uhcwatch.crawler.crawl', '--db', {str(db)!r}, "
            "'--source', 'hang'], stdin=subprocess.PIPE, start_new_session=True)\n"
            "child.stdin.write(sys.stdin.buffer.read()); child.stdin.close()\n"
            "print(child.pid, flush=True)\ntime.sleep(600)\n")
        parent = subprocess.Popen([sys.executable, str(daemon)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        parent.stdin.write(load_config(str(config)).to_json().encode())
        parent.stdin.close()
        child = int(parent.stdout.readline())
        deadline = time.monotonic() + 60
        while not _crawl_started(db, "hang"):
            assert time.monotonic() < deadline
            time.sleep(0.2)

        second = crawl(config, db, "--source", "hang", timeout=60)  # while the first still hangs
        assert second.returncode == 0 and "busy" in second.stdout, second.stdout + second.stderr

        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 20
        while _pid_alive(child) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _pid_alive(child), "the crawl outlived its daemon"
    finally:
        silent.close()
    # the source is free again; its next crawl finds the killed run and marks it interrupted
    assert crawl(config, db, "--source", "hang", timeout=120).returncode == 1  # the site is gone: failed
    assert [s for (s,) in rows(db, "SELECT status FROM crawl_runs WHERE source = 'hang' ORDER BY id")] == [
        "interrupted", "failed"]
