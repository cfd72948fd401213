"""`uhcwatch crawl` on sites built like the hard ones (crawler/demo/layouts.py): every page carries JKN
headlines in side lists, tickers, teasers, captions and "Baca juga" links, and one layout is a table."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from crawl_helpers import crawl, rows, write_config

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles
from uhcwatch.crawler.demo.layouts import LAYOUT_STARTS
from uhcwatch.crawler.extraction.extract import extract

JKN_WORDS = re.compile(r"\bJKN|BPJS\s+Kesehatan|jaminan\s+kesehatan|\bUHC\b|kepesertaan", re.IGNORECASE)


def _path(url: str) -> str:
    u = urlsplit(url)
    return u.path + (f"?{u.query}" if u.query else "")


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("layouts")
    sites = [build_site(style, load_sample_articles(), n_filler=15, seed=9, name=style) for style in LAYOUT_STARTS]
    with SiteServer(*sites) as server:
        config = write_config(tmp / "u.toml", {s: [server.url(s, p) for p in LAYOUT_STARTS[s]] for s in LAYOUT_STARTS},
                              {s: urlsplit(server.url(s)).port for s in LAYOUT_STARTS})
        proc = crawl(config, tmp / "u.db")
        yield {"sites": sites, "db": tmp / "u.db", "proc": proc}


def test_the_crawl_succeeds(layouts):
    assert layouts["proc"].returncode == 0, layouts["proc"].stderr[-3000:]


def test_each_article_gives_what_its_own_text_says_and_nothing_else(layouts):
    stored = {(source, _path(url), code, pct) for source, url, code, pct in rows(
        layouts["db"], """SELECT ar.source, an.article_url, an.region_code, an.coverage_pct FROM announcements an
                          JOIN articles ar ON ar.url = an.article_url WHERE ar.duplicate_of IS NULL""")}
    duplicates = {(source, _path(url)) for source, url in rows(
        layouts["db"], "SELECT source, url FROM articles WHERE duplicate_of IS NOT NULL")}
    expected = set()
    for site in layouts["sites"]:
        for post in site.posts:
            if post.filler or (site.name, post.path) in duplicates:
                continue
            a = post.article
            expected |= {(site.name, post.path, x.region_code, x.coverage_pct)
                         for x in extract(a.text, title=a.title, published=a.published.isoformat())}
    assert expected and stored == expected


def test_pages_whose_only_jkn_words_are_in_side_lists_never_reach_the_store(layouts):
    stored = {(source, _path(url)) for source, url in rows(layouts["db"], "SELECT source, url FROM articles")}
    for site in layouts["sites"]:
        side_only = [p.path for p in site.posts if p.filler and not JKN_WORDS.search(p.article.text)]
        assert side_only
        assert not [p for p in side_only if (site.name, p) in stored], site.name


def test_a_page_of_teasers_gives_nothing(layouts):
    kilas = rows(layouts["db"], "SELECT count(*) FROM announcements WHERE article_url LIKE '%kilas%'")
    assert kilas == [(0,)]
