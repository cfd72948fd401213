"""Serve fake news sites (``crawler.demo.sites``) on 127.0.0.1, one port per site.

Used by the tests, the benchmark and ``uhcwatch demo``, so it behaves like a
plain well-run web server: correct Content-Type, ``ETag`` and
``Last-Modified`` on every page, ``304 Not Modified`` for conditional
requests, keep-alive. It also keeps a log of every request per site, so a
test can assert what the crawler fetched (and what it did not), and lets a
test mount its own handlers under a path prefix to inject faults.

    with SiteServer(build_site("wordpress", load_sample_articles())) as server:
        feed = server.url("wordpress", "/feed/")
        ...
        assert server.count("/wp-login.php") == 0
"""

from __future__ import annotations

import datetime as dt
import math
import socket
import sys
import threading
import time
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Mapping

from .sites import BASE, Page, Site

Handler = Callable[["RequestHandler"], None]


@dataclass
class LoggedRequest:
    """One request as the server saw it. ``status`` is None while in flight or when none was sent."""

    site: str
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    started: float  # server clock, seconds since start
    status: int | None = None
    finished: float | None = None


class RequestHandler(BaseHTTPRequestHandler):
    """Answers from the site's pages; mounted handlers get this object to answer themselves."""

    protocol_version = "HTTP/1.1"  # keep-alive, as real servers
    server_version = "nginx/1.22.1"
    sys_version = ""
    timeout = 10  # seconds a connection may sit idle or stall a write
    server: _SiteHTTPServer
    _status: int | None = None  # what this request was answered with, for the log

    # --- what mounted handlers use

    @property
    def site(self) -> Site:
        return self.server.site

    @property
    def base(self) -> str:
        """This site's ``http://127.0.0.1:PORT``."""
        return self.server.base

    @property
    def now(self) -> float:
        """The server clock: seconds since start."""
        return self.server.owner.now()

    @property
    def stopping(self) -> threading.Event:
        """Set when the server stops: long-running handlers should return."""
        return self.server.owner.stopping

    def send_page(self, page: Page) -> None:
        """Send ``page`` with validators, or 304 when the client's copy is current."""
        if self._not_modified(page):
            self.send_response(304)
            self._validators(page)
            self.end_headers()
            return
        body = page.body.replace(BASE.encode(), self.base.encode())
        self.send_response(200)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(body)))
        self._validators(page)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_site_page(self, path: str | None = None) -> None:
        """Serve the site's page at ``path`` (default: the requested one), or 404."""
        page = self.site.page(path or self.path, self.now)
        if page is None:
            self.send_status(404, "<html><body><h1>404 Not Found</h1></body></html>")
        else:
            self.send_page(page)

    def send_status(self, status: int, body: str | bytes = "", content_type: str = "text/html; charset=utf-8",
                    headers: Mapping[str, str] = {}) -> None:
        """A complete small response: errors, redirects."""
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    # --- plumbing

    def do_GET(self) -> None:
        self._status = None  # per request: a keep-alive connection carries several
        owner = self.server.owner
        entry = owner._log_start(self.server.name, self.command, self.path, self.headers)
        try:
            handler = self.server.handler_for(self.path)
            if handler is None:
                self.send_site_page()
            else:
                handler(self)
        finally:
            owner._log_end(entry, self._status)

    do_HEAD = do_GET

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.lock:
            self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:  # the client (or a fault handler) already dropped the connection
            pass

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the request log replaces stderr lines
        pass

    def _validators(self, page: Page) -> None:
        self.send_header("ETag", page.etag)
        self.send_header("Last-Modified", format_datetime(page.last_modified.astimezone(dt.timezone.utc), usegmt=True))

    def _not_modified(self, page: Page) -> bool:
        if self.command not in ("GET", "HEAD"):
            return False
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or page.etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return since.tzinfo is not None and page.last_modified.replace(microsecond=0) <= since


class _SiteHTTPServer(ThreadingHTTPServer):
    """One site on one port; knows its SiteServer for the clock, the log and mounts."""

    daemon_threads = True  # a hanging handler must not keep the process alive
    block_on_close = False  # and stop() must not wait for it

    def __init__(self, owner: SiteServer, name: str, site: Site, port: int):
        super().__init__(("127.0.0.1", port), RequestHandler)
        self.owner, self.name, self.site = owner, name, site
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.mounts: dict[str, Handler] = {}
        self.connections: set[socket.socket] = set()  # open ones, so stop() can close them
        self.lock = threading.Lock()

    def handler_for(self, path: str) -> Handler | None:
        prefixes = [p for p in self.mounts if path.startswith(p)]
        return self.mounts[max(prefixes, key=len)] if prefixes else None

    def handle_error(self, request, client_address) -> None:
        """Clients that hang up mid-response are normal for a crawler test; stay quiet about them."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class SiteServer:
    """Serves each site on its own 127.0.0.1 port from daemon threads.

    ``clock`` returns seconds since start and drives the release of articles
    (``Site.page(path, now)``); inject one to step time in a test. ``ports``
    pins a site to a port (the demo keeps URLs stable across runs); the
    default is a free port.
    """

    def __init__(self, *sites: Site, clock: Callable[[], float] | None = None, ports: Mapping[str, int] = {}):
        names = [s.name for s in sites]
        if len(set(names)) != len(names):
            raise ValueError(f"site names must be unique, got {names}; pass name= to build_site")
        self.sites = {s.name: s for s in sites}
        self.stopping = threading.Event()
        self._clock = clock
        self._ports = dict(ports)
        self._started_at: float | None = None
        self._servers: dict[str, _SiteHTTPServer] = {}
        self._threads: list[threading.Thread] = []
        self._log: list[LoggedRequest] = []
        self._lock = threading.Lock()

    # --- lifecycle

    def start(self) -> SiteServer:
        self._started_at = time.monotonic()
        self.stopping.clear()
        for name, site in self.sites.items():
            server = _SiteHTTPServer(self, name, site, self._ports.get(name, 0))
            self._servers[name] = server
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"site-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop at once: close listening sockets and open connections, wake waiting handlers."""
        self.stopping.set()
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
            with server.lock:
                open_connections = list(server.connections)
            for conn in open_connections:
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        for thread in self._threads:
            thread.join(timeout=1)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- addresses, time, faults

    def url(self, site: str, path: str = "") -> str:
        """``http://127.0.0.1:PORT`` of ``site``, plus ``path``."""
        return self._servers[site].base + path

    def now(self) -> float:
        """Seconds since start, on the injected clock if any."""
        if self._clock is not None:
            return self._clock()
        return 0.0 if self._started_at is None else time.monotonic() - self._started_at

    def mount(self, site: str, prefix: str, handler: Handler) -> None:
        """Route GET/HEAD requests whose path starts with ``prefix`` on ``site`` to ``handler``.

        The longest matching prefix wins. The handler gets the RequestHandler
        and answers through it (``send_site_page``, ``send_status``, or the raw
        ``connection``/``wfile``); whatever status it sends is logged.
        """
        self._servers[site].mounts[prefix] = handler

    # --- the request log

    def requests(self, site: str | None = None, path_prefix: str = "") -> list[LoggedRequest]:
        """Logged requests in arrival order, optionally for one site and path prefix."""
        with self._lock:
            return [r for r in self._log
                    if (site is None or r.site == site) and r.path.startswith(path_prefix)]

    def count(self, path_prefix: str = "", site: str | None = None) -> int:
        """How many requests started with ``path_prefix`` (on ``site``, or on any)."""
        return len(self.requests(site, path_prefix))

    def max_in_flight(self, site: str | None = None) -> int:
        """The most requests one site (or all sites) had open at once: politeness checks."""
        events = []
        for r in self.requests(site):
            events += [(r.started, 1), (math.inf if r.finished is None else r.finished, -1)]
        in_flight = peak = 0
        for _, step in sorted(events, key=lambda e: (e[0], e[1])):  # an end before a start at the same instant
            in_flight += step
            peak = max(peak, in_flight)
        return peak

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def _log_start(self, site: str, method: str, path: str, headers) -> LoggedRequest:
        entry = LoggedRequest(site, method, path, {k.lower(): v for k, v in headers.items()}, self.now())
        with self._lock:
            self._log.append(entry)
        return entry

    def _log_end(self, entry: LoggedRequest, status: int | None) -> None:
        with self._lock:
            entry.status, entry.finished = status, self.now()
