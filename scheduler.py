"""The uhcwatch daemon: crawl each source on its schedule, deliver alerts, until told to stop.

Design, and why:

- **One job per source** in APScheduler 3 (interval + jitter, `max_instances=1`
  so a slow crawl never overlaps the next run of the same source, `coalesce`
  so runs missed while the daemon was down collapse into one, a misfire grace
  time of one interval). Jobs live in a SQLAlchemy job store inside the
  database itself, so next-run times survive a restart.
- **A cheap look first** (``crawler.crawl.probe``): each poll asks the source's start URLs, from the
  daemon itself, whether anything changed: one conditional request each (robots.txt at most once a
  day). Most polls end there, in milliseconds. Only a source with something new is crawled.
- **Adaptive polling** (``crawler.polling``): after each poll the source's next one is set from its
  health row: sooner while it publishes, later while it is quiet, backing off while it fails, within
  its ``min_every``/``max_every`` bounds. Each poll also updates the source's health (``uhcwatch
  sources``) and may queue a ``source_down`` or ``source_quiet`` alert.
- **Each crawl runs in a child process** (`python -m uhcwatch.crawler.crawl`,
  handed the daemon's configuration as JSON on its stdin).
  Scrapy's Twisted reactor cannot be restarted within one process, and a
  long-lived reactor shared by all crawls would keep every crawl's memory and
  failures in the daemon. A child per crawl starts clean, gives all its
  memory back when it exits (the daemon stays flat over thousands of
  cycles), and a crash or a `kill -9` of it loses at most the article being
  written, which its transaction rolls back.
- **Alerts** are created by the crawl in the same transaction as their
  announcement (the outbox in `alerts`); the daemon delivers pending ones
  after every crawl and on a short timer, so a target that was down gets them
  once it is back, and refreshes the Atom feed next to the database.
- **One daemon per database**: an exclusive lock file beside it.
- **SIGTERM/SIGINT**: no new crawls start; running children get SIGTERM
  (Scrapy finishes in-flight items and records the run as interrupted) and,
  after a grace period, SIGKILL; then the last alerts are delivered (new sends start for at most
  ten seconds: a slow target cannot hold the shutdown).
"""

from __future__ import annotations

import fcntl
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from uhcwatch.crawler.config import Config, load_config
from uhcwatch.crawler.database import open_store
from uhcwatch.crawler.errors import AlreadyRunning
from uhcwatch.crawler.health import NetworkWatch

log = logging.getLogger("uhcwatch.daemon")

DELIVERY_INTERVAL = 30.0  # seconds between delivery attempts of pending alerts
STOP_GRACE = 30.0  # seconds a crawl gets to finish after SIGTERM before it is killed
POLL_THREADS = 8  # polls (cheap looks, mostly waiting on the network) at once; crawls are CRAWL_WORKERS
CRAWL_WORKERS = 2  # crawl child processes at once (one per core here)
MAX_BATCH = 50  # sources crawled by one child process
GATHER = 0.5  # seconds a crawl waits for other sources due at the same moment
LAST_DELIVERY_WITHIN = 10.0  # seconds the last delivery pass at shutdown may start new sends

_children: set[subprocess.Popen] = set()
_children_lock = threading.Lock()
_stopping = threading.Event()
_running: dict[str, Config] = {}  # database path -> the configuration its daemon runs with
_networks: dict[str, NetworkWatch] = {}  # database path -> which of its sources answer
_identities: dict[str, tuple[int, int]] = {}  # database path -> (device, inode) of the file the daemon opened
_stop_requests: dict[str, threading.Event] = {}  # database path -> set to stop its daemon from a job
_schedulers: dict[str, BackgroundScheduler] = {}  # database path -> its daemon's scheduler (adaptive polling)
_queues: dict[str, "CrawlQueue"] = {}  # database path -> the sources waiting for a crawl
IDENTITY_CHECK = 5.0  # seconds between checks that the database file is still the one the daemon opened


def atom_path(db_path: Path) -> Path:
    """The Atom feed of recent alerts, next to the database."""
    return db_path.with_name(db_path.stem + "-alerts.atom")


def lock_database(db_path: Path):
    """Hold an exclusive lock for the daemon's lifetime; raise AlreadyRunning if another has it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_file = open(db_path.with_name(db_path.name + ".lock"), "a+")
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.seek(0)
        pid = lock_file.read().strip() or "?"
        lock_file.close()
        raise AlreadyRunning(f"another uhcwatch daemon (pid {pid}) is already running on {db_path}") from None
    lock_file.seek(0)
    lock_file.truncate()
    lock_file.write(str(os.getpid()))
    lock_file.flush()
    return lock_file


# ------------------------------------------------------------------ jobs (importable: the job store keeps references)

def crawl_job(db_path: str, source: str) -> None:
    """Poll one source: a cheap look at its start URLs first (``probe``). Nothing new: its health recorded
    and its next poll set (adaptive polling), all in this process. Something new, or the look cannot tell:
    it joins the crawl queue (``CrawlQueue``), whose child process records the rest."""
    from uhcwatch.crawler.polling import Poll, record

    config = _running.get(db_path)
    if _stopping.is_set() or config is None or not database_still_there(db_path):
        return
    src = next((s for s in config.sources if s.name == source), None)
    if src is None:
        return
    with open_store(db_path) as store:
        look = _probe(store, config, src)
        unchanged = look is not None and not look.changed and look.reason != "stopping"
        if unchanged:
            state, alerts = record(store, config, src, Poll("unchanged"))
    if look is not None and look.reason == "stopping":
        return
    if unchanged:
        log.debug("%s unchanged (%d requests)", source, look.requests)
        change = _networks_for(db_path).crawled(source, "ok", 1)
        if change:
            log.info("%s", change)
        _schedule_next(db_path, config, source, state)
        if alerts:
            deliver_job(db_path)
        return
    queue = _queues.get(db_path)
    if queue is not None and queue.add(source):
        log.debug("%s queued for a crawl (%s)", source, look.reason if look else "look failed")


class CrawlQueue:
    """Sources found worth a crawl wait here a moment (``GATHER``); one child process then crawls every
    source waiting, up to ``MAX_BATCH``, so a burst of changed sources (the first poll of each, the daily
    crawl) pays the child's start-up (Scrapy, trafilatura, the gazetteer: about a CPU-second) once, not once
    per source. ``CRAWL_WORKERS`` children at most run at once. A source queued or being crawled is not
    queued again. After a batch, each source's run is recorded as its poll and its next poll set."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.waiting: dict[str, None] = {}  # in arrival order
        self.crawling: set[str] = set()
        self.ready = threading.Condition()
        self.workers = [threading.Thread(target=self._work, name=f"crawls-{i}", daemon=True)
                        for i in range(CRAWL_WORKERS)]
        for worker in self.workers:
            worker.start()

    def add(self, source: str) -> bool:
        with self.ready:
            if source in self.waiting or source in self.crawling or _stopping.is_set():
                return False
            self.waiting[source] = None
            self.ready.notify()
            return True

    def close(self) -> None:
        with self.ready:
            self.ready.notify_all()
        for worker in self.workers:
            worker.join()

    def _take(self) -> list[str]:
        with self.ready:
            while not self.waiting and not _stopping.is_set():
                self.ready.wait(1.0)
        time.sleep(GATHER)  # the others due in the same moment join this batch
        with self.ready:
            if _stopping.is_set():
                return []
            batch = list(self.waiting)[:MAX_BATCH]
            for source in batch:
                del self.waiting[source]
            self.crawling.update(batch)
            return batch

    def _work(self) -> None:
        while not _stopping.is_set():
            batch = self._take()
            if not batch:
                continue
            try:
                _crawl_batch(self.db_path, batch)
            except Exception as e:  # a bug or a full disk must not end the crawls: the next polls try again
                log.error("crawl of %s failed: %s: %s", ", ".join(batch), type(e).__name__, e)
            finally:
                with self.ready:
                    self.crawling.difference_update(batch)


def _crawl_batch(db_path: str, sources: list[str]) -> None:
    """Crawl ``sources`` in one child process; then record each one's run as its poll and set its next poll."""
    from uhcwatch.crawler.polling import Poll, poll_of_run, record

    config = _running.get(db_path)
    if config is None or not database_still_there(db_path):
        return
    with open_store(db_path) as store:
        before = {r["source"]: r["id"] for r in store.last_runs()}
    log.debug("crawl of %s started", ", ".join(sources))
    code, seconds = _crawl_in_child(db_path, config, sources)
    if not database_still_there(db_path):
        return  # deleted while the crawl ran: nothing to log into, and the daemon is stopping
    if code != 0:
        stopped = _stopping.is_set() and code in (-signal.SIGTERM, -signal.SIGKILL)  # by us, at shutdown
        log.log(logging.INFO if stopped else logging.WARNING, "crawl of %s ended with exit status %s after %.0fs",
                ", ".join(sources), code, seconds)
    with open_store(db_path) as store:  # one read of the runs, one transaction per source's poll
        latest = {r["source"]: r for r in store.last_runs()}
        for source in sources:
            run = latest.get(source) if latest.get(source, {}).get("id", 0) > before.get(source, 0) else None
            if run is not None:
                _log_run(db_path, source, run, seconds)
            src = next((s for s in config.sources if s.name == source), None)
            poll = poll_of_run(run) if run else \
                Poll("failed", error=f"crawl exited with status {code}", crawled=True)
            state = record(store, config, src, poll)[0] if poll and src else store.source_state(source)
            if state:
                _schedule_next(db_path, config, source, state)
    deliver_job(db_path)


def _probe(store, config: Config, source):
    """The cheap look at a source, or None when it failed in a way of ours (the crawl then decides)."""
    from uhcwatch.crawler.crawl.probe import probe_source

    try:
        return probe_source(source, store, config.crawl, should_stop=_stopping.is_set)
    except Exception as e:  # a bug or a full disk must not stop the polls: the crawl is the safe way
        log.debug("look at %s failed (%s: %s); crawling it", source.name, type(e).__name__, e)
        return None


def _crawl_in_child(db_path: str, config: Config, sources: list[str]) -> tuple[int, float]:
    """Crawl sources in a child process, handing it the configuration as data; (exit status, seconds)."""
    # Scrapy's own lines only when the daemon is verbose (-v): its summary line per crawl says the rest.
    scrapy_level = "INFO" if log.isEnabledFor(logging.DEBUG) else "WARNING"
    # (-P: the working directory is not put on the child's import path, so a folder or file there named like a
    # module, "gi/" or "scrapy.py", cannot stand in for the real one)
    cmd = [sys.executable, "-P", "-m", "uhcwatch.crawler.crawl", "--db", db_path, "--log-level", scrapy_level]
    for source in sources:
        cmd += ["--source", source]
    started = time.monotonic()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stdin=subprocess.PIPE, start_new_session=True)
    with _children_lock:
        _children.add(child)
    if _stopping.is_set():  # started as the daemon began to stop: it ends as the others did
        _signal(child, signal.SIGTERM)
    try:
        child.communicate(config.to_json().encode("utf-8"))
    finally:
        with _children_lock:
            _children.discard(child)
    return child.returncode, time.monotonic() - started


def _schedule_next(db_path: str, config: Config, source: str, state: dict) -> None:
    """Adaptive polling: the source's next poll after the interval its health row now holds, plus jitter."""
    scheduler = _schedulers.get(db_path)
    interval = state.get("interval")
    if scheduler is None or not interval or _stopping.is_set():
        return
    delay = interval + random.uniform(0, config.schedule.jitter)
    try:
        scheduler.modify_job(f"crawl:{source}", jobstore="default",
                             next_run_time=datetime.now(timezone.utc) + timedelta(seconds=delay))
    except JobLookupError:
        pass  # the job is gone (the daemon is stopping)


def deliver_job(db_path: str, within: float | None = None) -> None:
    """Send pending alerts (those due for a retry) and refresh the Atom feed.

    The alert targets are read from the config file at every delivery (when the daemon has one), so
    a target added to ``[alerts] urls`` is used without a restart. No new send starts once the daemon
    is stopping, or after ``within`` seconds (the last pass at shutdown). Only this daemon sends from
    its database (the lock), so a send found under way was cut short by a crash: it is in doubt at once.
    """
    deadline = None if within is None else time.monotonic() + within

    def should_stop() -> bool:
        return _stopping.is_set() if deadline is None else time.monotonic() > deadline

    from uhcwatch.crawler.alerts.atom import write_atom_feed
    from uhcwatch.crawler.alerts.delivery import alert_urls, deliver_pending
    from uhcwatch.storage.store import Store

    if not database_still_there(db_path):
        return
    config = _running.get(db_path) or Config(None)
    if config.path is not None:
        config = load_config(str(config.path))
    with _delivery_lock, Store(db_path) as store:
        urls = alert_urls(list(config.alerts.urls))
        if urls:
            report = deliver_pending(store, urls, retry_base=config.alerts.retry, stale_after=0,
                                     doubt_pause=config.alerts.doubt_retry,
                                     should_stop=should_stop)
            if report.delivered or report.failed or report.in_doubt:
                log.info("alerts: %d delivered, %d failed, %d in doubt", len(report.delivered),
                         len(report.failed), len(report.in_doubt))
        write_atom_feed(store, atom_path(Path(db_path)))


_delivery_lock = threading.Lock()  # one delivery pass at a time: never two sends of one alert


def _file_identity(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def database_still_there(db_path: str) -> bool:
    """Is the database still the file this daemon opened? Deleted or replaced (restored from a backup, moved
    away), carrying on would make a fresh empty database and send every delivered alert again: stop instead."""
    expected = _identities.get(db_path)
    if expected is None or _file_identity(db_path) == expected:
        return True
    stop = _stop_requests.get(db_path)
    if stop is not None and not stop.is_set():
        log.error("database %s was deleted or replaced while the daemon ran; stopping "
                  "(start 'uhcwatch run' again to go on with the file now there)", db_path)
        stop.set()
    return False


def _log_run(db_path: str, source: str, run: dict, seconds: float) -> None:
    """One line per finished crawl (``run``, its ``crawl_runs`` row): a source's first failure is a WARNING, its
    repeats INFO; while no source at all answers (no network) a single "no network" line stands for them all
    and each crawl goes at DEBUG."""
    watch = _networks_for(db_path)
    repeat = watch.repeat(source)
    change = watch.crawled(source, run["status"], run["pages"])
    level = logging.INFO if run["status"] != "failed" else logging.DEBUG if watch.offline else \
        logging.INFO if repeat else logging.WARNING
    log.log(level, "crawl of %s %s in %.0fs: %s pages, %s new articles, %s new announcements, %s errors",
            source, run["status"], seconds, run["pages"], run["articles_new"], run["announcements_new"],
            run["errors"])
    if change:
        log.log(logging.WARNING if watch.offline else logging.INFO, "%s", change)


def _networks_for(db_path: str) -> NetworkWatch:
    return _networks.setdefault(db_path, NetworkWatch(frozenset(s.name for s in _running[db_path].sources))
                                if db_path in _running else NetworkWatch(frozenset()))


# ------------------------------------------------------------------ the daemon

class _Executor(ThreadPoolExecutor):
    """APScheduler 3 makes one last scheduling pass while it shuts down, after its thread pool is closed;
    a job due at that moment is simply not run (it runs on the next start) instead of logging a traceback."""

    def _do_submit_job(self, job, run_times):
        try:
            return super()._do_submit_job(job, run_times)
        except RuntimeError:  # "cannot schedule new futures after shutdown"
            log.debug("not starting %s: shutting down", job.id)
            return None


def build_scheduler(config: Config, db_path: Path) -> BackgroundScheduler:
    return BackgroundScheduler(
        # mode=rw: the job store never creates the database (deleted under the daemon, it must not come back empty)
        jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///file:{quote(str(Path(db_path).resolve()))}"
                                                     "?mode=rw&uri=true", tablename="apscheduler_jobs"),
                   "memory": MemoryJobStore()},
        executors={"default": _Executor(POLL_THREADS)},
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=timezone.utc,
    )


def sync_jobs(scheduler: BackgroundScheduler, config: Config, db_path: Path) -> None:
    """One job per configured source; keep a job's next run time when its schedule is unchanged."""
    wanted = {f"crawl:{s.name}": s for s in config.sources}
    for job in scheduler.get_jobs(jobstore="default"):
        if job.id not in wanted:
            job.remove()
    args = [str(db_path)]
    now = datetime.now(timezone.utc)
    for job_id, source in wanted.items():
        every = source.interval(config.schedule)
        trigger = IntervalTrigger(seconds=every, jitter=int(config.schedule.jitter) or None, timezone=timezone.utc)
        old = scheduler.get_job(job_id, jobstore="default")
        unchanged = old is not None and isinstance(old.trigger, IntervalTrigger) and \
            old.trigger.interval == timedelta(seconds=every) and list(old.args) == args + [source.name]
        next_run = old.next_run_time if unchanged and old.next_run_time else now
        scheduler.add_job("uhcwatch.scheduler:crawl_job", trigger, args=args + [source.name], id=job_id,
                          name=f"crawl {source.name}", replace_existing=True, jobstore="default",
                          misfire_grace_time=int(every), next_run_time=next_run)
    every = min(DELIVERY_INTERVAL, config.alerts.retry)
    scheduler.add_job("uhcwatch.scheduler:deliver_job", IntervalTrigger(seconds=every), args=args,
                      id="deliver", jobstore="memory", replace_existing=True, misfire_grace_time=None,
                      next_run_time=now)
    scheduler.add_job("uhcwatch.scheduler:database_still_there", IntervalTrigger(seconds=IDENTITY_CHECK),
                      args=args, id="identity", jobstore="memory", replace_existing=True, misfire_grace_time=None)


def run_daemon(config: Config, db_path: Path, *, stop_after: float | None = None) -> int:
    """Run until SIGTERM/SIGINT (or `stop_after` seconds, for the demo). Returns the exit status."""
    lock = lock_database(db_path)
    open_store(db_path, create=True).close()  # create or migrate the schema before the job store touches it
    _running[str(db_path)] = config
    _identities[str(db_path)] = _file_identity(db_path)
    stop = _stop_requests[str(db_path)] = threading.Event()
    scheduler = _schedulers[str(db_path)] = build_scheduler(config, db_path)
    queue = _queues[str(db_path)] = CrawlQueue(str(db_path))
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler.start(paused=True)
        sync_jobs(scheduler, config, db_path)
        scheduler.resume()
        log.info("watching %d sources; database %s; alerts feed %s", len(config.sources), db_path,
                 atom_path(db_path))
        stop.wait(stop_after)
        log.info("stopping")
    finally:
        _stopping.set()
        scheduler.pause()
        _stop_children()
        scheduler.shutdown(wait=True)
        _stop_children()  # a crawl a last poll queued as the scheduler stopped
        queue.close()
        _stopping.clear()
        still_there = database_still_there(str(db_path))
        try:
            if still_there:
                deliver_job(str(db_path), within=LAST_DELIVERY_WITHIN)
        except Exception as e:  # the outbox keeps them for next time
            log.warning("last delivery failed: %s", e)
        for state in (_running, _networks, _identities, _stop_requests, _schedulers, _queues):
            state.pop(str(db_path), None)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        lock.close()
    return 0 if still_there else 1


def _stop_children() -> None:
    with _children_lock:
        children = list(_children)
    for child in children:
        _signal(child, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    for child in children:
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            log.warning("crawl pid %d did not stop in %.0fs; killing it", child.pid, STOP_GRACE)
            _signal(child, signal.SIGKILL)
            child.wait()


def _signal(child: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(child.pid, sig)
    except ProcessLookupError:
        pass
