"""What on a news page is not the article: tags, class words, teaser phrases, content containers.

Data for ``reading``, which finds an article's own text on pages of any layout. Written from how
Indonesian news pages are built (WordPress themes such as tagDiv, JNews and Jannah; big portals;
Blogger; old PHP CMSs with table layouts; AMP), not from particular sites: a class word here is one
many templates share ("sidebar", "terkait", "populer"), a phrase one editors type ("Baca juga:").
"""

from __future__ import annotations

import re

# Elements that never hold the article's own prose.
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select", "input",
    "textarea", "nav", "aside", "footer", "figcaption", "object", "embed", "video", "audio", "map",
    "amp-ad", "amp-analytics", "amp-social-share", "amp-sidebar",
})
# Inside a layout they are chrome; inside an <article> a <header> holds the headline, which is read apart.
HEADER_TAGS = frozenset({"header"})

# Words in a class or id that mark page furniture. Matched against each class/id token split on "-", "_"
# and spaces, or as a prefix of one ("sidebar-kanan", "widget_popular", "td_block_related_posts").
FURNITURE_WORDS = (
    "sidebar", "widget", "related", "terkait", "populer", "popular", "terpopuler", "terbaru", "terkini",
    "trending", "rekomendasi", "recommended", "recommendation", "lainnya", "share", "sharing", "social",
    "comment", "comments", "komentar", "breadcrumb", "breadcrumbs", "crumbs", "tags", "tagcloud", "label",
    "labels", "menu", "nav", "navbar", "navigation", "masthead", "ticker", "marquee", "ads", "adsense", "advert",
    "advertisement", "iklan", "banner", "promo", "newsletter", "subscribe", "author", "byline", "caption",
    "credit", "copyright", "bacajuga", "baca", "lihatjg", "linksisip", "inline_related", "irp", "also",
    "pagination", "pager", "paging", "footer", "header", "topbar", "headline", "headlines", "carousel",
    "slider", "skip", "hidden", "disclaimer", "gallery", "thumb", "thumbnail", "video", "infinite",
)
FURNITURE = re.compile(r"(?:^|[\s_-])(?:" + "|".join(re.escape(w) for w in FURNITURE_WORDS) + r")(?=$|[\s_\d-])",
                       re.IGNORECASE)

# Blocks that start like this are not the story: teasers of other articles, ad markers, credits,
# captions and promos, as editors and templates write them inside the article body.
TEASER_START = re.compile(
    r"^\W*(?:baca juga|baca pula|baca:|simak juga|simak:|lihat juga|berita terkait|artikel terkait|"
    r"berita lainnya|tonton juga|saksikan juga|advertisement|scroll to (?:resume|continue)|iklan\b|"
    r"foto\s*:|\(foto|sumber foto|©|editor\s*:|penulis\s*:|pewarta\s*:|reporter\s*:|redaktur\s*:|red\s*:|"
    r"cek berita|ikuti (?:berita|kami|update|saluran|akun)|dapatkan (?:berita|update|informasi)|"
    r"simak (?:video|breaking news|berita|informasi|juga)|lihat video|"
    r"artikel ini telah (?:tayang|naik|terbit)|copyright|hak cipta)",
    re.IGNORECASE,
)
# A line that opens the readers' comments, which end the story: what readers wrote is not the article, and a
# comment that names JKN under an immunisation story would make that story's percentages JKN's. Short lines only
# ("2 Komentar :", "Isi Komentar :", "Tulis Tanggapan", "Belum ada komentar", "Leave a Reply").
COMMENTS_START = re.compile(
    r"^\W*(?:(?:\d+\s+)?(?:komentar|tanggapan|comments?)\s*:?|"
    r"(?:tulis|isi|kirim|beri|berikan|tinggalkan|lihat semua|tampilkan)\s+(?:komentar|tanggapan)\b.*|"
    r"belum ada (?:komentar|tanggapan)\b.*|leave a (?:reply|comment)\b.*)\W*$",
    re.IGNORECASE,
)
COMMENTS_LINE_MAX = 60  # characters

# An inline teaser inside a paragraph: "... <strong>Baca Juga: <a>...</a></strong> ...".
_TEASER_LABEL = r"(?:baca juga|baca pula|baca|simak juga|lihat juga|berita terkait)"
INLINE_TEASER = re.compile(r"^\W*" + _TEASER_LABEL + r"\W*:?", re.IGNORECASE)
# ... or a bare label right before a link: "... Baca juga: <a>...</a>".
LABEL_BEFORE = re.compile(_TEASER_LABEL + r"\s*:\s*$", re.IGNORECASE)

# A teaser card of another article: a block of at most this many characters whose heading is a link.
CARD_MAX = 600
CARD_TAGS = ("article", "li", "div", "section")
# The first words of a card are a headline that links: text inside both a heading and a link.
IN_LINKED_HEADING = ("ancestor-or-self::*[self::h1 or self::h2 or self::h3 or self::h4] and "
                     "(ancestor-or-self::a or .//a)")

# Containers of the article's body in common templates (class or id words), most specific first.
CONTENT_CLASSES = (
    "td-post-content", "entry-content", "post-content", "post-body", "article-content", "article-body",
    "content-inner", "jeg_inner_content", "amp-wp-article-content", "detail__body-text", "detail-text",
    "detail_text", "text_detail", "read__content", "content-detail", "detail-content", "isi-berita", "isi",
    "teks", "berita-content", "news-content", "story-body", "single-content", "post-entry", "entry",
)

# JSON-LD types whose articleBody is the story.
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"})

# Block-level elements: their text starts and ends a paragraph.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
    "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "center", "address", "hr", "figure",
    "body", "html",
})
CELL_TAGS = frozenset({"td", "th"})

# A line that ends a sentence or an item: after it a single <br> is a line break, not a hard wrap.
LINE_END = re.compile(r"(?:[.!?:;]|[.!?][\"”’)\]])\s*$")
# A line that starts an item of its own: a list marker or a number.
ITEM_START = re.compile(r"^\s*(?:[-–•*·]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
