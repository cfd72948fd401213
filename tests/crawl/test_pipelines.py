"""pipelines: one fetched page through prefilter, clean, extract and store, with the real ledger and store."""

from __future__ import annotations

import sqlite3

import pytest
from scrapy.exceptions import DropItem
from scrapy_parts import open_crawl

from uhcwatch.crawler.crawl.pipelines import CleanPipeline, ExtractPipeline, PrefilterPipeline, StorePipeline
from uhcwatch.crawler.models import FetchedPage

ARTICLE = """<html><head><title>UHC Demak</title>
<meta property="article:published_time" content="2023-05-22"></head><body><article>
<h1>95,94 Persen Penduduk Kabupaten Demak Terdaftar JKN</h1>
<p>Terhitung mulai 1 Mei 2023, sudah sebanyak 1.169.409 penduduk Kabupaten Demak yang terdaftar sebagai peserta
Jaminan Kesehatan Nasional (JKN).</p>
<p>Angka ini sama dengan 95,94 persen dari total jumlah penduduk Kabupaten Demak, yang mencapai 1.218.890 orang.</p>
</article></body></html>"""
PAGE_TWO = """<html><body><article><h1>95,94 Persen Penduduk Kabupaten Demak Terdaftar JKN</h1>
<p>Pemkab Demak menargetkan cakupan 98 persen pada 2024.</p></article></body></html>"""
OTHER_NEWS = "<html><body><article><h1>Harga cabai naik</h1><p>Harga cabai rawit naik di pasar.</p></article></body></html>"


@pytest.fixture
def crawl(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db")
    steps = [cls.from_crawler(crawler) for cls in (PrefilterPipeline, CleanPipeline, ExtractPipeline, StorePipeline)]
    yield steps, ledger, tmp_path / "u.db"
    ledger.spider_closed(spider, "finished")


def run(steps, item):
    for step in steps:
        item = step.process_item(item)
    return item


def rows(db, sql):
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def test_an_article_is_stored_with_its_announcement_and_alert(crawl):
    steps, ledger, db = crawl
    item = run(steps, FetchedPage("https://warta.example/berita/uhc-demak", "warta", [ARTICLE]))
    assert item.article.published == "2023-05-22"
    assert [(a.region_code, a.coverage_pct) for a in item.article.announcements] == [("33.21", 95.94)]
    assert rows(db, "SELECT region_code, coverage_pct FROM announcements") == [("33.21", 95.94)]
    assert rows(db, "SELECT event FROM alerts") == [("new_region",)]
    assert ledger.counts("warta")["articles_new"] == 1 and ledger.counts("warta")["announcements_new"] == 1


def test_pages_of_one_article_are_joined_without_repeats(crawl):
    steps, _, db = crawl
    item = run(steps, FetchedPage("https://warta.example/berita/uhc-demak", "warta", [ARTICLE, PAGE_TWO]))
    assert item.article.text.count("95,94 Persen Penduduk") == 1
    assert rows(db, "SELECT target_pct, target_year FROM announcements") == [(98.0, 2024)]


def test_a_page_without_jkn_words_never_reaches_trafilatura(crawl):
    steps, ledger, db = crawl
    with pytest.raises(DropItem, match="no JKN keyword"):
        run(steps, FetchedPage("https://warta.example/berita/cabai", "warta", [OTHER_NEWS]))
    assert ledger.seen("https://warta.example/berita/cabai")
    assert ledger.counts("warta")["irrelevant"] == 1
    assert rows(db, "SELECT count(*) FROM articles") == [(0,)]


def test_a_page_without_article_text_is_remembered(crawl):
    steps, ledger, _ = crawl
    with pytest.raises(DropItem, match="no article text"):
        run(steps, FetchedPage("https://warta.example/berita/kosong", "warta",
                               ["<html><head><title>JKN</title></head><body></body></html>"]))
    assert ledger.seen("https://warta.example/berita/kosong")


def test_the_feed_date_is_used_when_the_page_has_none(crawl):
    steps, _, _ = crawl
    page = ARTICLE.replace('<meta property="article:published_time" content="2023-05-22">', "") \
        .replace("Terhitung mulai 1 Mei 2023, sudah", "Sudah")
    item = run(steps, FetchedPage("https://warta.example/berita/uhc", "warta", [page], published_hint="2023-05-23"))
    assert item.article.published == "2023-05-23"


# --- one article's failure stays with that article -------------------------------------------------


class Broken(ExtractPipeline):
    """The extract step with a bug that only one kind of article triggers (as a real bug would)."""

    def step(self, item):
        if "kosong" in item.url:
            raise ValueError("could not convert string to float: '1169409.5.5'")
        return super().step(item)


def test_a_failing_article_is_recorded_counted_and_its_neighbours_stored(tmp_path, caplog):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db")
    steps = [PrefilterPipeline.from_crawler(crawler), CleanPipeline.from_crawler(crawler),
             Broken.from_crawler(crawler), StorePipeline.from_crawler(crawler)]
    with pytest.raises(DropItem, match="extract failed: ValueError"):
        run(steps, FetchedPage("https://warta.example/berita/kosong", "warta", [ARTICLE]))
    run(steps, FetchedPage("https://warta.example/berita/uhc-demak", "warta", [ARTICLE.replace("Demak", "Demak ")]))
    ledger.spider_closed(spider, "finished")
    db = tmp_path / "u.db"
    assert rows(db, "SELECT url, step, attempts FROM failed_articles") == [
        ("https://warta.example/berita/kosong", "extract", 1)]
    assert "1169409.5.5" in rows(db, "SELECT error FROM failed_articles")[0][0]
    assert rows(db, "SELECT count(*) FROM announcements") == [(1,)]  # the neighbour is stored
    assert rows(db, "SELECT errors FROM crawl_runs WHERE source = 'warta'") == [(1,)]
    lines = [r.getMessage() for r in caplog.records if r.name == "uhcwatch.crawl"]
    assert any("kosong: extract failed (ValueError" in m and "retried on the next run" in m for m in lines)

    # the next runs ask for it again (it is not "seen"), until it has failed three times in all
    for attempt in (2, 3):
        crawler, spider, ledger = open_crawl(db)
        starts = [r.url for r in _start_requests(spider)]
        assert "https://warta.example/berita/kosong" in starts
        with pytest.raises(DropItem):
            run([cls.from_crawler(crawler) for cls in (PrefilterPipeline, CleanPipeline, Broken)],
                FetchedPage("https://warta.example/berita/kosong", "warta", [ARTICLE]))
        ledger.spider_closed(spider, "finished")
    crawler, spider, ledger = open_crawl(db)
    assert "https://warta.example/berita/kosong" not in [r.url for r in _start_requests(spider)]
    ledger.spider_closed(spider, "finished")


def test_an_article_that_succeeds_on_a_retry_leaves_the_failures(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db")
    ledger.failed("https://warta.example/berita/uhc-demak", "warta", "extract", ValueError("boom"))
    run([cls.from_crawler(crawler) for cls in (PrefilterPipeline, CleanPipeline, ExtractPipeline, StorePipeline)],
        FetchedPage("https://warta.example/berita/uhc-demak", "warta", [ARTICLE]))
    ledger.spider_closed(spider, "finished")
    assert rows(tmp_path / "u.db", "SELECT count(*) FROM failed_articles") == [(0,)]


def test_a_full_disk_stops_the_crawl_and_loses_nothing(tmp_path):
    crawler, spider, ledger = open_crawl(tmp_path / "u.db")
    steps = [cls.from_crawler(crawler) for cls in (PrefilterPipeline, CleanPipeline, ExtractPipeline, StorePipeline)]
    pages = ledger.store.db.execute("PRAGMA page_count").fetchone()[0]
    ledger.store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    long = ARTICLE.replace("</article>", "<p>Pemkab Demak terus mendata warga yang belum terdaftar.</p>" * 3000
                           + "</article>")  # needs new pages
    with pytest.raises(DropItem, match="store failed: DiskFull"):
        run(steps, FetchedPage("https://warta.example/berita/uhc-demak", "warta", [long]))
    assert ledger.fatal and "disk is full" in ledger.fatal
    ledger.spider_closed(spider, "fatal")
    assert [r.status for r in ledger.results if r.source == "warta"] == ["failed"]
    assert rows(tmp_path / "u.db", "SELECT count(*) FROM articles") == [(0,)]  # nothing half-written
    assert rows(tmp_path / "u.db", "SELECT count(*) FROM seen_urls") == [(0,)]  # so a later run fetches it


def _start_requests(spider):
    import asyncio

    async def collect():
        return [r async for r in spider.start()]

    return asyncio.run(collect())
