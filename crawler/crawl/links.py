"""Which links a news crawler follows: inside the source, public, and worth fetching.

Pure functions over URLs, shared by the spider (what to request) and the
downloader middleware (what may be downloaded at all, redirects included).
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_NOT_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|topik|topic|category|kategori|kanal|author|penulis|editor|page|halaman|search|cari|login|"
    r"register|wp-admin|wp-login|wp-json|feed|rss|amp|print|cetak|video|foto|galeri|gallery|indeks|index|"
    r"redaksi|kontak|contact|about|tentang|privacy|pedoman|disclaimer|karir|iklan|advertise)(?:/|$)",
    re.IGNORECASE,
)
_BINARY = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|rar|mp3|mp4|avi|mov|docx?|xlsx?|pptx?)$",
                     re.IGNORECASE)
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|ref|source|amp)$", re.IGNORECASE)
_PAGINATION_TEXT = re.compile(r"^\s*(?:halaman\s*\d+|\d{1,3}|selanjutnya|berikutnya|lanjut|next|older|›|»|>>|>)\s*$",
                              re.IGNORECASE)
_PAGINATION_URL = re.compile(r"(?:[?&](?:page|p|hal|halaman|paged)=\d+|/page/\d+/?$|/halaman/\d+/?$)", re.IGNORECASE)


_DEFAULT_PORTS = {"http": 80, "https": 443}
_NUMBER = re.compile(r"\d+")


def normalize(url: str) -> str:
    """A URL as a key: one spelling per resource, so the store, the seen list and the HTTP cache agree.

    w3lib's canonical form (the one Scrapy's duplicate filter uses: query sorted, escapes normalised,
    dot segments resolved, no fragment, lower-case scheme and host), and what it keeps but a key must not:
    tracking parameters (utm_*, fbclid, ...) and the scheme's default port."""
    parts = urlsplit(url.strip())
    kept = [p for p in parts.query.split("&") if p and not _TRACKING.match(unquote_plus(p.partition("=")[0]))]
    netloc = parts.netloc
    try:
        if parts.port is not None and parts.port == _DEFAULT_PORTS.get(parts.scheme.lower()):
            netloc = netloc[: netloc.rindex(":")]
    except ValueError:  # a port that is not a number: kept as written
        pass
    try:
        return canonicalize_url(urlunsplit((parts.scheme, netloc, parts.path, "&".join(kept), "")))
    except ValueError:  # not a URL w3lib can read (a port that is no number): never fetched, still a key
        return urlunsplit((parts.scheme.lower(), netloc.lower(), parts.path or "/", "&".join(kept), ""))


def url_pattern(url: str) -> str:
    """Host, path and query of a URL, every number in path and query a ``*``: "warta.example/agenda?bulan=*".

    The pages a crawler trap generates (a calendar's months, a filter's combinations) differ only in
    their numbers, so one pattern names them all; a trap found once is remembered by its pattern."""
    parts = urlsplit(normalize(url))
    query = f"?{parts.query}" if parts.query else ""
    return parts.netloc + _NUMBER.sub("*", parts.path + query)


def host_port(url: str) -> str:
    """"host" or "host:port" as written in the URL, lower-case."""
    return urlsplit(url).netloc.lower().rsplit("@", 1)[-1]


def in_domains(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """Is `url` inside one of `domains`? A domain may carry a port ("127.0.0.1:8080") to pin one site."""
    netloc = host_port(url)
    host = urlsplit(url).hostname or ""
    for d in domains:
        if ":" in d.strip("[]").split("]")[-1]:  # with a port: exact host:port
            if netloc == d:
                return True
        elif host == d or host.endswith("." + d):
            return True
    return False


def is_private_host(host: str) -> bool:
    """Loopback, private, link-local, reserved or unspecified addresses, and localhost names."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost") or host.endswith(".local"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not ip.is_global or ip.is_multicast


def is_fetchable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not _BINARY.search(parts.path)


def looks_like_article(url: str) -> bool:
    """A URL shaped like a news article: a dated path, a numeric id, or a long slug."""
    parts = urlsplit(url)
    path = parts.path
    if _NOT_ARTICLE_PATH.search(path) or _PAGINATION_URL.search(url):
        return False
    if re.search(r"(?:^|&)(?:id|p|news_id|berita_id|artikel_id|nid)=\d+", parts.query):
        return True  # old CMSs: "berita.php?id=1234", WordPress "?p=123"
    segments = [s for s in path.split("/") if s]
    if not segments:
        return False
    last = segments[-1]
    slug_words = len(re.findall(r"[a-z0-9]+", last.lower()))
    has_id = bool(re.search(r"\d{4,}", path))
    dated = bool(re.search(r"/20\d\d/\d{1,2}/", path))
    return slug_words >= 4 or (has_id and len(segments) >= 2) or (dated and slug_words >= 2)


_ARCHIVE = re.compile(r"^\s*(?:arsip|indeks|index|archive|berita (?:lain(?:nya)?|terkini|terbaru)|lihat semua|"
                      r"selengkapnya|more news)\b", re.IGNORECASE)
_ARCHIVE_PATH = re.compile(r"/(?:arsip|indeks|archive|terkini|terbaru)(?:\.php|\.html?)?/?$", re.IGNORECASE)


def is_pagination(url: str, text: str, rel: str) -> bool:
    """A link to more of a listing: the next page ("Selanjutnya", "»", rel=next, ?page=2, /page/2/) or the
    archive or index of all news ("Arsip berita »", /indeks)."""
    return ("next" in rel.lower().split() or bool(_PAGINATION_TEXT.match(text or "")) or bool(_PAGINATION_URL.search(url))
            or bool(_ARCHIVE.match(text or "")) or bool(_ARCHIVE_PATH.search(urlsplit(url).path)))


def is_continuation(article_url: str, url: str, text: str) -> bool:
    """A later page of the same article ("Halaman 2", ?page=2 on the same path, /slug/2)."""
    a, b = urlsplit(article_url), urlsplit(url)
    if a.netloc != b.netloc:
        return False
    same_path = a.path.rstrip("/") == b.path.rstrip("/")
    numbered_path = b.path.rstrip("/").startswith(a.path.rstrip("/") + "/") and b.path.rstrip("/").rsplit("/", 1)[-1].isdigit()
    page_query = bool(re.search(r"(?:^|&)(?:page|p|hal|halaman)=\d+", b.query))
    return ((same_path and page_query) or numbered_path) and bool(_PAGINATION_TEXT.match(text or "") or page_query)
