"""Held-out fixture sites: four Indonesian layout families the crawler was not written against.

Each builder has the signature of the builders in ``crawler/demo/sites.py``
(``style(posts, name) -> Site``) and is modelled on a layout family studied in
``/work/layouts/NOTES.md``; the markup is written here, no real page is copied.

- ``tagdiv``: a regional WordPress portal on the tagDiv "Newspaper" theme.
  Header ticker with a teaser sentence of another article in a ``<p>``, a
  "Berita Utama" rail *before* the article, body in ``div.td-post-content``
  (microdata ``itemprop=articleBody`` that also wraps ads and "Baca Juga"
  boxes), injected "Baca Juga" box after paragraph 2 and a label-less
  related-posts plugin later on, ADVERTISEMENT paragraphs, ``wp-caption``
  photo captions ("Foto: ..."), credit lines, a "Cek berita ... Google News"
  promo, sidebar "Terpopuler"/"Terkini"/tag cloud, "Berita Terkait" after the
  article, JSON-LD NewsArticle without articleBody, ``rel=amphtml`` to
  ``<path>amp/`` (served, WordPress AMP-plugin markup). Feed ``/feed/``, WP
  core sitemaps (``/wp-sitemap.xml``) named in robots.txt.
- ``blogger``: a Blogspot local-news blog. ``div.post-body`` with no ``<p>``:
  text separated by ``<br />`` (hard-wrapped mid-sentence, paragraphs by
  ``<br /><br />``), bold dateline, a typed "Baca juga:" line in the text
  flow, captions in ``table.tr-caption-container td.tr-caption``; the title is
  an ``h3`` while ``h1`` is the blog name; sidebar "Postingan Populer" with
  snippets, "Postingan Unggulan" with a teaser, "Arsip Blog" titles, labels;
  "Artikel Terkait" under the post. Home shows jump-break teasers in
  ``div.post-body`` too. Atom feed ``/feeds/posts/default`` (paginated with
  ``start-index``), ``?alt=rss``, sitemap index ``/sitemap.xml`` ->
  ``/sitemap.xml?page=N``; robots.txt disallows ``/search`` (the home pager).
- ``detikish``: a big national portal. Dateline ``<strong>KOTA</strong> -``
  and the whole lead paragraph bare in the body div (not in a ``<p>``),
  theme "Baca juga:" table widgets (``table.linksisip``), editor-typed
  ``<p><strong>Baca Juga: <a>..</a></strong></p>`` lines, ADVERTISEMENT /
  SCROLL TO RESUME CONTENT paragraphs, video teaser, bare ``(abc/def)``
  sign-off, tags inside the body container; long articles split over
  ``path`` and ``path?page=2`` ("Halaman selanjutnya", no rel=next);
  "Berita Terkait" list, "Terpopuler" and "Berita Terkini" sidebars and an
  empty lazy-load skeleton; JSON-LD NewsArticle with the *full* articleBody
  (both pages) that includes the editor-typed "Baca Juga: <title>" lines.
  Google News sitemap ``/sitemap_news.xml`` + ``/sitemap_web.xml`` in robots.txt.
- ``lokomedia``: an old PHP CMS. One XHTML-transitional layout table whose
  cells hold masthead, menu, a "Sekilas Info" marquee teaser, the left
  category column, the article, and "TERPOPULER" / "BERITA TERBARU" lists.
  Articles at ``/berita-<id>-<slug>.html``, title in ``span.judul`` (no
  heading), text in ``<td>`` cells with ``<br />`` breaks (lead next to the
  photo cell, caption in the cell), "berita terkait" list, reader comments;
  listings ``index.php?module=semuaberita&halberita=N`` and
  ``index.php?module=detailkategori&id=N&halkategori=M``; ``/rss.xml`` with
  every post.

The trap common to all four: every page -- home, listings, AMP and every
article page, filler included -- carries headline lists, teasers and "Baca
juga" links whose titles include every JKN sample article released by then
(``visible_from`` not later than the page's). A page whose only JKN words are
in those lists is not a JKN article, and a sample page must not be credited
with the figures of the *other* samples it links to.

Release over time works as in ``sites.py``: article (and AMP) pages carry
``post.visible_from``; listings, feeds and sitemaps are rendered per number
of visible posts; a static page only names posts released no later than it.
``Post.pages`` lists the article's own URLs (both halves on ``detikish``);
the tagDiv AMP copy is an alternate (``rel=amphtml``, canonical back to the
article), not listed in ``Post.pages``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass, replace
from html import escape
from typing import Callable, Iterable, Mapping, Sequence

from uhcwatch.crawler.demo.sites import (BASE, DAYS, EMPTY_SITE, FIRST_NAMES, LAST_NAMES, MONTHS, Article, Page,
                                         Post, Site, _chunks, _html, _iso, _latest, _rss, _schedule, _sitemap_index,
                                         _text, _urlset, _xml)

# ---------------------------------------------------------------------------
# Shared pieces

MON = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
CATEGORIES = ("kesehatan", "daerah", "ekonomi", "politik", "pilkada", "hukum", "pendidikan", "peristiwa", "olahraga")
TAG_RULES = (  # (slug, label, words that put a post under the tag)
    ("jkn", "JKN", ("jkn", "jaminan kesehatan nasional")),
    ("bpjs-kesehatan", "BPJS Kesehatan", ("bpjs kesehatan",)),
    ("uhc", "UHC", ("uhc", "universal health coverage")),
    ("bpjs-ketenagakerjaan", "BPJS Ketenagakerjaan", ("bpjs ketenagakerjaan",)),
    ("pemkab", "Pemkab", ("pemkab", "pemerintah kabupaten")),
    ("pemkot", "Pemkot", ("pemkot", "pemerintah kota", "pemko ")),
    ("inflasi", "Inflasi", ("inflasi",)),
    ("banjir", "Banjir", ("banjir",)),
    ("pemilu", "Pemilu", ("pemilu", "kpu ")),
    ("apbd", "APBD", ("apbd",)),
)
TAG_LABELS = {slug: label for slug, label, _ in TAG_RULES} | {c: c.title() for c in CATEGORIES}
CAPTIONS = {
    "kesehatan": "Petugas melayani warga di loket pelayanan kesehatan",
    "daerah": "Suasana kegiatan pemerintah daerah",
    "ekonomi": "Aktivitas pedagang di pasar tradisional",
    "politik": "Suasana rapat paripurna di gedung dewan",
    "pilkada": "Petugas menyiapkan logistik pemungutan suara",
    "hukum": "Suasana sidang di pengadilan negeri",
    "pendidikan": "Siswa mengikuti kegiatan belajar di kelas",
    "peristiwa": "Petugas gabungan meninjau lokasi kejadian",
    "olahraga": "Para pemain berlatih menjelang laga",
}

_DATELINE = re.compile(r"(?P<place>\S[^–—\n]{0,58}?)(?P<sep>\s+(?:–|—|-{1,2})\s+)(?P<rest>\S.*)", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])")


def _split_dateline(paragraph: str) -> tuple[str, str, str] | None:
    """``("MEDAN", " – ", rest)`` when ``paragraph`` opens with a dateline, else None.

    ``place + sep + rest`` is the paragraph unchanged, so a page that shows
    the dateline in its own element still holds the paragraph's full text.
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m["place"]
    tokens = [t.strip(",") for t in place.split()]
    if not tokens or len(tokens) > 5:
        return None
    comma = "," in place

    def ok(token: str) -> bool:
        letters = re.sub(r"[^A-Za-z]", "", token)
        return (len(letters) >= 3 and letters.isupper()) or "." in token or (comma and token[:1].isupper())

    return (place, m["sep"], m["rest"]) if all(ok(t) for t in tokens) else None


def _teaser(article: Article, words: int = 45) -> str:
    """The first sentence of the lead, without its dateline: what tickers and cards show."""
    lead = article.paragraphs[0] if article.paragraphs else article.title
    split = _split_dateline(lead)
    text = split[2] if split else lead
    sentence = _SENTENCE_END.split(text, 1)[0].split()
    return " ".join(sentence[:words]) + (" …" if len(sentence) > words else "")


def _snippet(article: Article, words: int = 22) -> str:
    text = " ".join(article.text.split()).split()
    return " ".join(text[:words]) + ("…" if len(text) > words else "")


def _short_date(d: dt.datetime, comma: bool = True) -> str:
    """'Sabtu, 10 Des 2022 13:19 WIB' (detik) or, without comma, 'Sabtu 10 Des 2022 13:19 WIB' (tagDiv)."""
    return f"{DAYS[d.weekday()]}{',' if comma else ''} {d.day:02d} {MON[d.month - 1]} {d.year} {d:%H:%M} WIB"


def _long_day(d: dt.datetime | dt.date) -> str:
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def _person(key: int, salt: int = 0) -> str:
    return f"{FIRST_NAMES[(key * 7 + salt) % len(FIRST_NAMES)]} {LAST_NAMES[(key * 11 + salt * 3) % len(LAST_NAMES)]}"


def _initials(rng: random.Random) -> str:
    letters = "abdefghijkmnrstuwy"
    return "".join(rng.choice(letters) for _ in range(3)) + "/" + "".join(rng.choice(letters) for _ in range(3))


def _tags(post: Post) -> list[str]:
    text = f"{post.article.title} {post.article.text}".lower()
    return [post.category] + [slug for slug, _, words in TAG_RULES if any(w in text for w in words)]


def _peers(posts: Sequence[Post], i: int) -> list[Post]:
    """Posts out whenever post ``i`` is (``visible_from`` not later), other than ``i``; newest first.

    Without release every post is out from the start, so every page can name
    every other post; with release a page never names a post released after it.
    """
    cut = posts[i].visible_from
    return [p for j, p in enumerate(posts) if j != i and p.visible_from <= cut][::-1]


def _at_start(posts: Sequence[Post]) -> list[Post]:
    """Posts out from the first second (all of them without release), newest first: for static pages."""
    return [p for p in posts if p.visible_from <= 0][::-1]


@dataclass(frozen=True)
class _Rails:
    """Headline lists for one page. ``headline`` and ``popular`` together hold every sample in ``peers``."""

    headline: list[Post]  # a rail/carousel: every other sample plus filler
    popular: list[Post]  # "Terpopuler": the other samples plus filler
    latest: list[Post]  # "Terkini": the newest posts
    inline: list[Post]  # "Baca juga" picks, samples first
    ticker: Post | None  # the header teaser: the newest sample


def _rails(peers: Sequence[Post], key: str, size: int = 6) -> _Rails:
    rng = random.Random(f"rails:{key}")
    samples = [p for p in peers if not p.filler]
    filler = [p for p in peers if p.filler]

    def mix(chosen: list[Post], n: int) -> list[Post]:
        out = chosen + rng.sample(filler, min(len(filler), max(0, n - len(chosen))))
        rng.shuffle(out)
        return out

    inline = rng.sample(samples, min(3, len(samples)))
    inline += rng.sample(filler, min(len(filler), 3 - len(inline)))
    return _Rails(headline=mix(samples[1::2], size), popular=mix(samples[0::2], size + 2),
                  latest=list(peers[:size + 2]), inline=inline,
                  ticker=samples[0] if samples else (peers[0] if peers else None))


def _put(inserts: dict[int, list[str]], at: int, n: int, markup: str) -> None:
    """Add ``markup`` after paragraph ``at``, kept between paragraphs when the story is short."""
    inserts.setdefault(max(0, min(at, n - 2)), []).append(markup)


def _blocks(paragraphs: Sequence[str], inserts: Mapping[int, list[str]],
            render: Callable[[int, str], str] | None = None) -> str:
    render = render or (lambda _, p: f"<p>{escape(p, quote=False)}</p>")
    out = []
    for i, p in enumerate(paragraphs):
        out.append(render(i, p))
        out.extend(inserts.get(i, ()))
    return "\n".join(out)


def _pick(items: Sequence[Post], k: int) -> Post | None:
    return items[k % len(items)] if items else None


def _words(article: Article) -> int:
    return len(article.text.split())


# ---------------------------------------------------------------------------
# Style: tagdiv (WordPress, tagDiv "Newspaper" theme)


TD_TITLE, TD_TAGLINE = "Kabar Selat Sunda", "Portal Berita Banten dan Nusantara"
TD_PER_PAGE = 10


def tagdiv(posts: list[Post], name: str) -> Site:
    """A regional WordPress portal on the tagDiv Newspaper theme, with AMP copies of every article."""
    title = TD_TITLE
    posts = [replace(p, path=(path := f"/{p.category}/{p.slug}/"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    menu = "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{BASE}/category/{c}/">{c.title()}</a></li>'
                   for c in CATEGORIES)
    menu = f'<li class="menu-item current-menu-item"><a href="{BASE}/">Beranda</a></li>{menu}'

    def td_item(p: Post, module: str = "td_module_6", excerpt: bool = False) -> str:
        more = f'<div class="td-excerpt">{escape(_snippet(p.article, 24))}</div>' if excerpt else ""
        return (f'<div class="{module} td_module_wrap td-animation-stack"><div class="td-module-thumb">'
                f'<a href="{BASE}{p.path}" rel="bookmark" class="td-image-wrap" title="{escape(p.article.title)}">'
                f'<img width="100" height="70" class="entry-thumb" src="{BASE}/wp-content/uploads/'
                f'{p.published:%Y/%m}/{p.slug}-100x70.jpg" alt=""></a></div><div class="item-details">'
                f'<h3 class="entry-title td-module-title"><a href="{BASE}{p.path}" rel="bookmark" '
                f'title="{escape(p.article.title)}">{escape(p.article.title)}</a></h3>'
                f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated '
                f'td-module-date" datetime="{_iso(p.published)}">{_short_date(p.published, False)}</time></span>'
                f"</div>{more}</div></div>")

    def block(heading: str, items: Sequence[Post], cls: str, excerpt: bool = False) -> str:
        inner = "\n".join(td_item(p, excerpt=excerpt) for p in items)
        return (f'<div class="td_block_wrap {cls} td-pb-border-top td_block_template_1">'
                f'<h4 class="block-title"><span class="td-pulldown-size">{heading}</span></h4>'
                f'<div class="td_block_inner">{inner}</div></div>')

    def cloud(pool: Iterable[Post]) -> str:
        counts: dict[str, int] = {}
        for p in pool:
            for t in _tags(p):
                counts[t] = counts.get(t, 0) + 1
        links = " ".join(f'<a href="{BASE}/tag/{t}/" class="tag-cloud-link tag-link-{n}" '
                         f'style="font-size: {8 + min(n, 14)}pt;" aria-label="{TAG_LABELS[t]} ({n} item)">'
                         f"{TAG_LABELS[t]}</a>" for t, n in sorted(counts.items()))
        return links

    def layout(head_title: str, main: str, rails: _Rails, tag_pool: Iterable[Post], head_extra: str = "",
               body_class: str = "home") -> str:
        ticker = list(dict.fromkeys(p for p in [rails.ticker, *rails.latest] if p is not None))[:4]
        ticker_items = "".join(
            f'<div class="td_module_trending_now td-trending-now-post-{k} td-trending-now-post">'
            f'<h3 class="entry-title td-module-title"><a href="{BASE}{p.path}" rel="bookmark">'
            f"{escape(p.article.title)}</a></h3></div>" for k, p in enumerate(ticker))
        card = ""
        if rails.ticker is not None:
            card = (f'<div class="td-headline-card"><h5>Headline</h5><p>{escape(_teaser(rails.ticker.article))}</p>'
                    f'<a class="td-read-more" href="{BASE}{rails.ticker.path}">Selengkapnya</a></div>')
        return f"""<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<title>{escape(head_title)} - {title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head_extra}
<link rel="alternate" type="application/rss+xml" title="{title} &raquo; Feed" href="{BASE}/feed/">
<link rel="stylesheet" id="td-theme-css" href="{BASE}/wp-content/themes/Newspaper/style.css?ver=11.3" type="text/css" media="all">
<script type="text/javascript" src="{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.6.0" id="jquery-core-js"></script>
</head>
<body class="{body_class} td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">{_long_day(_latest(posts, epoch))}</div>
<ul id="menu-top" class="top-header-menu"><li><a href="{BASE}/redaksi/">Redaksi</a></li><li><a href="{BASE}/pedoman-media-siber/">Pedoman Media Siber</a></li><li><a href="{BASE}/kontak/">Kontak</a></li></ul></div>
<div class="td-header-sp-top-widget"><a href="https://www.facebook.com/kabarselatsunda" class="td-social-icon-wrap">Facebook</a> <a href="https://www.instagram.com/kabarselatsunda" class="td-social-icon-wrap">Instagram</a></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><a class="td-main-logo" href="{BASE}/"><img class="td-retina-data" src="{BASE}/wp-content/uploads/logo.png" alt="{title}"><span class="td-visual-hidden">{title}</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="1029384756"></ins></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu">{menu}</ul></div></div></div></div></div>
<div class="td-container td-trending-now-container"><div class="td_block_trending_now td-trending-now-wrapper">
<div class="td-trending-now-title">BERITA UTAMA</div><div class="td-trending-now-display-area">{ticker_items}</div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page">&lsaquo;</a><a href="#" class="td-ajax-next-page">&rsaquo;</a></div></div>
{card}</div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default">
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
{block("Berita Utama", rails.headline, "td_block_big_grid_fl td-rail-utama")}
{main}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside class="td_block_template_1 widget widget_block">{block("Terpopuler", rails.popular, "td_block_7 td_block_widget")}</aside>
<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Baca Juga</span></h4><div class="textwidget"><div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="5647382910"></ins></div></div></aside>
<aside class="td_block_template_1 widget widget_recent_entries">{block("Terkini", rails.latest, "td_block_1 td_block_widget")}</aside>
<aside class="td_block_template_1 widget widget_tag_cloud"><h4 class="block-title"><span>Tag</span></h4><div class="tagcloud">{cloud(tag_pool)}</div></aside>
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span12"><div class="footer-text-wrap">{title} &ndash; {TD_TAGLINE}. Terverifikasi Dewan Pers.</div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-sub-footer-copy">&copy; {epoch.year} {title}. All Rights Reserved.</div></div></div>
</div>
<script type="text/javascript" src="{BASE}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=11.3" id="td-site-min-js"></script>
</body>
</html>
"""

    def featured(post: Post) -> tuple[str, str]:
        caption = f"Foto: {CAPTIONS.get(post.category, 'Ilustrasi')}. (Dok. Humas/{title})"
        img = f"{BASE}/wp-content/uploads/{post.published:%Y/%m}/{post.slug}.jpg"
        return img, caption

    def content(i: int, post: Post, rails: _Rails, amp: bool) -> str:
        """The editor HTML plus what plugins inject into it: shared by the article and its AMP copy."""
        a = post.article
        n = len(a.paragraphs)
        rng = random.Random(f"tagdiv:content:{post.number}")
        inserts: dict[int, list[str]] = {}
        ad = ('<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000000000000000" '
              'data-ad-slot="1122334455"></amp-ad>' if amp else
              '<ins class="adsbygoogle" style="display:block" data-ad-slot="1122334455"></ins>')
        _put(inserts, 0, n, f'<div class="td-a-rec td-a-rec-id-content_inline"><p class="td-adspot-title">'
                            f"ADVERTISEMENT</p>{ad}</div>")
        box = [p for p in rails.inline[:2]]
        if box:
            items = "".join(f'<li><a href="{BASE}{p.path}">{escape(p.article.title)}</a></li>' for p in box)
            _put(inserts, 1, n, f'<div class="td-baca-juga"><h4 class="td-baca-juga-title"><span>Baca Juga'
                                f"</span></h4><ul>{items}</ul></div>")
        img = f"{BASE}/wp-content/uploads/{post.published:%Y/%m}/{post.slug}-2.jpg"
        tag = ('amp-img width="696" height="464" layout="responsive"' if amp else
               'img loading="lazy" width="696" height="464"')
        close = "</amp-img>" if amp else ""
        _put(inserts, 3, n, f'<div id="attachment_{post.number + 1}" class="wp-caption aligncenter" '
                            f'style="width: 706px"><{tag} src="{img}" alt="">{close}'
                            f'<p id="caption-attachment-{post.number + 1}" class="wp-caption-text">Foto: '
                            f"{CAPTIONS.get(post.category, 'Ilustrasi')}. ({_person(post.number, 3)}/{title})</p></div>")
        _put(inserts, 4, n, '<p style="text-align: center;">ADVERTISEMENT</p>')
        extra = rails.inline[2] if len(rails.inline) > 2 else _pick(rails.popular, post.number)
        if extra is not None:
            _put(inserts, 6, n, f'<div class="irp-wrapper"><div class="irp-item"><a href="{BASE}{extra.path}" '
                                f'class="irp-link">{escape(extra.article.title)}</a></div></div>')
        credits = (f"<p><strong>Penulis: {_person(post.number, 1)}</strong><br>"
                   f"<strong>Editor: {_person(post.number, 2)}</strong></p>\n<p>({_initials(rng)})</p>")
        return _blocks(a.paragraphs, inserts) + "\n" + credits

    def article_page(i: int, post: Post) -> Page:
        a = post.article
        url = f"{BASE}{post.path}"
        peers = _peers(posts, i)
        rails = _rails(peers, f"tagdiv:{post.number}")
        img, caption = featured(post)
        tags = _tags(post)
        ld = json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": a.title, "description": _snippet(a, 30),
             "datePublished": _iso(post.published), "dateModified": _iso(post.published),
             "author": {"@type": "Person", "name": _person(post.number, 1)},
             "publisher": {"@type": "Organization", "name": title,
                           "logo": {"@type": "ImageObject", "url": f"{BASE}/wp-content/uploads/logo.png"}},
             "image": {"@type": "ImageObject", "url": img}, "mainEntityOfPage": url,
             "articleSection": post.category.title(), "keywords": ", ".join(TAG_LABELS[t] for t in tags)},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Beranda", "item": f"{BASE}/"},
                {"@type": "ListItem", "position": 2, "name": post.category.title(),
                 "item": f"{BASE}/category/{post.category}/"},
                {"@type": "ListItem", "position": 3, "name": a.title}]}]}, ensure_ascii=False)
        head = f"""<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url}amp/">
<meta property="og:locale" content="id_ID">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a.title)}">
<meta property="og:description" content="{escape(_snippet(a, 25))}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{img}">
<meta property="article:published_time" content="{_iso(post.published)}">
<script type="application/ld+json" class="td-schema">{ld}</script>"""
        share = " ".join(f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network '
                         f'td-social-{net.lower()}" href="#"><span class="td-social-but-text">{net}</span></a>'
                         for net in ("Facebook", "Twitter", "Pinterest", "WhatsApp", "Linkedin", "Telegram", "LINE"))
        tag_links = "".join(f'<li><a href="{BASE}/tag/{t}/">{TAG_LABELS[t]}</a></li>' for t in tags)
        related = [p for p in rails.headline if p.category == post.category][:3] or rails.headline[:3]
        main = f"""<article id="post-{post.number}" class="post-{post.number} post type-post status-publish format-standard has-post-thumbnail category-{post.category}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{BASE}/">Beranda</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Lihat semua pos di {post.category.title()}" class="entry-crumb" href="{BASE}/category/{post.category}/">{post.category.title()}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{escape(a.title)}</span></div>
<ul class="td-category"><li class="entry-category"><a href="{BASE}/category/{post.category}/">{post.category.title()}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{escape(a.title)}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Oleh</div> <a href="{BASE}/author/redaksi/">{_person(post.number, 1)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso(post.published)}">{_short_date(post.published, False)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post.number}">{post.number % 877 + 64}</span></div>
</div>
</header>
</div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"></div><div class="td-default-sharing">{share}</div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="{img}" data-caption="{escape(caption)}"><img width="696" height="464" class="entry-thumb td-modal-image" src="{img}" alt="" title="{escape(a.title)}"></a><figcaption class="wp-caption-text">{escape(caption)}</figcaption></figure></div>
<div itemprop="articleBody" class="dable-content-wrapper">
{content(i, post, rails, amp=False)}
</div>
<p class="td-gnews">Cek berita dan artikel terbaru lainnya di <a href="https://news.google.com/publications/CAAqBwgKMKaJ0QswusXoAw?hl=id&amp;gl=ID&amp;ceid=ID:id">Google News</a> dan ikuti kanal WhatsApp {title}.</p>
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="6677889900"></ins></div>
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>LABEL</span></li>{tag_links}</ul></div>
<div class="td-post-sharing-bottom"><div class="td-default-sharing">{share}</div></div>
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="{BASE}/author/redaksi/">{_person(post.number, 1)}</a></span></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{_person(post.number, 1)}"></span>
<meta itemprop="datePublished" content="{_iso(post.published)}">
<meta itemprop="dateModified" content="{_iso(post.published)}">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}">
<span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{title}"></span>
<meta itemprop="headline" content="{escape(a.title)}">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts td_block_template_1">
<h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">BERITA TERKAIT</a><a class="td-related-right" href="#">DARI PENULIS</a></h4>
<div class="td_block_inner td-mc1-wrap"><div class="td-related-row">{"".join(td_item(p, "td_module_related_posts") for p in related)}</div></div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled">&lsaquo;</a><a href="#" class="td-ajax-next-page">&rsaquo;</a></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Batalkan balasan</a></small></h3>
<form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Komentar:" id="comment" name="comment" cols="45" rows="8"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Nama:*" type="text" value="" size="30"></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar"><input type="hidden" name="comment_post_ID" value="{post.number}" id="comment_post_ID"></p></form></div></div>"""
        body_class = f"post-template-default single single-post postid-{post.number} single-format-standard"
        return _html(layout(a.title, main, rails, [post, *peers], head, body_class), post.published,
                     post.visible_from)

    def amp_page(i: int, post: Post) -> Page:
        a = post.article
        url = f"{BASE}{post.path}"
        peers = _peers(posts, i)
        rails = _rails(peers, f"tagdiv:{post.number}")
        img, caption = featured(post)
        ld = json.dumps({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": url,
                         "publisher": {"@type": "Organization", "name": title}, "headline": a.title,
                         "datePublished": _iso(post.published), "dateModified": _iso(post.published),
                         "author": {"@type": "Person", "name": _person(post.number, 1)},
                         "image": {"@type": "ImageObject", "url": img, "width": 696, "height": 464}},
                        ensure_ascii=False)
        related = "".join(f'<li><a href="{url_of(p)}">{escape(p.article.title)}</a></li>'
                          for p in [*rails.headline, *rails.popular])
        tags = ", ".join(f'<a href="{BASE}/tag/{t}/" rel="tag">{TAG_LABELS[t]}</a>' for t in _tags(post))
        page = f"""<!doctype html>
<html amp lang="id-ID">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{escape(a.title)} &#8211; {title}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-article{{max-width:840px;margin:1.5em auto;font-family:Georgia,serif}}.amp-wp-title{{font-size:1.6em}}.wp-caption-text{{font-size:.8em;color:#666}}.amp-related li{{margin:.4em 0}}</style>
</head>
<body>
<header id="top" class="amp-wp-header"><div><a href="{BASE}/"><amp-img src="{BASE}/wp-content/uploads/logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">{title}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{escape(a.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="{BASE}/wp-content/uploads/avatar.png" alt="" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{_person(post.number, 1)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_iso(post.published)}">{_short_date(post.published, False)}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="696" height="464" src="{img}" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" layout="intrinsic" alt=""></amp-img><p class="wp-caption-text">{escape(caption)}</p></figure>
<div class="amp-wp-article-content">
{content(i, post, rails, amp=True)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Kategori: <a href="{BASE}/category/{post.category}/" rel="category tag">{post.category.title()}</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">Tag: {tags}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Tinggalkan komentar</a></div>
</footer>
</article>
<div class="amp-related"><h3>Berita Terkait</h3><ul>{related}</ul></div>
<div class="amp-share"><amp-social-share type="whatsapp" width="40" height="40" data-share-endpoint="whatsapp://send" data-param-text="{escape(a.title)} {url}"></amp-social-share><amp-social-share type="facebook" width="40" height="40" data-param-app_id="000000000"></amp-social-share></div>
<footer class="amp-wp-footer"><div><h2>{title}</h2><a href="{url}">Baca Original Artikel</a> <a href="#top" class="back-to-top">Kembali ke atas</a></div></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars": {{"gtag_id": "G-KSS2021", "config": {{"G-KSS2021": {{"groups": "default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
        return _html(page, post.published, post.visible_from)

    def url_of(p: Post) -> str:
        return f"{BASE}{p.path}"

    def listing(heading: str, base_path: str, items: Sequence[Post], visible: Sequence[Post],
                modified: dt.datetime, body_class: str) -> dict[str, Page]:
        rails = _rails(visible, f"tagdiv:{base_path}")
        chunks = _chunks(items, TD_PER_PAGE)
        href = lambda n: f"{BASE}{base_path}" if n == 1 else f"{BASE}{base_path}page/{n}/"  # noqa: E731
        out = {}
        for number, chunk in enumerate(chunks, 1):
            path = base_path if number == 1 else f"{base_path}page/{number}/"
            cards = "\n".join(td_item(p, "td_module_10", excerpt=True) for p in chunk) or \
                '<div class="no-results td-pb-padding-side"><h2>Tidak ada pos</h2></div>'
            nav = [f'<a href="{href(number - 1)}"><i class="td-icon-menu-left"></i></a>'] if number > 1 else []
            nav += [f'<span class="current">{n}</span>' if n == number else f'<a href="{href(n)}" class="page">{n}</a>'
                    for n in range(max(1, number - 2), min(len(chunks), number + 2) + 1)]
            if number < len(chunks):
                nav.append(f'<a href="{href(number + 1)}"><i class="td-icon-menu-right"></i></a>')
            nav.append(f'<span class="pages">Halaman {number} dari {len(chunks)}</span>')
            main = (f'<div class="td-category-header"><h1 class="entry-title td-page-title">{heading}</h1></div>\n'
                    f'<div class="td-ss-main-content">{cards}</div>\n'
                    f'<div class="page-nav td-pb-padding-side">{" ".join(nav)}</div>')
            head = f'<link rel="canonical" href="{BASE}{path}">\n<meta property="og:type" content="website">'
            out[path] = _html(layout(heading if base_path != "/" else TD_TAGLINE, main, rails, visible, head,
                                     body_class), modified)
        return out

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        pages: dict[str, Page] = {}
        pages |= listing("Berita Terbaru", "/", visible, visible, modified, "home blog")
        for c in CATEGORIES:
            items = [p for p in visible if p.category == c]
            pages |= listing(c.title(), f"/category/{c}/", items, visible, _latest(items, epoch), "archive category")
        tags = sorted({t for p in visible for t in _tags(p)})
        for t in tags:
            items = [p for p in visible if t in _tags(p)]
            pages |= listing(f"Tag: {TAG_LABELS[t]}", f"/tag/{t}/", items, visible, _latest(items, epoch),
                             "archive tag")
        pages |= listing("Arsip Penulis: Redaksi", "/author/redaksi/", visible, visible, modified, "archive author")
        pages["/feed/"] = _xml(_rss(title, f"{BASE}/feed/", TD_TAGLINE, visible[:10], url_of, modified), modified,
                               "application/rss+xml; charset=UTF-8")
        oldest_first = list(visible[::-1])
        maps = []
        for n, chunk in enumerate(_chunks(oldest_first, 2000), 1):
            path = f"/wp-sitemap-posts-post-{n}.xml"
            pages[path] = _xml(_urlset((url_of(p), p.published) for p in chunk), _latest(chunk, epoch))
            maps.append((f"{BASE}{path}", _latest(chunk, epoch)))
        pages["/wp-sitemap-taxonomies-category-1.xml"] = _xml(
            _urlset((f"{BASE}/category/{c}/", modified) for c in CATEGORIES), modified)
        maps.append((f"{BASE}/wp-sitemap-taxonomies-category-1.xml", modified))
        pages["/wp-sitemap.xml"] = _xml(_sitemap_index(maps), modified)
        return pages

    static = {
        "/robots.txt": _text("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                             "Sitemap: {base}/wp-sitemap.xml\n", epoch),
        "/wp-content/themes/Newspaper/style.css?ver=11.3": Page(b".td-post-content{font-size:15px}\n", "text/css",
                                                                 epoch),
    }
    for slug, label in (("redaksi", "Redaksi"), ("pedoman-media-siber", "Pedoman Media Siber"), ("kontak", "Kontak")):
        main = (f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{label}</span></h1></div>'
                f'<div class="td-page-content"><p>{title} diterbitkan oleh PT Selat Sunda Media.</p></div>')
        static[f"/{slug}/"] = _html(layout(label, main, _rails(_at_start(posts), slug), (), "", "page"), epoch)
    for i, p in enumerate(posts):
        static[p.path] = article_page(i, p)
        static[f"{p.path}amp/"] = amp_page(i, p)
    return Site(name, "tagdiv", title, posts, static, render)


# ---------------------------------------------------------------------------
# Style: blogger (Blogspot)


BLOG_TITLE, BLOG_TAGLINE = "Warta Desa Sejahtera", "Kabar kampung, pemerintahan desa dan pelayanan publik"
BLOG_ID = "4811279305526317745"
BLOG_PER_PAGE = 7
BLOG_FEED_SIZE = 25
BLOG_SITEMAP_SIZE = 150


def _hardwrap(text: str, rng: random.Random) -> str:
    """``text`` escaped, some of it broken into lines by a single ``<br />`` at word boundaries (mid-sentence)."""
    words = text.split(" ")
    if len(words) < 14 or rng.random() < 0.3:
        return escape(text, quote=False)
    lines, k = [], 0
    while k < len(words):
        step = rng.randint(8, 15)
        lines.append(" ".join(words[k:k + step]))
        k += step
    if len(lines) > 1 and len(lines[-1].split()) < 3:
        lines[-2:] = [f"{lines[-2]} {lines[-1]}"]
    return "<br />\n".join(escape(line, quote=False) for line in lines)


def blogger(posts: list[Post], name: str) -> Site:
    """A Blogspot local-news blog: <br>-only post bodies, caption tables, Atom feed and Blogger sitemaps."""
    title = BLOG_TITLE
    taken: set[str] = set()
    placed = []
    for p in posts:
        short = p.slug if len(p.slug) <= 40 else p.slug[:41].rsplit("-", 1)[0]
        stem = f"/{p.published:%Y/%m}/{short}"
        path, n = f"{stem}.html", 0
        while path in taken:
            n += 1
            path = f"{stem}_{n}.html"
        taken.add(path)
        placed.append(replace(p, path=path, pages=(path,)))
    posts = placed
    epoch = min((p.published for p in posts), default=EMPTY_SITE)

    def pid(p: Post) -> str:
        return str(1000000000000000000 + p.number * 7919)

    def labels(p: Post) -> list[str]:
        out = [p.category.title()]
        if "jkn" in _tags(p) or "bpjs-kesehatan" in _tags(p):
            out.append("JKN")
        return out + ["Daerah"] if p.category != "daerah" else out

    def caption_table(p: Post, k: int) -> str:
        src = f"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{pid(p)[-8:]}{k}/s640/{p.slug[:30]}.jpg"
        text = f"Foto: {CAPTIONS.get(p.category, 'Ilustrasi')} (Dok. {title})" if k == 0 else \
            f"{CAPTIONS.get(p.category, 'Ilustrasi')}. Foto: {_person(p.number, 4)}"
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
                f'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;">'
                f'<a href="{src.replace("/s640/", "/s1600/")}" style="margin-left: auto; margin-right: auto;">'
                f'<img border="0" data-original-height="600" data-original-width="900" height="426" src="{src}" '
                f'width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">'
                f"{escape(text)}</td></tr></tbody></table>")

    def post_body(i: int, p: Post, baca: Post | None) -> str:
        """The post's HTML as Blogger's editor stores it: text and <br />, no <p>."""
        rng = random.Random(f"blogger:body:{p.number}")
        paragraphs = p.article.paragraphs
        out = [caption_table(p, 0), "\n"]
        for k, para in enumerate(paragraphs):
            split = _split_dateline(para) if k == 0 else None
            if split:
                out.append(f"<b>{escape(split[0], quote=False)}</b>{escape(split[1], quote=False)}"
                           f"{_hardwrap(split[2], rng)}")
            else:
                out.append(_hardwrap(para, rng))
            if k < len(paragraphs) - 1:
                out.append("<br />\n<br />\n")
            if k == min(2, len(paragraphs) - 2) and baca is not None:
                out.append(f'<b>Baca juga:</b> <a href="{BASE}{baca.path}">{escape(baca.article.title)}</a>'
                           "<br />\n<br />\n")
            if k == min(4, len(paragraphs) - 2):
                out.append(caption_table(p, 1) + "\n")
        return "".join(out)

    def typed_link(i: int) -> Post | None:
        """The post the editor linked with 'Baca juga:' in post ``i`` (one released no later than it)."""
        rails = _rails(_peers(posts, i), f"blogger:{posts[i].number}")
        return rails.inline[0] if rails.inline else None

    def snippet_list(items: Sequence[Post]) -> str:
        return "".join(
            f'<li><div class="item-content"><div class="item-thumbnail"><a href="{BASE}{p.path}" target="_blank">'
            f'<img alt="" border="0" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{pid(p)[-6:]}/w72-h72-p-k-no-nu/foto.jpg" /></a></div>'
            f'<div class="item-title"><a href="{BASE}{p.path}">{escape(p.article.title)}</a></div>'
            f'<div class="item-snippet">{escape(_snippet(p.article, 20))}</div></div>'
            f'<div style="clear: both;"></div></li>' for p in items)

    def archive(pool: Sequence[Post], open_month: str | None) -> str:
        months: dict[str, list[Post]] = {}
        for p in sorted(pool, key=lambda q: q.published, reverse=True):
            months.setdefault(f"{p.published:%Y/%m}", []).append(p)
        rows = []
        for month, items in months.items():
            y, m = month.split("/")
            inner = ""
            if month == open_month:
                inner = '<ul class="posts">' + "".join(
                    f'<li><a href="{BASE}{p.path}">{escape(p.article.title)}</a></li>' for p in items) + "</ul>"
            toggle = "&#9660;" if month == open_month else "&#9658;"
            rows.append(f'<li class="archivedate {"expanded" if month == open_month else "collapsed"}">'
                        f'<a class="toggle" href="javascript:void(0)"><span class="zippy">{toggle}&nbsp;</span></a>'
                        f'<a class="post-count-link" href="{BASE}/{month}/">{MONTHS[int(m) - 1]} {y}</a> '
                        f'<span class="post-count" dir="ltr">({len(items)})</span>{inner}</li>')
        return f'<ul class="hierarchy">{"".join(rows)}</ul>'

    def layout(head_title: str, canonical: str, main: str, rails: _Rails, pool: Sequence[Post],
               open_month: str | None, description: str, pager: str = "", page_type: str = "index") -> str:
        label_counts: dict[str, int] = {}
        for p in pool:
            for lab in labels(p):
                label_counts[lab] = label_counts.get(lab, 0) + 1
        label_list = "".join(f'<li><a dir="ltr" href="{BASE}/search/label/{lab}">{lab}</a>'
                             f'<span dir="ltr">({n})</span></li>' for lab, n in sorted(label_counts.items()))
        featured = ""
        if rails.ticker is not None:
            t = rails.ticker
            featured = (f'<div class="widget FeaturedPost" data-version="1" id="FeaturedPost1"><h2 class="title">'
                        f'Postingan Unggulan</h2><div class="post-summary"><h3><a href="{BASE}{t.path}">'
                        f'{escape(t.article.title)}</a></h3><p>{escape(_teaser(t.article))}</p>'
                        f'<img class="image" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{pid(t)[-6:]}/s320/foto.jpg" />'
                        f"</div></div>")
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='id' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{BASE}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{title} - Atom" href="{BASE}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{title} - RSS" href="{BASE}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{title} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
<meta content='{canonical}' property='og:url'/>
<meta content='{escape(head_title)}' property='og:title'/>
<meta content='{escape(description)}' property='og:description'/>
<title>{escape(head_title)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; }}
.post-body {{ font-size: 110%; line-height: 1.4; position: relative; }}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-widgets.css' />
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><iframe src="https://www.blogger.com/navbar.g?targetBlogID={BLOG_ID}&amp;blogName={title.replace(' ', '+')}" height="30px" width="100%" frameborder="0" scrolling="no" id="navbar-iframe"></iframe></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{BASE}/'>{title}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{BLOG_TAGLINE}</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Lintas Kolom'><div class='widget PageList' data-version='1' id='PageList1'><h2>Halaman</h2>
<div class='widget-content'><ul><li class='selected'><a href='{BASE}/'>Beranda</a></li><li><a href='{BASE}/p/tentang-kami.html'>Tentang Kami</a></li><li><a href='{BASE}/p/kontak.html'>Kontak</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-width'>
<div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Utama'>
<div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
{main}
</div>
{pager}
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Postingan Populer</h2><div class='widget-content popular-posts'><ul>{snippet_list(rails.popular)}</ul><div class='clear'></div></div></div>
{featured}
<div class='widget HTML' data-version='1' id='HTML2'><h2 class='title'>Berita Pilihan</h2><div class='widget-content'><ul class='pilihan'>{"".join(f"<li><a href='{BASE}{p.path}'>{escape(p.article.title)}</a></li>" for p in rails.headline)}</ul></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Label</h2><div class='widget-content list-label-widget-content'><ul>{label_list}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>{archive(pool, open_month)}</div></div></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Mengenai Saya</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/08811223344556677889' rel='author'>Admin Desa</a></dt></dl></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>&#169; {epoch.year} {title}. Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID={BLOG_ID}', '//{title.replace(' ', '').lower()}.blogspot.com/', '{BLOG_ID}'); _WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{BLOG_ID}', 'pageType': '{page_type}'}}}}]);</script>
</body>
</html>
"""

    def post_outer(p: Post, body: str, full: bool, related: str = "") -> str:
        url = f"{BASE}{p.path}"
        label_links = ", ".join(f"<a href='{BASE}/search/label/{lab}' rel='tag'>{lab}</a>" for lab in labels(p))
        jump = "" if full else (f"<div class='jump-link'><a href='{url}#more' title='{escape(p.article.title)}'>"
                                "Baca selengkapnya &#187;</a></div>")
        comments = ("<div class='comments' id='comments'><a name='comments'></a><h4>Tidak ada komentar:</h4>"
                    "<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>"
                    "</dl></div><p class='comment-footer'><a href='https://www.blogger.com/comment.g?blogID="
                    f"{BLOG_ID}&amp;postID={pid(p)}' onclick=''>Posting Komentar</a></p></div>") if full else ""
        return f"""<div class="date-outer">
<h2 class='date-header'><span>{_long_day(p.published)}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/{pid(p)[-6:]}/s640/foto.jpg' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid(p)}' itemprop='postId'/>
<a name='{pid(p)}'></a>
<h3 class='post-title entry-title' itemprop='name'><a href='{url}'>{escape(p.article.title)}</a></h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid(p)}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
{jump}
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Diposting oleh <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/08811223344556677889' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/08811223344556677889' rel='author' title='author profile'><span itemprop='name'>Admin Desa</span></a></span></span>
<span class='post-timestamp'>di <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{_iso(p.published)}'>{p.published:%H.%M}</abbr></a></span>
<span class='post-comment-link'><a class='comment-link' href='{url}#comment-form' onclick=''>Tidak ada komentar:</a></span>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: {label_links}</span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>
</div>
{related}
</div>
{comments}
</div>
</div>
</div>"""

    def article_page(i: int, p: Post) -> Page:
        peers = _peers(posts, i)
        rails = _rails(peers, f"blogger:{p.number}")
        baca = typed_link(i)
        related = ("<div class='related-post'><h4>Artikel Terkait</h4><ul>" + "".join(
            f"<li><a href='{BASE}{q.path}'>{escape(q.article.title)}</a></li>" for q in rails.headline)
            + "</ul></div>")
        main = post_outer(p, post_body(i, p, baca), True, related)
        older = next((q for q in reversed(posts[:i])), None)
        newer = next((q for q in posts[i + 1:] if q.visible_from <= p.visible_from), None)
        pager = "<div class='blog-pager' id='blog-pager'>"
        if newer is not None:
            pager += (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{BASE}{newer.path}' "
                      "id='Blog1_blog-pager-newer-link' title='Posting Lebih Baru'>Posting Lebih Baru</a></span>")
        if older is not None:
            pager += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{BASE}{older.path}' "
                      "id='Blog1_blog-pager-older-link' title='Posting Lama'>Posting Lama</a></span>")
        pager += f"<a class='home-link' href='{BASE}/'>Beranda</a></div>"
        pool = [p, *peers]
        page = layout(f"{title}: {p.article.title}", f"{BASE}{p.path}", main, rails, pool,
                      f"{p.published:%Y/%m}", _snippet(p.article, 25), pager, "item")
        return _html(page, p.published, p.visible_from)

    def teaser_body(p: Post) -> str:
        return (f"{caption_table(p, 0)}\n{escape(_snippet(p.article, 32), quote=False)}")

    def index_page(items: Sequence[Post], visible: Sequence[Post], canonical: str, heading: str,
                   pager: str, key: str, modified: dt.datetime) -> Page:
        rails = _rails(visible, f"blogger:{key}")
        main = "\n".join(post_outer(p, teaser_body(p), False) for p in items) or \
            "<div class='status-msg-wrap'><div class='status-msg-body'>Tidak ada postingan.</div></div>"
        if heading:
            main = f"<div class='status-msg-wrap'><div class='status-msg-body'>{heading}</div></div>\n{main}"
        open_month = f"{visible[0].published:%Y/%m}" if visible else None
        return _html(layout(title, canonical, main, rails, visible, open_month, BLOG_TAGLINE, pager), modified)

    def feed(visible: Sequence[Post], start: int, modified: dt.datetime) -> str:
        chunk = visible[start - 1:start - 1 + BLOG_FEED_SIZE]
        entries = []
        for p in chunk:
            body = escape(post_body(posts.index(p), p, typed_link(posts.index(p))))
            cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{lab}'/>" for lab in labels(p))
            entries.append(
                f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{pid(p)}</id><published>{_iso(p.published)}"
                f"</published><updated>{_iso(p.published)}</updated>{cats}<title type='text'>"
                f"{escape(p.article.title)}</title><content type='html'>{body}</content>"
                f"<link rel='replies' type='application/atom+xml' href='{BASE}/feeds/{pid(p)}/comments/default' "
                f"title='Posting Komentar'/><link rel='edit' type='application/atom+xml' href='https://www.blogger"
                f".com/feeds/{BLOG_ID}/posts/default/{pid(p)}'/><link rel='self' type='application/atom+xml' "
                f"href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid(p)}'/><link rel='alternate' "
                f"type='text/html' href='{BASE}{p.path}' title='{escape(p.article.title)}'/><author><name>Admin "
                "Desa</name><uri>https://www.blogger.com/profile/08811223344556677889</uri><email>noreply@blogger"
                ".com</email></author><thr:total>0</thr:total></entry>")
        nxt = ""
        if start - 1 + BLOG_FEED_SIZE < len(visible):
            nxt = (f"<link rel='next' type='application/atom+xml' href='{BASE}/feeds/posts/default?start-index="
                   f"{start + BLOG_FEED_SIZE}&amp;max-results={BLOG_FEED_SIZE}'/>")
        cats = "".join(f"<category term='{lab}'/>" for lab in sorted({lab for p in visible for lab in labels(p)}))
        return ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" "
                "type=\"text/css\"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/"
                "opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www."
                "georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication"
                f"/thread/1.0'><id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{_iso(modified)}</updated>{cats}"
                f"<title type='text'>{title}</title><subtitle type='html'>{BLOG_TAGLINE}</subtitle>"
                f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{BASE}/feeds/"
                f"posts/default'/><link rel='self' type='application/atom+xml' href='{BASE}/feeds/posts/default"
                f"{'' if start == 1 else f'?start-index={start}&amp;max-results={BLOG_FEED_SIZE}'}'/>"
                f"<link rel='alternate' type='text/html' href='{BASE}/'/><link rel='hub' href='http://pubsubhubbub."
                f"appspot.com/'/>{nxt}<author><name>Admin Desa</name></author><generator version='7.00' uri='http://"
                f"www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(visible)}</openSearch:totalResults>"
                f"<openSearch:startIndex>{start}</openSearch:startIndex><openSearch:itemsPerPage>{BLOG_FEED_SIZE}"
                f"</openSearch:itemsPerPage>{''.join(entries)}</feed>")

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        pages: dict[str, Page] = {}
        chunks = _chunks(visible, BLOG_PER_PAGE)
        keys = ["/"]
        for chunk in chunks[:-1]:
            cursor = _iso(chunk[-1].published).replace("+", "%2B")
            keys.append(f"/search?updated-max={cursor}&max-results={BLOG_PER_PAGE}")
        for n, (key, chunk) in enumerate(zip(keys, chunks)):
            pager = "<div class='blog-pager' id='blog-pager'>"
            if n > 0:
                pager += (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{BASE}"
                          f"{escape(keys[n - 1])}' title='Postingan Lebih Baru'>Postingan Lebih Baru</a></span>")
            if n + 1 < len(keys):
                pager += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{BASE}"
                          f"{escape(keys[n + 1])}' title='Postingan Lama'>Postingan Lama</a></span>")
            pager += f"<a class='home-link' href='{BASE}/'>Beranda</a></div>"
            pages[key] = index_page(chunk, visible, f"{BASE}{key}", "", pager, key, modified)
        months: dict[str, list[Post]] = {}
        for p in visible:
            months.setdefault(f"{p.published:%Y/%m}", []).append(p)
        for month, items in months.items():
            y, m = month.split("/")
            pages[f"/{month}/"] = index_page(items, visible, f"{BASE}/{month}/", f"Postingan dari {MONTHS[int(m) - 1]} "
                                             f"{y}", "", month, _latest(items, epoch))
        for lab in sorted({lab for p in visible for lab in labels(p)}):
            items = [p for p in visible if lab in labels(p)][:20]
            pages[f"/search/label/{lab}"] = index_page(items, visible, f"{BASE}/search/label/{lab}",
                                                       f"Menampilkan postingan dengan label <b>{lab}</b>.", "",
                                                       f"label:{lab}", _latest(items, epoch))
        atom = "application/atom+xml; charset=UTF-8"
        pages["/feeds/posts/default"] = _xml(feed(visible, 1, modified), modified, atom)
        for start in range(1 + BLOG_FEED_SIZE, len(visible) + 1, BLOG_FEED_SIZE):
            pages[f"/feeds/posts/default?start-index={start}&max-results={BLOG_FEED_SIZE}"] = _xml(
                feed(visible, start, modified), modified, atom)
        pages["/feeds/posts/default?alt=rss"] = _xml(
            _rss(title, f"{BASE}/feeds/posts/default?alt=rss", BLOG_TAGLINE, visible[:BLOG_FEED_SIZE],
                 lambda p: f"{BASE}{p.path}", modified), modified, "application/rss+xml; charset=UTF-8")
        maps = []
        for n, chunk in enumerate(_chunks(visible, BLOG_SITEMAP_SIZE), 1):
            pages[f"/sitemap.xml?page={n}"] = _xml(_urlset((f"{BASE}{p.path}", p.published) for p in chunk),
                                                   _latest(chunk, epoch))
            maps.append((f"{BASE}/sitemap.xml?page={n}", _latest(chunk, epoch)))
        pages["/sitemap.xml"] = _xml(_sitemap_index(maps), modified)
        return pages

    static = {
        "/robots.txt": _text("User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\n"
                             "Allow: /\n\nSitemap: {base}/sitemap.xml\n", epoch),
        "/sitemap-pages.xml": _xml(_urlset([(f"{BASE}/p/tentang-kami.html", epoch),
                                            (f"{BASE}/p/kontak.html", epoch)]), epoch),
    }
    for slug, label in (("tentang-kami", "Tentang Kami"), ("kontak", "Kontak")):
        main = (f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>{label}</h3>"
                f"<div class='post-body entry-content'>{title} adalah blog warga yang mengabarkan kegiatan desa."
                "<br /><br />Kirim kabar dari desa Anda lewat surel redaksi.</div></div></div>")
        static[f"/p/{slug}.html"] = _html(layout(f"{title}: {label}", f"{BASE}/p/{slug}.html", main,
                                                 _rails(_at_start(posts), slug), (), None, label, "", "static_page"), epoch)
    static |= {p.path: article_page(i, p) for i, p in enumerate(posts)}
    return Site(name, "blogger", title, posts, static, render)


# ---------------------------------------------------------------------------
# Style: detikish (big national portal)


DT_TITLE, DT_CHANNEL = "detakdaerah.com", "detakDaerah"
DT_SPLIT_WORDS = 240  # articles this long are split over ?page=2
DT_PER_PAGE = 20
DT_NEWS_SIZE = 1000


def detikish(posts: list[Post], name: str) -> Site:
    """A big-portal article layout: bare dateline and lead, two kinds of 'Baca juga', ?page=2, News sitemap."""
    title, channel = DT_TITLE, DT_CHANNEL

    def place(p: Post) -> Post:
        path = f"/{p.category}/d-{6100000 + p.number * 3}/{p.slug}"
        split = _words(p.article) >= DT_SPLIT_WORDS and len(p.article.paragraphs) >= 4
        return replace(p, path=path, pages=(path, f"{path}?page=2") if split else (path,))

    posts = [place(p) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    nav = "".join(f'<li class="navbar__item"><a class="navbar__link" href="{BASE}/{c}">{c.title()}</a></li>'
                  for c in CATEGORIES)

    def list_items(items: Sequence[Post], numbered: bool = False) -> str:
        return "".join(
            f'<article class="list-content__item"><div class="media media--left">'
            f'{f"<span class=media__number>{k}</span>" if numbered else ""}'
            f'<div class="media__text"><h3 class="media__title"><a class="media__link" href="{BASE}{p.path}" '
            f'dtr-evt="terkait">{escape(p.article.title)}</a></h3><div class="media__date"><span title="'
            f'{_short_date(p.published)}">{_short_date(p.published)}</span></div></div></div></article>'
            for k, p in enumerate(items, 1))

    def layout(head_title: str, main: str, rails: _Rails, head_extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(head_title)}</title>
{head_extra}
<link rel="stylesheet" href="https://cdn.{title}/assets/css/detail.css?v=2022121012">
<script src="https://cdn.{title}/assets/js/framebust.js"></script>
</head>
<body>
<div class="header header--fixed"><div class="container">
<div class="header__top"><a class="logo" href="{BASE}/"><img src="https://cdn.{title}/assets/images/logo.svg" alt="{channel}" title="{channel}"></a>
<div class="header__search"><form action="{BASE}/search/searchall" method="get"><input type="text" name="query" placeholder="Cari berita"></form></div></div>
<nav class="navbar"><ul class="navbar__list"><li class="navbar__item"><a class="navbar__link" href="{BASE}/">Home</a></li><li class="navbar__item"><a class="navbar__link" href="{BASE}/indeks">Berita Terbaru</a></li>{nav}<li class="navbar__item"><a class="navbar__link" href="{BASE}/indeks">Terpopuler</a></li></ul></nav>
</div></div>
<div class="container">
<div class="grid-row content__bg">
<div class="column-8">
{main}
</div>
<div class="column-4">
<div class="ads-slot ads-slot--sticky"><div id="div-gpt-ad-medrec">ADVERTISEMENT</div></div>
<div class="box cb-mostpop"><div class="box__header"><h2 class="title">Terpopuler</h2></div><div class="list-content list-content--number">{list_items(rails.popular, True)}</div></div>
<div class="box cb-rekomendasi"><div class="box__header"><h2 class="title">Rekomendasi</h2></div><div class="ph-item"><div class="ph-col-12"><div class="ph-picture"></div><div class="ph-row"><div class="ph-col-6 big"></div><div class="ph-col-4 empty big"></div><div class="ph-col-10"></div></div></div></div></div>
<div class="box cb-terkini"><div class="box__header"><h2 class="title">Berita Terkini</h2></div><div class="list-content">{list_items(rails.latest)}</div></div>
<div class="box cb-pilihan"><div class="box__header"><h2 class="title">Pilihan Redaksi</h2></div><div class="list-content">{list_items(rails.headline)}</div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><div class="footer__menu"><a href="{BASE}/redaksi">Redaksi</a> <a href="{BASE}/pedoman">Pedoman Media Siber</a> <a href="{BASE}/karir">Karir</a> <a href="{BASE}/kotak-pos">Kotak Pos</a></div>
<div class="footer__copy">Copyright @ {_latest(posts, epoch).year} {title}, PT Detak Media Nusa. All right reserved</div></div></footer>
<script src="https://cdn.{title}/assets/js/detail.js?v=2022121012"></script>
</body>
</html>
"""

    def typed_at(n: int) -> list[int]:
        """Global paragraph indexes after which the editor typed a 'Baca Juga' line."""
        first = max(1, min(4, n - 2))
        second = n - 3
        return [first, second] if n >= 9 and second > first + 1 else [first]

    def article_pages(i: int, post: Post) -> dict[str, Page]:
        a = post.article
        paragraphs = a.paragraphs
        n = len(paragraphs)
        url = f"{BASE}{post.path}"
        peers = _peers(posts, i)
        rails = _rails(peers, f"detikish:{post.number}")
        rng = random.Random(f"detikish:{post.number}")
        reporter = _person(post.number, 5)
        initials = _initials(rng)
        # Editor-typed lines (part of the post: they are in the JSON-LD articleBody) and theme widgets (not).
        picks = rails.inline or rails.latest
        typed = {g: picks[k % len(picks)] for k, g in enumerate(typed_at(n))} if picks else {}
        widget_pool = [*rails.headline, *rails.popular] or list(picks)
        body_text = []
        for g, para in enumerate(paragraphs):
            body_text.append(para)
            if g in typed:
                body_text.append(f"Baca Juga: {typed[g].article.title}")
        tags = _tags(post)
        ld = [
            {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": channel, "item": f"{BASE}/"},
                {"@type": "ListItem", "position": 2, "name": post.category.title(), "item": f"{BASE}/{post.category}"}]},
            {"@context": "https://schema.org", "@type": "WebPage", "headline": a.title, "url": url,
             "datePublished": _iso(post.published)},
            {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage",
                                                                                            "@id": url},
             "headline": a.title, "description": _snippet(a, 30), "articleBody": "\n".join(body_text),
             "image": {"@type": "ImageObject", "url": f"https://cdn.{title}/foto/{post.published:%Y/%m/%d}/"
                                                      f"{post.slug[:30]}_169.jpeg", "width": 1200, "height": 675},
             "datePublished": _iso(post.published), "dateModified": _iso(post.published),
             "author": {"@type": "Person", "name": reporter},
             "publisher": {"@type": "Organization", "name": channel,
                           "logo": {"@type": "ImageObject", "url": f"https://cdn.{title}/assets/images/logo.png"}}},
        ]
        scripts = "\n".join(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>'
                            for x in ld)
        half = n // 2
        parts = [(0, paragraphs[:half]), (half, paragraphs[half:])] if len(post.pages) == 2 else [(0, paragraphs)]
        out = {}
        for number, (path, (offset, part)) in enumerate(zip(post.pages, parts), 1):
            m = len(part)
            last = number == len(parts)
            inserts: dict[int, list[str]] = {}
            widget = _pick(widget_pool, post.number + number)
            if widget is not None:
                _put(inserts, 1 if number == 1 else 0, m,
                     f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
                     f'<a href="{BASE}{widget.path}" dtr-evt="baca juga">{escape(widget.article.title)}</a>'
                     "</div></td></tr></tbody></table>")
            _put(inserts, 3 if number == 1 else 1, m,
                 '<div class="paradetail"><p class="para_caption" id="para_caption">ADVERTISEMENT</p>'
                 '<div class="ads-scrollpage-container"><div id="div-gpt-ad-parallax"></div></div>'
                 '<p class="para_caption" id="para_caption2">SCROLL TO RESUME CONTENT</p></div>')
            for g, q in typed.items():
                if offset <= g < offset + m:
                    inserts.setdefault(g - offset, []).append(
                        f'<p><strong>Baca Juga: <a href="{BASE}{q.path}">{escape(q.article.title)}</a></strong></p>')

            def render(k: int, para: str, first_page: bool = number == 1) -> str:
                if k == 0 and first_page:  # the lead: not in a <p>, dateline in a bare <strong>
                    split = _split_dateline(para)
                    if split:
                        return (f"<strong>{escape(split[0], quote=False)}</strong>{escape(split[1], quote=False)}"
                                f"{escape(split[2], quote=False)}")
                    return escape(para, quote=False)
                return f"<p>{escape(para, quote=False)}</p>"

            tail = ""
            if last:
                video = _pick(rails.latest, post.number)
                if video is not None:
                    tail += (f"<p><strong>Lihat juga Video: '{escape(video.article.title)}'</strong></p>\n"
                             f'<p><a class="embed video20detak" href="https://20.{title}/detakflash/d-{video.number}/'
                             f'{video.slug[:40]}">[Gambas:Video 20detak]</a></p>\n<p><br><br><br></p>\n')
                tail += f"<strong>({initials})</strong>\n"
            tail += ('<div class="detail__body-tag mgt-16"><div class="nav">' + "".join(
                f'<a class="nav__item" href="{BASE}/tag/{t}" dtr-evt="tag">{TAG_LABELS[t].lower()}</a>' for t in tags)
                + "</div></div>")
            paging = ""
            if len(parts) == 2:
                nums = "".join(f'<a class="detail__anchor-numb{" detail__anchor-numb--active" if k == number else ""}"'
                               f' href="{BASE}{pth}">{k}</a>' for k, pth in enumerate(post.pages, 1))
                step = (f'<a class="btn btn--blue-base btn--sm detail__anchor-next" href="{BASE}{post.pages[1]}" '
                        'dtr-evt="halaman selanjutnya">Halaman selanjutnya</a>' if number == 1 else
                        f'<a class="btn btn--blue-base btn--sm detail__anchor-prev" href="{BASE}{post.pages[0]}">'
                        "Halaman sebelumnya</a>")
                paging = f'<div class="detail__long-nav">{nums} {step}</div>'
            caption = f"Foto: {CAPTIONS.get(post.category, 'Ilustrasi')} ({_person(post.number, 6)}/{channel})"
            terkait = list(dict.fromkeys([*rails.inline, *rails.latest]))[:6]
            img = f"https://cdn.{title}/foto/{post.published:%Y/%m/%d}/{post.slug[:30]}_169.jpeg?w=700&amp;q=90"
            media = "" if number > 1 else (
                f'<div class="detail__media"><figure class="detail__media-image"><img src="{img}" alt="{escape(a.title)}" '
                f'title="{escape(a.title)}" class="p_img_zoomin img-zoomin"><figcaption class="detail__media-caption">'
                f"{escape(caption)}</figcaption></figure></div>")
            main = f"""<article class="detail" id="detail">
<div class="detail__header">
<div class="page__breadcrumb"><a href="{BASE}/">{channel}</a> <a href="{BASE}/{post.category}">{post.category.title()}</a></div>
<h1 class="detail__title">{escape(a.title)}</h1>
<div class="detail__author">{reporter} - <span class="detail__label">{channel}</span></div>
<div class="detail__date">{_short_date(post.published)}</div>
</div>
{media}
<div class="detail__body itp_bodycontent_wrapper">
<div class="detail__body-text itp_bodycontent" id="detakdetailtext">
{_blocks(part, inserts, render)}
{tail}
</div>
{paging}
</div>
</article>
<div class="sticky-share"><div class="share-box"><a href="#" class="share-box__item">Facebook</a><a href="#" class="share-box__item">Twitter</a><a href="#" class="share-box__item">WhatsApp</a><span class="komentar-count">0 komentar</span></div></div>
<div class="box cb-berita-terkait"><div class="box__header"><h2 class="title">Berita Terkait</h2></div><div class="list-content">{list_items(terkait)}</div></div>
<div id="komentar" class="comment-lazy">Memuat komentar...</div>"""
            head = f"""<meta name="description" content="{escape(_snippet(a, 25))}">
<link rel="canonical" href="{BASE}{path}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a.title)}">
<meta property="og:url" content="{BASE}{path}">
<meta name="dtk:author" content="{reporter}">
<meta name="dtk:publishdate" content="{post.published:%Y/%m/%d %H:%M:%S}">
<meta name="dtk:articletype" content="{'multipage' if len(parts) == 2 else 'singlepage'}">
<meta name="dtk:keywords" content="{', '.join(TAG_LABELS[t].lower() for t in tags)}">
<meta itemprop="datePublished" content="{_iso(post.published)}">
{scripts}"""
            head_title = a.title if number == 1 else f"{a.title} - Halaman {number}"
            out[path] = _html(layout(f"{head_title} - {channel}", main, rails, head), post.published,
                              post.visible_from)
        return out

    def index_html(heading: str, items: Sequence[Post], nav_html: str) -> str:
        rows = "".join(
            f'<article class="list-content__item"><div class="media media--left"><div class="media__text">'
            f'<h3 class="media__title"><a class="media__link" href="{BASE}{p.path}">{escape(p.article.title)}</a>'
            f'</h3><div class="media__date"><span>{_short_date(p.published)}</span></div></div></div></article>'
            for p in items) or '<div class="list-content__empty">Belum ada berita.</div>'
        return f'<h1 class="title">{heading}</h1>\n<div class="list-content">{rows}</div>\n{nav_html}'

    def pager(href: Callable[[int], str], number: int, total: int) -> str:
        links = [f'<a class="pagination__item" href="{href(number - 1)}">Prev</a>'] if number > 1 else []
        links += [f'<a class="pagination__item{" itp-pagination" if n != number else " pagination__item--active"}" '
                  f'href="{href(n)}">{n}</a>' for n in range(max(1, number - 3), min(total, number + 3) + 1)]
        if number < total:
            links.append(f'<a class="pagination__item" href="{href(number + 1)}">Next</a>')
        return f'<div class="pagination text-center mgt-16 mgb-16">{"".join(links)}</div>'

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        pages: dict[str, Page] = {}
        rails = _rails(visible, "detikish:home")
        lead = rails.ticker
        headline = ""
        if lead is not None:
            headline = (f'<div class="media media--image-radius block-link"><div class="media__text"><h2 class="'
                        f'media__title"><a class="media__link" href="{BASE}{lead.path}" dtr-evt="headline">'
                        f'{escape(lead.article.title)}</a></h2><div class="media__desc"><p>{escape(_teaser(lead.article))}'
                        f'</p></div><div class="media__date"><span>{_short_date(lead.published)}</span></div></div></div>')
        home = (f'<section class="headline"><h2 class="title">Berita Utama</h2>{headline}</section>\n'
                + index_html("Berita Terbaru", visible[:DT_PER_PAGE],
                             f'<a class="btn btn--blue-base" href="{BASE}/indeks">Indeks Berita</a>'))
        pages["/"] = _html(layout(f"{channel} - Berita Daerah Terkini", home, rails,
                                  '<meta property="og:type" content="website">'), modified)
        chunks = _chunks(visible, DT_PER_PAGE)
        href = lambda n: f"{BASE}/indeks" if n == 1 else f"{BASE}/indeks?page={n}"  # noqa: E731
        for number, chunk in enumerate(chunks, 1):
            path = "/indeks" if number == 1 else f"/indeks?page={number}"
            pages[path] = _html(layout(f"Indeks Berita - {channel}", index_html(
                "Indeks Berita", chunk, pager(href, number, len(chunks))), _rails(visible, f"detikish:{path}")),
                modified)
        for c in CATEGORIES:
            items = [p for p in visible if p.category == c][:DT_PER_PAGE]
            pages[f"/{c}"] = _html(layout(f"{c.title()} - {channel}", index_html(c.title(), items, ""),
                                          _rails(visible, f"detikish:{c}")), _latest(items, epoch))
        for t in sorted({t for p in visible for t in _tags(p)}):
            items = [p for p in visible if t in _tags(p)][:DT_PER_PAGE]
            pages[f"/tag/{t}"] = _html(layout(f"Berita {TAG_LABELS[t]} Terkini - {channel}",
                                              index_html(f"Tag: {TAG_LABELS[t].lower()}", items, ""),
                                              _rails(visible, f"detikish:tag:{t}")), _latest(items, epoch))
        news = "".join(
            f"<url><loc>{BASE}{p.path}</loc><news:news><news:publication><news:name>{channel}</news:name>"
            f"<news:language>id</news:language></news:publication><news:publication_date>{_iso(p.published)}"
            f"</news:publication_date><news:title>{escape(p.article.title)}</news:title>"
            f"<news:keywords>{escape(', '.join(TAG_LABELS[t].lower() for t in _tags(p)))}</news:keywords>"
            f"</news:news><image:image><image:loc>https://cdn.{title}/foto/{p.published:%Y/%m/%d}/{p.slug[:30]}"
            "_169.jpeg</image:loc></image:image></url>\n" for p in visible[:DT_NEWS_SIZE])
        pages["/sitemap_news.xml"] = _xml(
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
            f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n{news}</urlset>\n', modified)
        pages["/sitemap_web.xml"] = _xml(_urlset((f"{BASE}{p.path}", p.published) for p in visible), modified)
        return pages

    static = {
        "/robots.txt": _text("User-agent: *\nDisallow: /search/\nDisallow: /api/\nDisallow: /*?utm_\n\n"
                             "Sitemap: {base}/sitemap_news.xml\nSitemap: {base}/sitemap_web.xml\n", epoch),
        "/redaksi": _html(layout(f"Redaksi - {channel}", '<h1 class="title">Redaksi</h1><p>Pemimpin Redaksi: '
                                 f"{_person(1, 9)}</p>", _rails(_at_start(posts), "redaksi")), epoch),
    }
    for i, p in enumerate(posts):
        static |= article_pages(i, p)
    return Site(name, "detikish", title, posts, static, render)


# ---------------------------------------------------------------------------
# Style: lokomedia (old PHP CMS, table layout)


LK_TITLE = "Bumi Lestari Online"
LK_PER_PAGE = 8


def lokomedia(posts: list[Post], name: str) -> Site:
    """A Lokomedia-era PHP CMS: one layout table, span.judul titles, index.php?module= listings, rss.xml."""
    title = LK_TITLE
    posts = [replace(p, path=(path := f"/berita-{p.number - 30000}-{p.slug}.html"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    cat_id = {c: k for k, c in enumerate(CATEGORIES, 1)}

    def href(p: Post) -> str:
        return p.path[1:]  # relative, as the CMS writes it

    def loko_date(d: dt.datetime) -> str:
        return f"{_long_day(d)} - {d:%H:%M:%S} WIB"

    def layout(head_title: str, main: str, rails: _Rails, dibaca: Callable[[Post], int]) -> str:
        kategori = "".join(f'<tr><td class="kiri_isi">&raquo; <a href="index.php?module=detailkategori&amp;id='
                           f'{cat_id[c]}">{c.title()}</a></td></tr>' for c in CATEGORIES)
        popular = "".join(
            f'<tr><td class="kanan_isi"><span class="populer">{k}.</span> <a href="{href(p)}">'
            f'{escape(p.article.title)}</a> <span class="dibaca">(Dibaca: {dibaca(p)} kali)</span></td></tr>'
            for k, p in enumerate(rails.popular, 1))
        latest = "".join(
            f'<tr><td class="kanan_isi"><span class="tanggal">{p.published:%d/%m/%Y}</span><br />'
            f'<a href="{href(p)}">{escape(p.article.title)}</a></td></tr>' for p in [*rails.latest, *rails.headline])
        sekilas = ""
        if rails.ticker is not None:
            sekilas = (f'<b>Sekilas Info :</b> {escape(_teaser(rails.ticker.article))} '
                       f'<a href="{href(rails.ticker)}">selengkapnya</a>')
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{escape(head_title)} | {title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="robots" content="index, follow" />
<meta name="description" content="{title} - Situs Berita dan Informasi Daerah" />
<meta name="keywords" content="berita daerah, pemerintahan, kesehatan, pendidikan" />
<meta http-equiv="Copyright" content="lokomedia" />
<meta name="author" content="Redaksi {title}" />
<meta http-equiv="imagetoolbar" content="no" />
<meta name="language" content="Indonesia" />
<meta name="revisit-after" content="7" />
<meta name="webcrawlers" content="all" />
<meta name="rating" content="general" />
<meta name="spiders" content="all" />
<link rel="shortcut icon" href="favicon.ico" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="rss.xml" />
<link href="config/adminstyle.css" rel="stylesheet" type="text/css" />
<link href="style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.js"></script>
<script type="text/javascript" src="js/tabs.js"></script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
<tr><td colspan="3" id="header" height="130" background="images/header.jpg"><img src="images/logo.png" width="300" height="90" alt="{title}" border="0" /><br /><span class="tagline">Media Informasi Masyarakat Daerah</span></td></tr>
<tr><td colspan="3" id="menu" height="30"><a href="index.php?module=home">Beranda</a> | <a href="index.php?module=profil">Profil</a> | <a href="index.php?module=semuaberita&amp;halberita=1">Berita</a> | <a href="index.php?module=semuaagenda">Agenda</a> | <a href="index.php?module=galeri">Galeri Foto</a> | <a href="index.php?module=hubungikami">Hubungi Kami</a></td></tr>
<tr><td colspan="3" class="sekilas" height="22"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{sekilas}</marquee></td></tr>
<tr valign="top">
<td width="190" id="kiri">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="judul_kiri">KATEGORI</td></tr>
{kategori}
<tr><td class="judul_kiri">AGENDA</td></tr>
<tr><td class="kiri_isi">Belum ada agenda bulan ini.</td></tr>
<tr><td class="judul_kiri">STATISTIK USER</td></tr>
<tr><td class="kiri_isi">Pengunjung hari ini : 213<br />Total pengunjung : 48213<br />Hits hari ini : 1022<br />Pengunjung Online : 4</td></tr>
</table>
</td>
<td width="540" id="content">
{main}
</td>
<td width="230" id="kanan">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="judul_kanan">TERPOPULER</td></tr>
{popular}
<tr><td class="judul_kanan">BERITA TERBARU</td></tr>
{latest}
<tr><td class="judul_kanan">POLLING</td></tr>
<tr><td class="kanan_isi"><form method="post" action="hasil-poling.html">Bagaimana pelayanan publik di daerah kita?<br /><input type="radio" name="pilihan" value="1" /> Baik<br /><input type="radio" name="pilihan" value="2" /> Cukup<br /><input type="radio" name="pilihan" value="3" /> Kurang<br /><input type="submit" value="Pilih" /></form></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" id="footer" align="center">Copyright &copy; 2012 - {_latest(posts, epoch).year} {title}. All rights reserved.<br />Powered by Lokomedia</td></tr>
</table>
</body>
</html>
"""

    def views(p: Post) -> int:
        return (p.number * 37) % 1900 + 45

    def article_page(i: int, post: Post) -> Page:
        a = post.article
        peers = _peers(posts, i)
        rails = _rails(peers, f"lokomedia:{post.number}")
        paragraphs = a.paragraphs
        lead_count = 1 if len(paragraphs) < 6 else 2
        lead = "<br /><br />\n".join(escape(p, quote=False) for p in paragraphs[:lead_count])
        rest = "<br /><br />\n".join(escape(p, quote=False) for p in paragraphs[lead_count:])
        caption = f"Foto: {CAPTIONS.get(post.category, 'Ilustrasi')} (Dok. Humas)"
        related = "".join(f'<li><a href="{href(p)}">{escape(p.article.title)}</a></li>'
                          for p in [*rails.inline, *rails.headline][:8])
        rng = random.Random(f"lokomedia:{post.number}")
        commenters = [_person(post.number, 10), _person(post.number, 11)]
        remarks = ["Mantap, semoga pelayanan untuk warga makin baik ke depannya.",
                   "Mohon redaksi juga memberitakan kondisi jalan di desa kami, sudah lama rusak."]
        if post.category == "kesehatan":
            remarks[0] = "Semoga kartu JKN warga di kampung kami juga segera aktif, masih banyak yang belum terdaftar."
        rng.shuffle(remarks)
        comments = "".join(
            f'<span class="komentar"><a href="http://{c.split()[0].lower()}.wordpress.com" target="_blank">{c}</a>'
            f'</span><br /><span class="tanggal">{loko_date(post.published + dt.timedelta(hours=3 + k))}</span><br />'
            f'{escape(r)}<br /><hr color="#CCCCCC" noshade="noshade" size="1" />' for k, (c, r) in
            enumerate(zip(commenters, remarks)))
        main = f"""<div id="content-detail">
<span class="tanggal"><img src="images/clock.gif" border="0" /> {loko_date(post.published)}</span><br />
<span class="judul">{escape(a.title)}</span><br />
<span class="posting">Diposting oleh : <b>redaksi</b><br />Kategori: <span class="kategori"><a href="index.php?module=detailkategori&amp;id={cat_id.get(post.category, 2)}">{post.category.title()}</a></span> - Dibaca: <b>{views(post)}</b> kali</span><br /><br />
<table width="100%" border="0" cellpadding="4" cellspacing="0" class="isi">
<tr valign="top">
<td width="210" class="foto_berita"><span class="image"><img src="foto_berita/{post.slug[:40]}.jpg" width="200" border="0" /></span><br /><span class="keterangan">{escape(caption)}</span></td>
<td class="isi_berita">{lead}</td>
</tr>
<tr><td colspan="2" class="isi_berita">{rest}</td></tr>
</table>
<br />
<img src="images/berita_terkait.jpg" alt="Berita Terkait" border="0" /><br />
<ul class="terkait">{related}</ul>
<br />
<b>2 Komentar :</b><br />
{comments}
<br /><b>Isi Komentar :</b><br />
<form name="form" action="simpankomentar.php" method="post" onsubmit="return validasi(this)">
<input type="hidden" name="id" value="{post.number - 30000}" />
<table width="100%" style="border: 1pt dashed #0000CC;padding: 10px;">
<tr><td>Nama</td><td> : <input type="text" name="nama_komentar" size="40" maxlength="50" /></td></tr>
<tr><td>Website</td><td> : <input type="text" name="url" size="40" maxlength="50" /></td></tr>
<tr valign="top"><td>Komentar</td><td> <textarea name="isi_komentar" style="width: 300px; height: 100px;" id="pesan"></textarea></td></tr>
<tr><td>&nbsp;</td><td><img src="captcha.php" /><br /> (masukkan 6 kode di atas)<br /><input type="text" name="kode" size="6" maxlength="6" /><br /></td></tr>
<tr><td>&nbsp;</td><td><input type="submit" name="submit" value="Kirim" /></td></tr>
</table>
</form>
</div>"""
        return _html(layout(a.title, main, rails, views), post.published, post.visible_from)

    def listing_rows(items: Sequence[Post]) -> str:
        rows = "".join(
            f'<tr valign="top"><td width="90"><img src="foto_berita/small_{p.slug[:40]}.jpg" width="80" border="0" />'
            f'</td><td><span class="judul_berita"><a href="{href(p)}">{escape(p.article.title)}</a></span><br />'
            f'<span class="tanggal">{loko_date(p.published)}</span><br />{escape(_snippet(p.article, 30))} '
            f'<a href="{href(p)}">Selengkapnya</a></td></tr>' for p in items)
        return (f'<table width="100%" border="0" cellpadding="4" cellspacing="0">{rows}</table>' if rows else
                "<p>Belum ada berita.</p>")

    def paging(base: str, param: str, number: int, total: int) -> str:
        link = lambda n: f"{base}&amp;{param}={n}"  # noqa: E731
        parts = [f'<a href="{link(1)}">&laquo; First</a>', f'<a href="{link(number - 1)}">&lsaquo; Prev</a>'] \
            if number > 1 else []
        parts += [f"<b>{n}</b>" if n == number else f'<a href="{link(n)}">{n}</a>' for n in range(1, total + 1)]
        if number < total:
            parts += [f'<a href="{link(number + 1)}">Next &rsaquo;</a>', f'<a href="{link(total)}">Last &raquo;</a>']
        return f'<div class="paging">Hal: {" | ".join(parts)}</div>'

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        rails = _rails(visible, "lokomedia:index")
        pages: dict[str, Page] = {}
        head = ""
        if visible:
            top = visible[0]
            head = (f'<table width="100%" border="0" cellpadding="4" cellspacing="0" class="headline"><tr valign="top">'
                    f'<td width="210"><img src="foto_berita/{top.slug[:40]}.jpg" width="200" border="0" /></td><td>'
                    f'<span class="judul_headline"><a href="{href(top)}">{escape(top.article.title)}</a></span><br />'
                    f'<span class="tanggal">{loko_date(top.published)}</span><br />{escape(_snippet(top.article, 45))}'
                    f' <a href="{href(top)}">Selengkapnya</a></td></tr></table>')
        home = (f'<div class="judul_tengah">BERITA UTAMA</div>{head}<div class="judul_tengah">BERITA TERBARU</div>'
                f'{listing_rows(visible[1:LK_PER_PAGE + 1])}<p align="right"><a href="index.php?module=semuaberita'
                f'&amp;halberita=1">Indeks berita &raquo;</a></p>')
        pages["/"] = pages["/index.php"] = pages["/index.php?module=home"] = _html(
            layout("Beranda", home, rails, views), modified)
        chunks = _chunks(visible, LK_PER_PAGE)
        for number, chunk in enumerate(chunks, 1):
            main = (f'<div class="judul_tengah">SEMUA BERITA</div>{listing_rows(chunk)}'
                    f'{paging("index.php?module=semuaberita", "halberita", number, len(chunks))}')
            page = _html(layout(f"Semua Berita - Hal. {number}", main, _rails(visible, f"lokomedia:all:{number}"),
                                views), modified)
            pages[f"/index.php?module=semuaberita&halberita={number}"] = page
            if number == 1:
                pages["/index.php?module=semuaberita"] = page
        for c in CATEGORIES:
            items = [p for p in visible if p.category == c]
            cchunks = _chunks(items, LK_PER_PAGE)
            base = f"index.php?module=detailkategori&amp;id={cat_id[c]}"
            for number, chunk in enumerate(cchunks, 1):
                main = (f'<div class="judul_tengah">KATEGORI : {c.upper()}</div>{listing_rows(chunk)}'
                        f'{paging(base, "halkategori", number, len(cchunks))}')
                page = _html(layout(f"Kategori {c.title()}", main, _rails(visible, f"lokomedia:{c}:{number}"),
                                    views), _latest(items, epoch))
                pages[f"/index.php?module=detailkategori&id={cat_id[c]}&halkategori={number}"] = page
                if number == 1:
                    pages[f"/index.php?module=detailkategori&id={cat_id[c]}"] = page
        pages["/rss.xml"] = _xml(_rss(title, f"{BASE}/rss.xml", "Berita dan informasi daerah", visible,
                                      lambda p: f"{BASE}{p.path}", modified), modified,
                                 "application/rss+xml; charset=UTF-8")
        return pages

    static = {
        "/robots.txt": _text("User-agent: *\nDisallow: /adminweb/\nDisallow: /config/\nDisallow: /captcha.php\n", epoch),
        "/style.css": Page(b"#wrapper{font-family:Verdana}\n.judul{font-size:16px;font-weight:bold}\n", "text/css",
                           epoch),
    }
    for module, label, text in (("profil", "Profil", f"{title} adalah media informasi masyarakat daerah."),
                                ("hubungikami", "Hubungi Kami", "Silakan hubungi redaksi melalui formulir berikut.")):
        main = f'<div class="judul_tengah">{label.upper()}</div><p>{text}</p>'
        static[f"/index.php?module={module}"] = _html(layout(label, main, _rails(_at_start(posts), module), views), epoch)
    static |= {p.path: article_page(i, p) for i, p in enumerate(posts)}
    return Site(name, "lokomedia", title, posts, static, render)


# ---------------------------------------------------------------------------


UNSEEN: dict[str, Callable[[list[Post], str], Site]] = {
    "tagdiv": tagdiv, "blogger": blogger, "detikish": detikish, "lokomedia": lokomedia,
}
UNSEEN_STYLES = tuple(UNSEEN)


def build_unseen(style: str, articles: Iterable[Article | Mapping] = (), *, n_filler: int = 20, seed: int = 0,
                 release_every: float = 0.0, name: str | None = None) -> Site:
    """A held-out fixture site of ``style`` posting ``articles`` among ``n_filler`` generated ones.

    Mirrors ``crawler.demo.sites.build_site``: same scheduling (``_schedule``),
    deterministic for a ``seed``, release over time with ``release_every``.
    """
    if style not in UNSEEN:
        raise ValueError(f"unknown unseen style {style!r}; choose from {', '.join(UNSEEN_STYLES)}")
    samples = [a if isinstance(a, Article) else Article.from_dict(a) for a in articles]
    posts = _schedule(samples, n_filler, seed, release_every)
    return UNSEEN[style](posts, name or style)
