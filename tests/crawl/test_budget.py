"""The page budget pays for pages fetched, not for links the crawl meets again (issue 12 item 6).

A site whose every index page links the same archive pages: a crawl that paid for each link it met spent
its budget on repeats the duplicate filter never sent, and the articles listed late were never found.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from crawl_helpers import crawl, rows, write_config

from uhcwatch.crawler.demo import Page, Site, SiteServer

INDEX_PAGES = 8
ARCHIVES = 40  # linked from every index page
ARTICLES_PER_INDEX = 2


def _html(title: str, body: str, *, article: bool = False) -> Page:
    head = '<meta property="og:type" content="article">' if article else ""
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body><h1>{title}</h1>{body}</body></html>")
    return Page(html.encode(), "text/html; charset=utf-8", dt.datetime(2023, 5, 1, tzinfo=dt.timezone.utc))


def article_path(index: int, n: int) -> str:
    return f"/2023/05/{index:02d}/berita-daerah-hari-ini-nomor-{index}-{n}"


def shared_archive_site() -> Site:
    archives = "".join(f'<li><a href="/arsip/{j}">Arsip {j}</a></li>' for j in range(1, ARCHIVES + 1))
    static = {}
    for k in range(1, INDEX_PAGES + 1):
        articles = "".join(f'<li><a href="{article_path(k, n)}">Berita {k}.{n}</a></li>'
                           for n in range(ARTICLES_PER_INDEX))
        more = f'<a href="/indeks?page={k + 1}" rel="next">Selanjutnya</a>' if k < INDEX_PAGES else ""
        static[f"/indeks?page={k}"] = _html(f"Indeks {k}", f"<ul>{articles}</ul><ul>{archives}</ul>{more}")
        for n in range(ARTICLES_PER_INDEX):
            static[article_path(k, n)] = _html(f"Berita {k}.{n}", "<p>Pasar tradisional ramai menjelang "
                                               "hari raya, kata pedagang.</p>" * 5, article=True)
    for j in range(1, ARCHIVES + 1):
        static[f"/arsip/{j}"] = _html(f"Arsip {j}", "<p>Belum ada berita di arsip ini.</p>")
    return Site("arsip", "static", "Arsip", [], static, lambda posts: {})


def test_links_met_again_do_not_spend_the_page_budget(tmp_path):
    site = shared_archive_site()
    distinct = INDEX_PAGES + ARCHIVES + INDEX_PAGES * ARTICLES_PER_INDEX + 1  # and robots.txt
    with SiteServer(site) as server:
        port = urlsplit(server.url("arsip")).port
        config = write_config(tmp_path / "uhcwatch.toml", {"arsip": [server.url("arsip", "/indeks?page=1")]},
                              {"arsip": port}, max_pages_per_run=distinct + 5, max_depth=INDEX_PAGES + 2)
        result = crawl(config, tmp_path / "u.db")
        fetched = [r.path for r in server.requests("arsip")]
    assert result.returncode == 0, result.stderr[-3000:]
    wanted = {article_path(k, n) for k in range(1, INDEX_PAGES + 1) for n in range(ARTICLES_PER_INDEX)}
    assert wanted <= set(fetched), sorted(wanted - set(fetched))
    assert not [p for p in set(fetched) if fetched.count(p) > 1 and p != "/robots.txt"]  # nothing twice
    (pages,) = rows(tmp_path / "u.db", "SELECT pages FROM crawl_runs")[0]
    assert pages <= distinct
