"""Fake news sites whose pages are built like the hard ones: headlines of other articles everywhere.

``sites`` covers how a crawler finds articles; these two styles cover how it reads one. Modelled on
how real Indonesian news pages are built (markup written here, no page copied):

- ``portal``: a modern portal. Every page has a header ticker with another story's lead sentence,
  "Terpopuler" and "Berita Terbaru" lists and a tag cloud, all full of JKN headlines; article
  bodies have "Baca Juga:" links inside paragraphs and as paragraphs of their own, photo captions
  ("Foto: ...") naming regions and figures, credit lines, and a JSON-LD ``NewsArticle`` whose
  ``articleBody`` carries the full text; each article has an AMP version (``rel=amphtml``); and a
  daily "Kilas" page of two teasers and no article of its own.
- ``legacy_table``: an old PHP CMS laid out in one ``<table>``: masthead, menu, a "TERPOPULER" list,
  the article and a "BERITA TERBARU" list are all cells of it; the title is a ``span.judul``; the
  text is hard-wrapped with ``<br>`` in the middle of sentences, paragraphs are ``<br><br>``; a
  photo caption sits in a table cell.

On both, a filler article's only JKN words are in those side lists and teasers: it must give no
announcement, and should not even reach the extractor.
"""

from __future__ import annotations

import json
from dataclasses import replace
from html import escape
from typing import Sequence

from .sites import (BASE, EMPTY_SITE, Page, Post, Site, _chunks, _earlier, _excerpt, _html, _human_date, _iso,
                    _latest, _rss, _text, _urlset, _xml)

PORTAL_PER_PAGE = 10
KILAS_EVERY = 6  # one "Kilas" page of two teasers per this many posts


def _jkn(posts: Sequence[Post]) -> list[Post]:
    return [p for p in posts if not p.filler]


def _lead(post: Post) -> str:
    """The first sentence-ish of a story: what tickers and teasers show."""
    first = post.article.paragraphs[0]
    return first if len(first) < 260 else first[:257].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------------------------- portal

def portal(posts: list[Post], name: str) -> Site:
    title = "Berita Nusantara Kini"
    posts = [replace(p, path=(path := f"/read/{p.number}/{p.slug}"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    jkn = _jkn(posts)

    def side(current: Sequence[Post]) -> str:
        """The ticker, the lists and the tag cloud every page carries: JKN headlines among the rest."""
        popular = (jkn[:3] + list(current))[:6]
        latest = (list(current[:4]) + jkn[-3:])[:7]
        ticker = jkn[len(current) % len(jkn)] if jkn else None
        items = lambda ps: "".join(f'<li><a href="{BASE}{p.path}">{escape(p.article.title)}</a></li>' for p in ps)  # noqa: E731
        return {
            "ticker": (f'<div class="top-nav"><div class="card-1"><div class="text"><h5>Headline</h5>'
                       f"<p>{escape(_lead(ticker))}</p></div></div></div>") if ticker else "",
            "lists": (f'<div class="column is-4"><div class="box"><div class="ti">Terpopuler</div><ol>{items(popular)}</ol>'
                      f'</div><div class="box"><div class="ti">Berita Terbaru</div><ul>{items(latest)}</ul></div>'
                      f'<div class="box"><div class="ti">Topik</div><p><a href="{BASE}/tag/jkn">#JKN</a> '
                      f'<a href="{BASE}/tag/bpjs-kesehatan">#BPJSKesehatan</a> <a href="{BASE}/tag/uhc">#UHC</a> '
                      f'<a href="{BASE}/tag/kepesertaan-jkn">#KepesertaanJKN</a></p></div></div>'),
        }

    def layout(head_title: str, main: str, current: Sequence[Post], head: str = "") -> str:
        parts = side(current)
        return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{escape(head_title)} | {title}</title>
{head}
<link rel="alternate" type="application/rss+xml" href="{BASE}/rss"></head>
<body>
<div class="master">
<div class="site-top"><a class="logo" href="{BASE}/">{title}</a>
<ul class="kanal"><li><a href="{BASE}/">Beranda</a></li><li><a href="{BASE}/kanal/daerah">Daerah</a></li>
<li><a href="{BASE}/kanal/kesehatan">Kesehatan</a></li><li><a href="{BASE}/indeks">Indeks</a></li></ul></div>
{parts["ticker"]}
<section class="detail"><div class="columns">
<div class="column is-8">
{main}
</div>
{parts["lists"]}
</div></section>
<div class="bottom">&copy; {epoch.year} {title}. Dilarang mengambil konten tanpa izin.</div>
</div>
</body>
</html>
"""

    def article_page(i: int, post: Post) -> Page:
        a = post.article
        url = f"{BASE}{post.path}"
        earlier_jkn = [p for p in _earlier(posts, i, len(posts)) if not p.filler][:2] or jkn[:2]
        paragraphs = a.paragraphs
        inline = earlier_jkn[0] if earlier_jkn else None
        body = []
        for n, text in enumerate(paragraphs):
            extra = ""
            if n == 1 and inline is not None:  # an editor's link in the middle of a paragraph
                extra = (f' <strong>Baca Juga: <a href="{BASE}{inline.path}">{escape(inline.article.title)}</a>'
                         "</strong>")
            body.append(f"<p>{escape(text, quote=False)}{extra}</p>")
            if n == 0:
                region = f"warga {a.title.split()[0]}"
                body.append(f'<figure class="image"><img src="{BASE}/img/{post.number}.jpg" alt="">'
                            f"<figcaption>Foto: Antrean {escape(region)} di kantor BPJS Kesehatan. "
                            f"Cakupan JKN di daerah itu disebut 96 persen. (Foto: Dok. Humas)</figcaption></figure>")
            if n == 2 and len(earlier_jkn) > 1:
                body.append(f'<p class="baca">Baca juga: <a href="{BASE}{earlier_jkn[1].path}">'
                            f"{escape(earlier_jkn[1].article.title)}</a></p>")
        body.append('<p class="info-author">Editor: Rahmat Hidayat</p>')
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                         "datePublished": _iso(post.published), "mainEntityOfPage": url,
                         "articleBody": "\n".join(paragraphs[:2] + ([f"Baca Juga: {inline.article.title}"] if inline
                                                                    else []) + paragraphs[2:])},
                        ensure_ascii=False)
        head = (f'<link rel="canonical" href="{url}">\n<link rel="amphtml" href="{BASE}/amp{post.path}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{escape(a.title)}">\n'
                f'<meta property="article:published_time" content="{_iso(post.published)}">\n'
                f'<script type="application/ld+json">{ld}</script>')
        main = f"""<div class="post-header"><h1>{escape(a.title)}</h1>
<div class="info"><span class="datetime">{post.published:%d/%m/%Y %H:%M}</span></div></div>
<div class="article">
{chr(10).join(body)}
</div>"""
        return _html(layout(a.title, main, _earlier(posts, i, 5), head), post.published, post.visible_from)

    def amp_page(i: int, post: Post) -> Page:
        a = post.article
        related = "".join(f'<li><a href="{BASE}{p.path}">{escape(p.article.title)}</a></li>' for p in jkn[:4])
        page = f"""<!doctype html>
<html amp lang="id"><head><meta charset="utf-8"><title>{escape(a.title)}</title>
<link rel="canonical" href="{BASE}{post.path}">
<style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{escape(a.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author">Redaksi</span> {_human_date(post.published)}</div></header>
<div class="amp-wp-article-content">
{chr(10).join(f"<p>{escape(p, quote=False)}</p>" for p in a.paragraphs)}
</div>
<footer class="amp-wp-article-footer"><h3>Berita Terkait</h3><ul>{related}</ul></footer></article></body></html>
"""
        return _html(page, post.published, post.visible_from)

    def kilas_page(n: int, pair: Sequence[Post], visible_from: float) -> tuple[str, Page]:
        """Two teasers of other stories, no story of its own, on an article-like URL."""
        path = f"/read/{90000 + n}/kilas-berita-kesehatan-hari-ini-edisi-{n}"
        cards = "".join(f'<article class="teaser"><h2><a href="{BASE}{p.path}">{escape(p.article.title)}</a></h2>'
                        f"<p>{escape(_lead(p))}</p><a href=\"{BASE}{p.path}\">Selengkapnya</a></article>" for p in pair)
        head = f'<meta property="og:type" content="article">\n<link rel="canonical" href="{BASE}{path}">'
        main = f'<div class="post-header"><h1>Kilas Berita Kesehatan Hari Ini, Edisi {n}</h1></div>\n{cards}'
        return path, _html(layout("Kilas Berita Kesehatan", main, pair, head), max(p.published for p in pair),
                           visible_from)

    kilas = {}
    for n, chunk in enumerate(_chunks(jkn, 2), 1):
        if len(chunk) == 2 and n % 2 == 1:
            path, page = kilas_page(n, chunk, max(p.visible_from for p in chunk))
            kilas[path] = page

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        pages: dict[str, Page] = {}
        chunks = _chunks(visible, PORTAL_PER_PAGE)
        for number, chunk in enumerate(chunks, 1):
            cards = "\n".join(f'<div class="card"><h3><a href="{BASE}{p.path}">{escape(p.article.title)}</a></h3>'
                              f'<span class="date">{_human_date(p.published)}</span></div>' for p in chunk)
            more = f'<a class="next" href="{BASE}/indeks?page={number + 1}">Selanjutnya</a>' if number < len(chunks) else ""
            path = "/indeks" if number == 1 else f"/indeks?page={number}"
            pages[path] = _html(layout("Indeks Berita", f"<h1>Indeks Berita</h1>\n{cards}\n{more}", chunk[:5]), modified)
        pages["/"] = pages["/indeks"]
        pages["/rss"] = _xml(_rss(title, f"{BASE}/rss", "Berita daerah", visible[:15], lambda p: f"{BASE}{p.path}",
                                  modified), modified, "application/rss+xml; charset=UTF-8")
        shown = [(f"{BASE}{p.path}", p.published) for p in visible]
        shown += [(f"{BASE}{path}", page.last_modified) for path, page in kilas.items()]
        pages["/sitemap.xml"] = _xml(_urlset(shown), modified)
        return pages

    static = {"/robots.txt": _text("User-agent: *\nDisallow: /cari\n\nSitemap: {base}/sitemap.xml\n", epoch)}
    static |= {p.path: article_page(i, p) for i, p in enumerate(posts)}
    static |= {f"/amp{p.path}": amp_page(i, p) for i, p in enumerate(posts)}
    static |= kilas
    return Site(name, "portal", title, posts, static, render)


# ---------------------------------------------------------------------------------- legacy_table

LEGACY_WRAP = 86  # characters per hard-wrapped line


def _hard_wrapped(paragraph: str) -> str:
    """A paragraph as a fixed-width editor leaves it: each of its lines cut at ~86 characters, joined by <br>."""
    lines = []
    for source_line in paragraph.split("\n"):
        line = ""
        for word in source_line.split():
            if line and len(line) + 1 + len(word) > LEGACY_WRAP:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return "<br>\n".join(escape(x, quote=False) for x in lines)


def legacy_table(posts: list[Post], name: str) -> Site:
    title = "Harian Pelita Daerah"
    posts = [replace(p, path=(path := f"/berita.php?id={p.number}"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    jkn = _jkn(posts)

    def links(ps: Sequence[Post]) -> str:
        return "".join(f'<tr><td><font size="1">&raquo; <a href="{p.path[1:]}">{escape(p.article.title)}</a>'
                       "</font></td></tr>" for p in ps)

    def layout(head_title: str, main: str, current: Sequence[Post]) -> str:
        popular = (jkn[:4] + list(current))[:7]
        latest = (list(current[:4]) + jkn[-4:])[:8]
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(head_title)} - {title}</title></head>
<body bgcolor="#EEEEEE">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3" height="90" bgcolor="#8B0000"><font color="#FFFFFF" size="6"><b>{title}</b></font></td></tr>
<tr><td colspan="3" bgcolor="#333333"><font size="2"><a href="index.php">HOME</a> | <a href="index.php?kat=daerah">DAERAH</a> |
<a href="index.php?kat=kesehatan">KESEHATAN</a> | <a href="rss.xml">RSS</a></font></td></tr>
<tr>
<td width="200" valign="top"><b>TERPOPULER</b><table width="100%">{links(popular)}</table></td>
<td width="560" valign="top">
{main}
</td>
<td width="200" valign="top"><b>BERITA TERBARU</b><table width="100%">{links(latest)}</table></td>
</tr>
<tr><td colspan="3" align="center"><font size="1">Copyright &copy; 2009-{epoch.year} {title}</font></td></tr>
</table>
</body></html>
"""

    def article_page(i: int, post: Post) -> Page:
        a = post.article
        text = "<br><br>\n".join(_hard_wrapped(p) for p in a.paragraphs)
        caption = (f'<table align="right" width="220"><tr><td><img src="foto/{post.number}.jpg" width="210"></td></tr>'
                   f'<tr><td class="ket"><font size="1">Foto: Suasana pelayanan JKN di {escape(a.title.split()[0])}, '
                   "cakupan 98 persen.</font></td></tr></table>")
        main = f"""<span class="judul"><b>{escape(a.title)}</b></span><br>
<span class="tanggal"><font size="1">{_human_date(post.published)}</font></span><br><br>
{caption}
<font face="Verdana" size="2">{text}</font>
<br><br><font size="1">Dibaca {post.number % 700 + 50} kali | <a href="javascript:print()">Cetak</a></font>"""
        return _html(layout(a.title, main, _earlier(posts, i, 5)), post.published, post.visible_from)

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        pages: dict[str, Page] = {}
        rows = "".join(f'<tr><td><font size="1">{p.published:%d/%m/%Y}</font></td><td><a href="{p.path[1:]}">'
                       f"{escape(p.article.title)}</a><br><font size=\"1\">{escape(_excerpt(p.article, 20))}</font>"
                       "</td></tr>" for p in visible[:20])
        pages["/"] = _html(layout("Depan", f'<b>BERITA UTAMA</b><table>{rows}</table><p><a href="arsip.php">'
                                          "Arsip berita &raquo;</a></p>", visible[:5]), modified)
        pages["/index.php"] = pages["/"]
        chunks = _chunks(visible, 20)
        for number, chunk in enumerate(chunks, 1):
            listed = "".join(f'<tr><td><a href="{p.path[1:]}">{escape(p.article.title)}</a></td></tr>' for p in chunk)
            pager = " ".join(f'<a href="arsip.php?hal={n}">[{n}]</a>' for n in range(1, len(chunks) + 1) if n != number)
            path = "/arsip.php" if number == 1 else f"/arsip.php?hal={number}"
            pages[path] = _html(layout("Arsip", f"<b>ARSIP BERITA</b><table>{listed}</table><p>Halaman: {pager}</p>",
                                       chunk[:5]), modified)
        pages["/rss.xml"] = _xml(_rss(title, f"{BASE}/rss.xml", "Berita daerah", visible[:20],
                                      lambda p: f"{BASE}{p.path}", modified), modified, "application/rss+xml")
        return pages

    static = {"/robots.txt": _text("User-agent: *\nDisallow: /admin/\n", epoch)}
    static |= {p.path: article_page(i, p) for i, p in enumerate(posts)}
    return Site(name, "legacy_table", title, posts, static, render)


LAYOUTS = {"portal": portal, "legacy_table": legacy_table}
# Where a crawl of each layout starts.
LAYOUT_STARTS = {"portal": ["/rss", "/"], "legacy_table": ["/rss.xml", "/index.php"]}
