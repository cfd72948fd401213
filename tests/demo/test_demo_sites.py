"""The fake news sites, their server, the fault handlers and the recording proxy.

These are the ground the crawler tests stand on: if a feed here did not parse
or a listing linked to nothing, a crawler test would fail for the wrong reason.
"""

from __future__ import annotations

import html
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from fixtures.faults import BAD_LINKS, PRIVATE_REDIRECT, Faults
from fixtures.proxy import RecordingProxy

from uhcwatch.crawler.demo import STYLES, SiteServer, build_site, load_sample_articles

BASE = "http://site.test"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}


@pytest.fixture(scope="module")
def samples():
    return load_sample_articles()


@pytest.fixture(scope="module")
def sites(samples):
    return {style: build_site(style, samples, n_filler=30, seed=1) for style in STYLES}


def rendered(site, now=float("inf")) -> dict[str, str]:
    """Every page's text as a client at BASE would see it."""
    encoding = "cp1252" if site.style == "legacy_cp1252" else "utf-8"
    return {path: page.body.decode(encoding).replace("{base}", BASE) for path, page in site.pages(now).items()}


class Links(HTMLParser):
    """Hrefs of <a> and of navigational <link>s."""

    def __init__(self, text: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        navigational = tag == "link" and a.get("rel") in ("canonical", "next", "prev", "alternate")
        if a.get("href") and (tag == "a" or navigational):
            self.hrefs.append(a["href"])


def local_path(url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != BASE:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def robots(pages: dict[str, str]) -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(pages["/robots.txt"].splitlines())
    return parser


# --- the sites


def test_sample_articles_are_bundled(samples):
    assert len(samples) >= 10
    assert all(a.title and a.paragraphs and a.published.year >= 2015 for a in samples)


@pytest.mark.parametrize("style", STYLES)
def test_every_link_resolves_to_a_page(sites, style):
    pages = rendered(sites[style])
    rules = robots(pages)
    for path, text in pages.items():
        if "html" not in sites[style].page(path).content_type:
            continue
        for href in Links(text).hrefs:
            target = local_path(urljoin(BASE + path, href))
            if target is None or not rules.can_fetch("*", BASE + target):
                continue
            assert target in pages, f"{path} links to missing {target}"


@pytest.mark.parametrize("style", STYLES)
def test_every_post_is_served_with_its_text(sites, style):
    site = sites[style]
    pages = rendered(site)
    for post in site.posts:
        text = html.unescape("\n".join(pages[p] for p in post.pages))
        assert post.article.title in text
        for paragraph in post.article.paragraphs:
            assert paragraph in text


@pytest.mark.parametrize("style", STYLES)
def test_xml_documents_parse(sites, style):
    site = sites[style]
    for path, page in site.pages().items():
        if "xml" in page.content_type:
            ET.fromstring(page.body.replace(b"{base}", BASE.encode()))  # cp1252 prolog honoured by expat


def test_wordpress_discovery_and_markup(sites):
    site = sites["wordpress"]
    pages = rendered(site)
    assert f"Sitemap: {BASE}/sitemap.xml" in pages["/robots.txt"]
    index = ET.fromstring(pages["/sitemap.xml"])
    assert f"{BASE}/post-sitemap.xml" in [e.text for e in index.findall("sm:sitemap/sm:loc", NS)]
    posts = ET.fromstring(pages["/post-sitemap.xml"]).findall("sm:url/sm:loc", NS)
    assert len(posts) == len(site.posts)
    items = ET.fromstring(pages["/feed/"]).findall("channel/item")
    assert [i.findtext("link") for i in items] == [BASE + p.path for p in site.posts[::-1][:10]]
    assert re.search(r"/category/kesehatan/page/2/", pages["/category/kesehatan/"])

    post = site.posts[5]
    assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z0-9-]+/", post.path)
    page = pages[post.path]
    for marker in ('<meta property="og:type" content="article">', '<meta property="article:published_time"',
                   f'<link rel="canonical" href="{BASE}{post.path}">', "<time ", "<article", "<h1",
                   "Baca Juga:", 'id="commentform"', 'id="colophon"', 'id="site-navigation"'):
        assert marker in page


def test_sitemap_only_is_reachable_only_through_sitemaps(sites):
    site = sites["sitemap_only"]
    pages = rendered(site)
    assert not [h for h in Links(pages["/"]).hrefs if "/read/" in h]
    assert f"Sitemap: {BASE}/sitemap_index.xml" in pages["/robots.txt"]
    maps = [e.text for e in ET.fromstring(pages["/sitemap_index.xml"]).findall("sm:sitemap/sm:loc", NS)]
    assert f"{BASE}/sitemap-news.xml" in maps
    news = ET.fromstring(pages["/sitemap-news.xml"]).findall("sm:url", NS)
    assert news and all(u.find("news:news/news:publication_date", NS) is not None for u in news)
    found = {local_path(loc.text)
             for m in maps for loc in ET.fromstring(pages[local_path(m)]).findall("sm:url/sm:loc", NS)}
    assert found == {p.path for p in site.posts}
    assert all(re.fullmatch(r"/read/\d+/[a-z0-9-]+", p.path) for p in site.posts)


def test_listing_only_paginates_and_splits_long_articles(sites):
    site = sites["listing_only"]
    pages = rendered(site)
    assert "Sitemap" not in pages["/robots.txt"]
    assert not [p for p, page in site.pages().items() if "xml" in page.content_type]
    assert '<link rel="next" href="/indeks?page=2">' in pages["/indeks"] and "Selanjutnya" in pages["/indeks"]
    linked = {h for p, t in pages.items() if p.startswith("/indeks")
              for h in Links(t).hrefs if h.startswith("/berita/")}
    assert linked == {p.path for p in site.posts}

    split = [p for p in site.posts if len(p.pages) == 2]
    assert split and len(split) < len(site.posts)
    first, second = pages[split[0].pages[0]], pages[split[0].pages[1]]
    assert "Halaman" in first and f'href="{split[0].pages[1]}" rel="next">Selanjutnya' in first
    assert "Sebelumnya" in second
    figure = re.compile(r"\d+(,\d+)? ?(persen|%)")
    page2_only = [p for p in split if not p.filler and not figure.search(p.article.title)
                  and not figure.search(html.unescape(pages[p.pages[0]]).split("<h1", 1)[1])
                  and figure.search(html.unescape(pages[p.pages[1]]).split("<h1", 1)[1])]
    assert page2_only, "a split sample article should have its coverage figure on page 2 only"


def test_legacy_pages_decode_only_as_cp1252(sites):
    site = sites["legacy_cp1252"]
    html_pages = {p: page for p, page in site.pages().items() if page.content_type == "text/html"}
    assert len(html_pages) > len(site.posts)
    for path, page in html_pages.items():
        assert b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' in page.body
        text = page.body.decode("cp1252")
        assert "“" in text and "–" in text and "é" in html.unescape(text)
        assert page.body.decode("latin-1") != text
        with pytest.raises(UnicodeDecodeError):
            page.body.decode("utf-8")
    rss = site.page("/rss.xml")
    assert rss.body.startswith(b'<?xml version="1.0" encoding="windows-1252"?>')
    channel = ET.fromstring(rss.body.replace(b"{base}", BASE.encode())).find("channel")
    assert channel.findtext("description").startswith("“Tajam")
    assert [i.findtext("title") for i in channel.findall("item")] == [p.article.title for p in site.posts[::-1][:10]]


def test_filler_is_varied_deterministic_and_a_third_about_jkn():
    one = build_site("wordpress", n_filler=60, seed=7)
    again = build_site("wordpress", n_filler=60, seed=7)
    other = build_site("wordpress", n_filler=60, seed=8)
    texts = [p.article.text for p in one.posts]
    assert texts == [p.article.text for p in again.posts]
    assert texts != [p.article.text for p in other.posts]
    assert len({p.article.title for p in one.posts}) >= 55  # a title without a region may recur
    assert all(240 <= len(t.split()) <= 650 for t in texts)
    assert sum(bool(re.search(r"Rp ?\d", t)) for t in texts) > len(texts) / 2
    assert sum(bool(re.search(r"\d+(,\d+)? persen", t)) for t in texts) > len(texts) / 2
    assert all(re.match(r"[A-Z][A-Z ]+ – ", t) for t in texts)  # a dateline
    assert sum(bool(re.search(r"(Kabupaten|Kota) [A-Z]", t)) for t in texts) > len(texts) / 2
    about_jkn = [t for t in texts if re.search(r"BPJS Kesehatan|JKN|jaminan kesehatan", t)]
    assert 0.25 <= len(about_jkn) / len(texts) <= 0.5
    assert {p.category for p in one.posts} >= {"politik", "ekonomi", "kesehatan", "olahraga"}


def test_two_thousand_pages_build(samples):
    """How fast is benchmarks/demo_sites_bench.py's business; a timing here would fail on a loaded machine."""
    site = build_site("wordpress", samples, n_filler=2000)
    assert len(site.pages()) > 2000


# --- the server


def fetch(url: str, timeout: float = 2, **headers) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_server_validators_and_conditional_requests(sites):
    with SiteServer(sites["wordpress"], sites["legacy_cp1252"]) as server:
        base = server.url("wordpress")
        status, headers, body = fetch(base + "/feed/", **{"User-Agent": "uhcwatch-test"})
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        assert f"<link>{base}/".encode() in body and b"{base}" not in body
        etag, modified = headers["ETag"], headers["Last-Modified"]

        assert fetch(base + "/feed/", **{"If-None-Match": etag})[0] == 304
        assert fetch(base + "/feed/", **{"If-Modified-Since": modified})[0] == 304
        assert fetch(base + "/feed/", **{"If-None-Match": '"stale"', "If-Modified-Since": modified})[0] == 200
        assert fetch(base + "/feed/", **{"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
        assert fetch(base + "/no/such/page/")[0] == 404

        status, headers, _ = fetch(server.url("legacy_cp1252", "/"))
        assert headers["Content-Type"] == "text/html"
        status, headers, body = fetch(server.url("legacy_cp1252", "/robots.txt"))
        assert headers["ETag"] and headers["Last-Modified"]

        assert server.count("/feed/") == 5 and server.count("/feed/", site="legacy_cp1252") == 0
        log = server.requests("wordpress", "/feed/")
        assert log[0].headers["user-agent"] == "uhcwatch-test" and [r.status for r in log] == [200, 304, 304, 200, 200]


def test_release_shows_articles_over_time(samples):
    clock = [0.0]
    site = build_site("listing_only", samples, n_filler=10, release_every=60, name="lokal")
    assert not site.posts[0].filler  # the demo opens with a sample
    with SiteServer(site, clock=lambda: clock[0]) as server:
        index = server.url("lokal", "/indeks")
        status, headers, body = fetch(index)
        assert body.count(b'href="/berita/') == 1
        assert fetch(server.url("lokal", site.posts[2].path))[0] == 404

        clock[0] = 150.0
        assert fetch(index, **{"If-Modified-Since": headers["Last-Modified"]})[0] == 200
        assert fetch(index, **{"If-None-Match": headers["ETag"]})[1]["ETag"] != headers["ETag"]
        assert fetch(index)[2].count(b'href="/berita/') == 3
        assert fetch(server.url("lokal", site.posts[2].path))[0] == 200
        assert fetch(server.url("lokal", site.posts[3].path))[0] == 404


def test_stop_is_quick_with_a_handler_in_flight(sites):
    server = SiteServer(sites["wordpress"]).start()
    release = threading.Event()
    server.mount("wordpress", "/slow", lambda req: (release.wait(30), req.send_status(200, "late")))

    def client():
        try:
            fetch(server.url("wordpress", "/slow"), timeout=10)
        except OSError:  # the server hangs up on it: expected
            pass

    threads = [threading.Thread(target=client) for _ in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 2
    while server.count("/slow") < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.max_in_flight("wordpress") == 3
    stopping = threading.Thread(target=server.stop)
    stopping.start()
    stopping.join(10)  # the handlers wait 30 s for `release`: stop must not wait for them
    assert not stopping.is_alive()
    release.set()
    for t in threads:
        t.join(2)


# --- faults and proxy


@pytest.fixture(scope="module")
def faulty(sites):
    with SiteServer(sites["wordpress"]) as server:
        yield server, Faults(server, "wordpress", flaky_failures=2)


def raw_get(server, path: str, timeout: float = 2) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", urlsplit(server.url("wordpress")).port, timeout=timeout)
    conn.request("GET", path)
    return conn.getresponse()


def test_flaky_fails_then_serves_the_real_page(faulty):
    server, _ = faulty
    statuses = [raw_get(server, "/flaky/feed/").status for _ in range(3)]
    assert statuses == [503, 503, 200]


def test_hang_reset_and_huge(faulty):
    server, faults = faulty
    with pytest.raises(socket.timeout):
        raw_get(server, "/hang", timeout=0.3)

    with pytest.raises(ConnectionResetError):
        raw_get(server, "/reset").read()

    response = raw_get(server, "/huge")
    assert response.getheader("Content-Length") is None and response.getheader("Transfer-Encoding") == "chunked"
    assert response.read(1_000_000).startswith(b"<!DOCTYPE html>")
    response.close()
    time.sleep(0.2)
    assert 1_000_000 <= faults.huge_sent < faults.huge_bytes


def test_badbytes_is_declared_utf8_but_is_not(faulty):
    server, _ = faulty
    response = raw_get(server, "/badbytes")
    body = response.read()
    assert response.getheader("Content-Type") == "text/html; charset=utf-8" and b'<meta charset="utf-8">' in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "97,31 persen" in body.decode("utf-8", errors="replace")


def test_redirects_trap_and_bad_links(faulty):
    server, _ = faulty
    assert raw_get(server, "/loop1").getheader("Location") == "/loop2"
    assert raw_get(server, "/loop2").getheader("Location") == "/loop1"
    assert raw_get(server, "/to-private").getheader("Location") == PRIVATE_REDIRECT
    month = raw_get(server, "/calendar/2023/12/").read().decode()
    assert 'href="/calendar/2023/11/"' in month and 'href="/calendar/2024/01/"' in month
    links = html.unescape(raw_get(server, "/links").read().decode())
    assert all(f'href="{u}"' in links for u in BAD_LINKS)
    index = raw_get(server, "/faults/").read().decode()
    assert all(f'href="{p}' in index for p in ("/flaky/", "/hang", "/reset", "/huge", "/badbytes", "/links"))


def test_proxy_records_and_refuses():
    with RecordingProxy() as proxy:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy.url}))
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open("http://10.0.0.1/admin", timeout=2)
        assert refused.value.code == 403

        conn = http.client.HTTPConnection("127.0.0.1", urlsplit(proxy.url).port, timeout=2)
        conn.set_tunnel("169.254.169.254", 443)
        with pytest.raises(OSError, match="403"):
            conn.request("GET", "/latest/meta-data/")
        assert proxy.targets() == ["http://10.0.0.1/admin", "169.254.169.254:443"]
        assert proxy.requests[1].method == "CONNECT"
        assert proxy.env()["no_proxy"] == "127.0.0.1,localhost"
