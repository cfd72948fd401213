"""A crawler trap found in one run is remembered for the source's next runs (issue 12 item 14).

An events calendar (``/agenda?tahun=2023&bulan=5``) links every month to the next one, forever, and never
to an article: a run follows it until ``max_depth`` cuts it. Without memory every run paid for that chain
again; now the chain's URL pattern is kept per source and the next run asks for none of it. A paginated
news index cut at the same depth is not a trap (its pages list articles) and is crawled again as before.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from crawl_helpers import crawl, rows, write_config

from uhcwatch.crawler.demo import Page, Site, SiteServer

MAX_DEPTH = 5


def _html(title: str, body: str, *, article: bool = False) -> str:
    head = '<meta property="og:type" content="article">' if article else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body><h1>{title}</h1>{body}</body></html>")


def article_path(n: int) -> str:
    return f"/2023/05/{n % 28 + 1:02d}/berita-kesehatan-daerah-nomor-{n}"


class TrapSite:
    """A home page (new articles on every visit, so it is never 304), an endless calendar behind an "Arsip
    agenda" link, and an endless paginated index whose every page lists two articles."""

    def __init__(self):
        self.articles = [0, 1]
        static = {article_path(n): Page(_html(f"Berita {n}", "<p>Pasar ramai menjelang hari raya.</p>" * 5,
                                              article=True).encode(), "text/html; charset=utf-8",
                                        dt.datetime(2023, 5, 1, tzinfo=dt.timezone.utc)) for n in range(200)}
        self.site = Site("trap", "static", "Trap", [], static, lambda posts: {})

    def mount(self, server: SiteServer) -> None:
        server.mount("trap", "/", self.home)
        server.mount("trap", "/agenda", self.calendar)
        server.mount("trap", "/indeks", self.index)
        server.mount("trap", "/2023/", lambda req: req.send_site_page())

    def home(self, req) -> None:
        if req.path != "/":
            req.send_status(404, "<h1>404</h1>")
            return
        links = "".join(f'<li><a href="{article_path(n)}">Berita {n}</a></li>' for n in self.articles)
        req.send_status(200, _html("Beranda", f'<ul>{links}</ul><a href="/agenda?tahun=2023&amp;bulan=5">Arsip '
                                              f'agenda</a> <a href="/indeks?page=1">Indeks berita</a>'))

    def calendar(self, req) -> None:
        m = re.fullmatch(r"/agenda\?tahun=(\d{4})&bulan=(\d{1,2})", req.path)
        if not m:
            req.send_status(404, "<h1>404</h1>")
            return
        month = int(m[1]) * 12 + int(m[2]) - 1
        href = lambda i: f"/agenda?tahun={i // 12}&amp;bulan={i % 12 + 1}"  # noqa: E731
        req.send_status(200, _html(f"Agenda {m[2]}/{m[1]}", f'<p>Tidak ada agenda.</p><a href="{href(month - 1)}" '
                                   f'rel="prev">«</a> <a href="{href(month + 1)}" rel="next">»</a>'))

    def index(self, req) -> None:
        page = int(req.path.rpartition("=")[2]) if "page=" in req.path else 1
        listed = "".join(f'<li><a href="{article_path(100 + 2 * page + i)}">Berita</a></li>' for i in range(2))
        req.send_status(200, _html(f"Indeks {page}", f'<ul>{listed}</ul><a href="/indeks?page={page + 1}" '
                                                     f'rel="next">Selanjutnya</a>'))


def test_a_trap_cut_in_one_run_is_not_entered_by_the_next(tmp_path):
    trap = TrapSite()
    with SiteServer(trap.site) as server:
        trap.mount(server)
        port = urlsplit(server.url("trap")).port
        config = write_config(tmp_path / "uhcwatch.toml", {"trap": [server.url("trap", "/")]}, {"trap": port},
                              max_depth=MAX_DEPTH)
        db = tmp_path / "u.db"
        first = crawl(config, db)
        first_calendar, first_index = server.count("/agenda"), server.count("/indeks")
        server.clear_log()
        trap.articles.append(2)  # something new on the home page
        second = crawl(config, db)
        second_calendar, second_index = server.count("/agenda"), server.count("/indeks")
        new_article = server.count(article_path(2))
    assert first.returncode == 0 and second.returncode == 0, first.stderr[-2000:] + second.stderr[-2000:]
    assert first_calendar == MAX_DEPTH  # months 1..max_depth hops from the home page, then cut
    assert second_calendar == 0
    assert second_index == first_index == MAX_DEPTH  # an index of articles is not a trap
    assert new_article == 1
    assert [p for (p,) in rows(db, "SELECT pattern FROM crawl_traps WHERE source = 'trap'")] == [
        f"127.0.0.1:{port}/agenda?bulan=*&tahun=*"]
