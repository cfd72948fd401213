"""`uhcwatch run`, the daemon, for real: scheduled crawls of local sites, alerts to a local receiver.

Alerts must arrive exactly once per new region whatever happens to the daemon (SIGTERM and restart,
kill -9, a receiver that is down for a while), a new article must alert within about one interval,
and a second daemon on the same database is refused.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from crawl_helpers import rows
from fixtures.receiver import Receiver

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles
from uhcwatch.crawler.extraction.extract import extract

SAMPLES = load_sample_articles()
EVERY = 2  # seconds between scheduled crawls of a source


def expected_regions(articles) -> set[str]:
    return {a.region_code for art in articles
            for a in extract(art.text, title=art.title, published=art.published.isoformat())}


def config_text(site: str, start_urls: list[str], alert_url: str, *, alerts: str = "") -> str:
    """A daemon config polling one source every EVERY seconds, pinned (no adaptive change), alerting to a hook."""
    return f"""
[crawl]
download_timeout = "3s"
[schedule]
every = "{EVERY}s"
jitter = "0s"
min_every = "{EVERY}s"
max_every = "{EVERY}s"
[alerts]
urls = ["{alert_url}"]
max_age_days = 0
retry = "1s"
doubt_retry = "1s"
{alerts}
[[sources]]
name = "{site}"
start_urls = {json.dumps(start_urls)}
"""


def write_config(path: Path, server: SiteServer, site: str, receiver: Receiver, alert_url: str | None = None) -> Path:
    port = urlsplit(server.url(site)).port
    path.write_text(config_text(site, [server.url(site, "/feed/"), server.url(site, "/")],
                                alert_url or receiver.apprise_url)
                    + f'allowed_domains = ["127.0.0.1:{port}"]\n', encoding="utf-8")
    return path


class Daemon:
    """`uhcwatch run` in its own process group, output kept in a file."""

    def __init__(self, config: Path, db: Path, log: Path, *options: str, cwd: Path | None = None):
        self.log = log.open("a")
        self.proc = subprocess.Popen([sys.executable, "-P", "-m", "uhcwatch", "--config", str(config), "--db", str(db),
                                      *options, "run"], stdout=self.log, stderr=self.log, start_new_session=True,
                                     cwd=cwd)

    def stop(self, sig=signal.SIGTERM, timeout: float = 45) -> int:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, sig) if sig == signal.SIGKILL else self.proc.send_signal(sig)
        code = self.proc.wait(timeout)
        self.log.close()
        return code


def wait_until(condition, timeout: float, step: float = 0.2) -> bool:
    """Poll ``condition``; a database the daemon has created but not yet given its tables counts as 'not yet'."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except sqlite3.OperationalError:  # "no such table": the schema is being written
            pass
        time.sleep(step)
    return condition()


@pytest.fixture
def site_and_receiver():
    site = build_site("wordpress", SAMPLES[:6], n_filler=6, seed=7, name="warta")
    with SiteServer(site) as server, Receiver() as receiver:
        yield site, server, receiver


def test_alerts_exactly_once_through_sigterm_restart_and_kill9(tmp_path, site_and_receiver):
    site, server, receiver = site_and_receiver
    config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
    regions = expected_regions(SAMPLES[:6])
    assert regions

    daemon = Daemon(config, db, log)
    try:
        assert wait_until(lambda: len(receiver.posts) >= len(regions), 90), log.read_text()[-3000:]
        assert daemon.stop(signal.SIGTERM) == 0  # graceful
        daemon = Daemon(config, db, log)  # restart: crawls again, the same content
        time.sleep(3 * EVERY)
        daemon.stop(signal.SIGKILL)  # no chance to clean up
        daemon = Daemon(config, db, log)
        time.sleep(3 * EVERY)
    finally:
        daemon.stop(signal.SIGTERM)

    titles = Counter(p["title"] for p in receiver.posts)
    assert len(titles) == len(regions) and set(titles.values()) == {1}, titles
    assert rows(db, "SELECT count(*), count(delivered_at) FROM alerts") == [(len(regions), len(regions))]
    assert rows(db, "SELECT count(DISTINCT region_code) FROM alerts") == [(len(regions),)]
    feed = ET.parse(db.with_name(db.stem + "-alerts.atom")).getroot()
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == len(regions)
    assert "Traceback" not in log.read_text()


def key_of(post: dict) -> str:
    return post["message"].rpartition("uhcwatch alert key: ")[2]


def test_a_kill_during_a_send_loses_nothing_and_the_repeat_carries_its_key(tmp_path, site_and_receiver):
    """kill -9 while a 1 s webhook call is under way: the target got the POST, the daemon never learnt it.
    After a restart that alert is in doubt and sent once more, with the same key; nothing is lost."""
    site, server, receiver = site_and_receiver
    receiver.delay = 1.0
    config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
    regions = expected_regions(SAMPLES[:6])
    daemon = Daemon(config, db, log)
    try:
        assert wait_until(lambda: len(receiver.requests) >= 1, 90, step=0.05), log.read_text()[-3000:]
        daemon.stop(signal.SIGKILL)  # during the call
        daemon = Daemon(config, db, log)
        assert wait_until(lambda: rows(db, "SELECT count(*) FROM alerts WHERE delivered_at IS NULL") == [(0,)]
                          and len({p["title"] for p in receiver.posts}) >= len(regions), 90), log.read_text()[-3000:]
    finally:
        daemon.stop(signal.SIGTERM)
    assert {p["title"] for p in receiver.posts} == {t for (t,) in rows(db, "SELECT title FROM alerts")}
    by_key: dict[str, set] = {}
    for post in receiver.posts:
        by_key.setdefault(key_of(post), set()).add((post["title"], post["message"]))
    assert len(by_key) == len(regions) and all(len(v) == 1 for v in by_key.values())  # a repeat is the same
    repeats = len(receiver.posts) - len(by_key)
    assert repeats == 1  # the alert whose call was cut short, sent again once
    assert rows(db, "SELECT sum(in_doubt) FROM alerts") == [(repeats,)]
    assert "Traceback" not in log.read_text()


def test_receiver_down_first_then_delivered_once(tmp_path, site_and_receiver):
    site, server, receiver = site_and_receiver
    receiver.down = True
    config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
    regions = expected_regions(SAMPLES[:6])
    daemon = Daemon(config, db, log)
    try:
        assert wait_until(lambda: db.exists() and rows(db, "SELECT count(*) FROM alerts WHERE attempts >= 1")[0][0]
                          >= len(regions), 90), log.read_text()[-3000:]
        assert receiver.posts == []
        (error,) = rows(db, "SELECT last_error FROM alerts LIMIT 1")[0]
        assert error  # the failure is kept
        receiver.down = False
        assert wait_until(lambda: len(receiver.posts) >= len(regions), 60), log.read_text()[-3000:]
        time.sleep(2 * EVERY)
    finally:
        daemon.stop()
    assert set(Counter(p["title"] for p in receiver.posts).values()) == {1}
    assert all(attempts >= 2 for (attempts,) in rows(db, "SELECT attempts FROM alerts"))


def test_an_article_published_while_running_alerts_within_an_interval(tmp_path):
    samples = SAMPLES[:2]
    site = build_site("wordpress", samples, n_filler=0, seed=1, release_every=8.0, name="warta")
    late = max(site.posts, key=lambda p: p.visible_from)
    with SiteServer(site) as server, Receiver() as receiver:
        config = write_config(tmp_path / "u.toml", server, "warta", receiver)
        db, log = tmp_path / "u.db", tmp_path / "log"
        late_regions = expected_regions([late.article])
        daemon = Daemon(config, db, log)
        try:
            released = time.monotonic() + (late.visible_from - server.now())
            assert wait_until(lambda: any(f"({code})" in p["message"] for p in receiver.posts for code in late_regions),
                              60), log.read_text()[-3000:]
            delay = time.monotonic() - released
        finally:
            daemon.stop()
    assert 0 <= delay <= EVERY + 10, delay  # one interval, plus the crawl itself on a busy CI machine


def test_a_second_daemon_on_the_same_database_is_refused(tmp_path, site_and_receiver):
    site, server, receiver = site_and_receiver
    config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
    daemon = Daemon(config, db, log)
    try:
        assert wait_until(lambda: db.with_name(db.name + ".lock").exists(), 30)
        time.sleep(1)
        second = subprocess.run([sys.executable, "-m", "uhcwatch", "--config", str(config), "--db", str(db), "run"],
                                capture_output=True, text=True, timeout=30)
    finally:
        daemon.stop()
    assert second.returncode == 2
    assert "already running" in second.stderr and "Traceback" not in second.stderr


def test_next_run_times_survive_a_restart(tmp_path):
    """The job store lives in the database: a restarted daemon keeps each source's next run."""
    from uhcwatch import scheduler
    from uhcwatch.crawler.config import parse_config
    from uhcwatch.storage.store import Store

    config = parse_config({"schedule": {"every": "1h", "jitter": "0s"},
                           "sources": [{"name": "a", "start_urls": ["http://127.0.0.1:9/"]}]}, None)
    db = tmp_path / "u.db"
    Store(db).close()  # the schema, as the daemon makes it before its job store
    first = scheduler.build_scheduler(config, db)
    first.start(paused=True)
    scheduler.sync_jobs(first, config, db)
    job = first.get_job("crawl:a")
    job.modify(next_run_time=job.next_run_time.replace(microsecond=0) + timedelta(minutes=37))
    planned = first.get_job("crawl:a").next_run_time
    first.shutdown(wait=False)

    second = scheduler.build_scheduler(config, db)
    second.start(paused=True)
    scheduler.sync_jobs(second, config, db)
    assert second.get_job("crawl:a").next_run_time == planned
    changed = parse_config({"schedule": {"every": "2h"}, "sources": [{"name": "a", "start_urls": ["http://127.0.0.1:9/"]}]},
                           None)
    scheduler.sync_jobs(second, changed, db)  # a new interval: a new schedule, starting now
    assert second.get_job("crawl:a").next_run_time < planned
    second.shutdown(wait=False)


def test_offline_the_daemon_says_no_network_once_and_little_else(tmp_path):
    """Every source refused (a closed port): one line per crawl, one 'no network' line, no per-request noise."""
    config = tmp_path / "u.toml"
    config.write_text('[schedule]\nevery = "2s"\njitter = "0s"\n' + "".join(
        f'[[sources]]\nname = "s{i}"\nstart_urls = ["http://127.0.0.1:9/{i}/"]\n' for i in range(3)))
    daemon = Daemon(config, tmp_path / "u.db", tmp_path / "daemon.log")
    try:
        runs = lambda: sqlite3.connect(tmp_path / "u.db").execute(  # noqa: E731
            "SELECT count(*) FROM crawl_runs WHERE status = 'failed'").fetchone()[0]
        assert wait_until(lambda: runs() >= 9, timeout=90)  # three rounds, the last two while "offline"
    finally:
        assert daemon.stop() == 0
    lines = (tmp_path / "daemon.log").read_text().splitlines()
    assert sum("no network: 3 of 3 sources unreachable" in line for line in lines) == 1, lines
    assert not [line for line in lines if "Gave up retrying" in line or "ERROR" in line or "Traceback" in line]
    assert sum(" WARNING " in line for line in lines) <= 4, lines  # each source's first failure, then the one line


def test_a_database_deleted_under_the_daemon_stops_it_and_nothing_is_sent_again(tmp_path, site_and_receiver):
    site, server, receiver = site_and_receiver
    config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
    regions = expected_regions(SAMPLES[:6])
    daemon = Daemon(config, db, log)
    try:
        assert wait_until(lambda: len(receiver.posts) >= len(regions), 90), log.read_text()[-3000:]
        for path in tmp_path.glob("u.db*"):
            path.unlink()
        code = daemon.proc.wait(30)
    finally:
        daemon.stop(signal.SIGTERM)
    text = log.read_text()
    assert code == 1 and "was deleted or replaced" in text, text[-2000:]
    assert not db.exists()  # no fresh, empty database made in its place
    assert len(receiver.posts) == len(regions)  # nothing delivered twice
    assert "Traceback" not in text


def test_an_unchanged_source_is_polled_with_one_conditional_request_per_start_url_and_no_crawl(tmp_path):
    site = build_site("wordpress", SAMPLES[:3], n_filler=4, seed=5, name="warta")
    with SiteServer(site) as server, Receiver() as receiver:
        config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
        polls = lambda: rows(db, "SELECT coalesce(max(polls), 0) FROM source_state")[0][0]  # noqa: E731
        daemon = Daemon(config, db, log)
        try:
            assert wait_until(lambda: polls() >= 1, 60), log.read_text()[-3000:]
            server.clear_log()
            assert wait_until(lambda: polls() >= 6, 60), log.read_text()[-3000:]
            seen = list(server.requests())
        finally:
            daemon.stop()
    assert rows(db, "SELECT count(*) FROM crawl_runs") == [(1,)]  # only the first poll crawled
    assert rows(db, "SELECT last_outcome, consecutive_failures FROM source_state") == [("unchanged", 0)]
    # The start URLs and the sitemap robots.txt names, each answered 304: no robots.txt, no article.
    assert {(r.path, r.status) for r in seen} <= {("/feed/", 304), ("/", 304), ("/sitemap.xml", 304)}, seen
    per_poll = Counter(r.path for r in seen)
    assert per_poll["/feed/"] >= 4 and abs(per_poll["/feed/"] - per_poll["/"]) <= 1


def test_a_source_that_goes_down_alerts_once_and_its_return_is_noted(tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on, for now
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    site = build_site("wordpress", SAMPLES[:1], n_filler=2, seed=2, name="warta")
    with Receiver() as receiver:
        config = tmp_path / "u.toml"
        config.write_text(config_text("warta", [f"http://127.0.0.1:{port}/feed/"], receiver.apprise_url,
                                      alerts='events = ["new_region", "source_down"]\ndown_after = 2'),
                          encoding="utf-8")
        db, log = tmp_path / "u.db", tmp_path / "log"
        titles = lambda: [p["title"] for p in receiver.posts]  # noqa: E731
        daemon = Daemon(config, db, log)
        try:
            assert wait_until(lambda: any("warta is down: 2 polls failed" in t for t in titles()), 90), \
                log.read_text()[-3000:]
            assert wait_until(lambda: rows(db, "SELECT consecutive_failures FROM source_state")[0][0] >= 4, 90)
            with SiteServer(site, ports={"warta": port}):
                assert wait_until(lambda: any("warta answers again" in t for t in titles()), 90), \
                    log.read_text()[-3000:]
        finally:
            daemon.stop()
    events = [t.split(":")[0] if "down" in t else t for t in titles() if t.startswith("warta")]
    assert sum("is down" in t for t in titles()) == 1 and sum("answers again" in t for t in titles()) == 1, events
    assert all("uhcwatch-" in p["message"] or "uhcwatch-" in p["title"] for p in receiver.posts)


def test_sources_due_together_are_crawled_by_one_child_process(tmp_path):
    sites = [build_site("wordpress", SAMPLES[i:i + 1], n_filler=2, seed=i, name=f"s{i}") for i in range(3)]
    with SiteServer(*sites) as server:
        config = tmp_path / "u.toml"
        config.write_text('[schedule]\nevery = "1h"\njitter = "0s"\n' + "".join(
            f'[[sources]]\nname = "s{i}"\nstart_urls = ["{server.url(f"s{i}", "/feed/")}"]\n' for i in range(3)))
        db, log = tmp_path / "u.db", tmp_path / "log"
        daemon = Daemon(config, db, log, "-v")
        try:
            assert wait_until(lambda: rows(db, "SELECT count(*) FROM source_state")[0][0] == 3, 90), \
                log.read_text()[-3000:]
        finally:
            daemon.stop()
    started = [line for line in log.read_text().splitlines() if "uhcwatch.daemon: crawl of" in line
               and line.endswith(" started")]
    assert len(started) == 1 and all(f"s{i}" in started[0] for i in range(3)), started
    assert rows(db, "SELECT source, status FROM crawl_runs ORDER BY source") == [("s0", "ok"), ("s1", "ok"),
                                                                                ("s2", "ok")]


def test_a_module_named_file_in_the_working_directory_does_not_break_the_crawl(tmp_path, site_and_receiver):
    # a user's folder holding "scrapy.py" (or a "gi/" package, which apprise's plugins try to import)
    site, server, receiver = site_and_receiver
    work = tmp_path / "work"
    work.mkdir()
    (work / "scrapy.py").write_text('raise ImportError("a stray scrapy.py in the working directory")\n')
    config, db, log = write_config(tmp_path / "u.toml", server, "warta", receiver), tmp_path / "u.db", tmp_path / "log"
    daemon = Daemon(config, db, log, cwd=work)
    try:
        assert wait_until(lambda: len(receiver.posts) >= 1, 90), log.read_text()[-3000:]
    finally:
        daemon.stop(signal.SIGTERM)
    assert "stray scrapy.py" not in log.read_text()
