"""links: which URLs a news crawler follows; one case per rule."""

from __future__ import annotations

import pytest

from uhcwatch.crawler.crawl.links import (host_port, in_domains, is_continuation, is_fetchable, is_pagination,
                                          is_private_host, looks_like_article, normalize, url_pattern)


def test_normalize_drops_fragments_and_tracking():
    assert normalize("HTTPS://Warta.Example/berita?id=7&utm_source=x&fbclid=y#top") == \
        "https://warta.example/berita?id=7"


def test_host_port_and_domains():
    assert host_port("http://user@127.0.0.1:8080/x") == "127.0.0.1:8080"
    assert in_domains("https://berita.djonews.com/a", ["djonews.com"])
    assert not in_domains("https://djonews.com.evil.example/a", ["djonews.com"])
    assert in_domains("http://127.0.0.1:8080/a", ["127.0.0.1:8080"])
    assert not in_domains("http://127.0.0.1:9090/a", ["127.0.0.1:8080"])  # a port pins one site


@pytest.mark.parametrize("host, private", [
    ("localhost", True), ("printer.local", True), ("127.0.0.1", True), ("10.0.0.1", True),
    ("169.254.169.254", True), ("[::1]", True), ("0.0.0.0", True), ("8.8.8.8", False), ("warta.example", False),
])
def test_private_hosts(host, private):
    assert is_private_host(host) is private


@pytest.mark.parametrize("url, fetchable", [
    ("https://warta.example/a", True), ("ftp://warta.example/a", False), ("https://warta.example/foto.jpg", False),
    ("https://warta.example/laporan.pdf", False),
])
def test_fetchable(url, fetchable):
    assert is_fetchable(url) is fetchable


@pytest.mark.parametrize("url, article", [
    ("https://warta.example/2023/05/22/cakupan-jkn-demak", True),  # dated path
    ("https://warta.example/berita/12345/jkn", True),  # numeric id
    ("https://warta.example/cakupan-jkn-kabupaten-demak-capai-uhc", True),  # long slug
    ("https://warta.example/berita.php?id=1234", True),  # old CMS
    ("https://warta.example/tag/jkn", False), ("https://warta.example/kategori/kesehatan", False),
    ("https://warta.example/page/2/", False), ("https://warta.example/", False),
])
def test_looks_like_article(url, article):
    assert looks_like_article(url) is article


@pytest.mark.parametrize("url, text, rel, more", [
    ("https://warta.example/?page=2", "", "", True), ("https://warta.example/x", "Selanjutnya", "", True),
    ("https://warta.example/x", "", "next", True), ("https://warta.example/indeks", "", "", True),
    ("https://warta.example/x", "Arsip berita", "", True), ("https://warta.example/x", "Kesehatan", "", False),
])
def test_pagination(url, text, rel, more):
    assert is_pagination(url, text, rel) is more


def test_continuation_of_the_same_article():
    article = "https://warta.example/berita/uhc-demak"
    assert is_continuation(article, article + "?page=2", "2")
    assert is_continuation(article, article + "/2", "Halaman 2")
    assert not is_continuation(article, "https://warta.example/berita/lain?page=2", "2")


@pytest.mark.parametrize("a, b", [
    ("https://warta.example/berita?b=2&a=1", "https://warta.example/berita?a=1&b=2"),  # parameter order
    ("http://warta.example:80/", "http://warta.example/"),  # default ports
    ("https://warta.example:443/berita?id=7", "https://warta.example/berita?id=7"),
    ("https://warta.example/berita/uhc%7edemak", "https://warta.example/berita/uhc~demak"),  # escapes
    ("https://warta.example/a/../berita?id=7", "https://warta.example/berita?id=7"),  # dot segments
    ("https://warta.example", "https://warta.example/"),
])
def test_normalize_gives_one_key_per_resource(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("a, b", [
    ("http://127.0.0.1:8080/berita?id=1", "http://127.0.0.1:8081/berita?id=1"),  # another port is another site
    ("https://warta.example/berita?id=1", "https://warta.example/berita?id=2"),
    ("http://warta.example/berita?id=1", "https://warta.example/berita?id=1"),
])
def test_normalize_keeps_what_names_another_resource(a, b):
    assert normalize(a) != normalize(b)


@pytest.mark.parametrize("url", [
    "HTTPS://Warta.Example:443/berita?id=7&utm_source=x&b=%41&a=a+b#top", "http://x.example/ä?q=ö&q=a",
    "http://x.example/berita.php?id=1&&ref=home", "http://x.example/?page=2&amp=1", "http://x.example/a;p?x=%E9",
])
def test_normalize_is_stable(url):
    """A key normalised again is the same key: stored keys and keys computed later always meet."""
    assert normalize(normalize(url)) == normalize(url)
    assert "utm_source" not in normalize(url) and "ref=" not in normalize(url) and "#" not in normalize(url)


@pytest.mark.parametrize("url, pattern", [
    ("http://127.0.0.1:8080/agenda?tahun=2023&bulan=5", "127.0.0.1:8080/agenda?bulan=*&tahun=*"),
    ("https://Warta.Example:443/kalender/2023/05/#x", "warta.example/kalender/*/*/"),
    ("https://warta.example/indeks?page=3&utm_source=x", "warta.example/indeks?page=*"),
    ("https://warta.example/arsip/2023-05-01", "warta.example/arsip/*-*-*"),
])
def test_url_pattern_wildcards_numbers(url, pattern):
    """The pages a trap generates differ only in their numbers: one pattern names them all."""
    assert url_pattern(url) == pattern
