"""An article's own text, from a news page of any layout; and whether that text is about JKN at all.

Real pages put other articles' headlines everywhere: "Terpopuler" and "Berita Terbaru" lists, a
header ticker, "Baca juga:" links inside paragraphs, tag clouds, related boxes, captions; old CMSs
put all of it in the cells of one layout table. Handing such a page to the extractor whole turns a
sidebar headline into an announcement of every page that shows it. So a page is read in steps:

1. ``prune``: drop what is never the story (``boilerplate``: tags, furniture class words, teaser
   and caption blocks, link lists), unless the element holds most of the page's text (Okezone
   wraps its whole article in a "sosmedsticky author-and-share" div);
2. ``container``: find the story's element by the signals pages give, strongest first: a source's
   own CSS selector, ``itemprop=articleBody``, a template's content class, ``<article>``, else the
   block with the most paragraph text;
3. ``text``: the element as text with paragraph and sentence boundaries kept: a ``<br>`` that
   breaks a sentence mid-line joins it again, data tables become "| a | b |" rows (the extractor
   reads them by header), layout-table cells become paragraphs;
4. JSON-LD ``articleBody`` when it is the full story (longer than the container's text), and
   trafilatura (precision mode) on the pruned page when the container's text still looks like a
   page of headlines; the first reading that looks like prose wins (``looks_like_prose``).

``relevant`` is the crawl's prefilter: JKN words in the title or in the page's own words without
links and furniture, from the same parsed tree the spider found links in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

import lxml.html
from lxml import etree
from w3lib.encoding import html_to_unicode

from uhcwatch.crawler.crawl import boilerplate as B
from uhcwatch.crawler.extraction.dates import find_dates
from uhcwatch.crawler.extraction.lexicon import RELEVANT

MIN_STORY = 200  # characters: less is not an article
MIN_PART = 40  # characters: less in a marked container (itemprop, a content class, <article>) is not its body
TRUNCATED = 0.8  # a JSON-LD articleBody shorter than this share of the container's text is a summary
BYLINE_REACH = 12  # elements, in document order, between a headline and the date line that dates it
BYLINE_CHARS = 120  # a dateline is a short line ("Selasa, 15 April 2025 - 10:56 WIB"), not a paragraph


@dataclass(frozen=True)
class PageText:
    """The article in a page."""

    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    canonical_url: str | None
    reading: str  # which reading won: selector, itemprop, class, article, density, jsonld, trafilatura


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page: BOM, then the HTTP charset, then ``<meta charset>``, then a guess."""
    _encoding, text = html_to_unicode(content_type, body)
    return text


def parse(html: str | bytes, content_type: str | None = None):
    """The page's lxml tree, or None when there is no HTML to parse."""
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    html = html.strip()
    if not html:
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


# --------------------------------------------------------------------------------------- the prefilter

def relevant(root, title: str | None = None) -> bool:
    """Does the page's own text (not its links, menus or side lists) or its title speak of JKN?"""
    if title and RELEVANT.search(title):
        return True
    heading = root.find(".//title")
    if heading is not None and heading.text and RELEVANT.search(heading.text):
        return True
    body = root.find("body") if root.find("body") is not None else root
    return any(RELEVANT.search(chunk) for chunk in _own_words(body, _main_path(body)))


def _own_words(node, keep: set) -> Iterator[str]:
    """The page's text outside links, furniture, captions, teasers and teaser cards, without changing the tree.
    ``keep``: the main block and its ancestors, never furniture whatever their class names say."""
    if not isinstance(node.tag, str) or node.tag in B.DROP_TAGS or node.tag == "a" or \
            (node not in keep and _furniture(node)):
        return
    if node.text and B.TEASER_START.match(node.text):
        return
    if node.tag in ("article", "li") and _is_card(node):
        return
    if node.text:
        yield node.text
    for child in node:
        yield from _own_words(child, keep)
        if child.tail:
            yield child.tail


def _main_path(scope) -> set:
    """The block with the most paragraph text (see ``_densest``) and its ancestors up to ``scope``, when
    it stands out: twice the words of any other block. A page of teasers has no story to protect."""
    scores = _paragraph_words(scope)
    ranked = sorted(scores, key=scores.get, reverse=True)
    if not ranked or _is_card(ranked[0]) or (len(ranked) > 1 and scores[ranked[0]] < 2 * scores[ranked[1]]):
        return set()
    main = ranked[0]
    return {main, *main.iterancestors()}


def _is_card(node) -> bool:
    """A teaser of another article: a short block that opens with a linked headline."""
    if len(node.text_content()) > B.CARD_MAX:
        return False
    for el in node.iter():
        if isinstance(el.tag, str) and el.text and el.text.strip():
            return bool(el.xpath(B.IN_LINKED_HEADING))
    return False


def _furniture(node) -> bool:
    words = f"{node.get('class', '')} {node.get('id', '')}"
    return bool(words.strip()) and bool(B.FURNITURE.search(words))


# --------------------------------------------------------------------------------------- the reader

def read_page(page, url: str | None = None, *, content: str | None = None, exclude: Iterable[str] = (),
              content_type: str | None = None, favor: str | None = None,
              minimum: int = MIN_STORY) -> PageText | None:
    """The article in ``page`` (HTML text, bytes or an lxml tree), or None when it has none.

    ``content``/``exclude``: a source's CSS selectors for its article body and for what to drop.
    ``favor``: force one reading (for measuring them against each other). ``minimum``: characters a
    story needs (a later page of an article may be short).
    """
    root = page if hasattr(page, "iter") else parse(page, content_type)
    if root is None:
        return None
    meta = _metadata(root)
    title = meta.get("title") or _heading(root)
    published = meta.get("published") or _date_fallback(root, url, title)
    for selector in exclude:
        for el in root.cssselect(selector):
            _remove(el)
    jsonld = _jsonld_body(root)
    prune(root)
    readings = []
    element, how = container(root, content)
    if element is not None:
        readings.append((how, text_of(element)))
    if jsonld:
        readings.append(("jsonld", _teaser_lines_removed(jsonld)))
    if favor:
        readings = [r for r in readings if r[0] == favor]
        if favor == "trafilatura":
            readings = [("trafilatura", _trafilatura(root, url))]
    text, how = _choose(readings, root, url, favor, minimum)
    if not text:
        return None
    return PageText(text, title, published, meta.get("canonical"), how)


def _choose(readings: list[tuple[str, str]], root, url, favor, minimum: int) -> tuple[str | None, str]:
    """The first prose reading; JSON-LD wins over a container when it holds more of the story. What a
    source's own selector finds is taken as it is: the user said where the story is."""
    chosen = [(how, text) for how, text in readings if how == "selector" and text]
    if chosen:
        return chosen[0][1], "selector"
    prose = [(how, text) for how, text in readings if text and looks_like_prose(text, minimum)]
    if len(prose) == 2 and prose[1][0] == "jsonld" and len(prose[1][1]) * TRUNCATED > len(prose[0][1]):
        prose.reverse()
    if prose:
        return prose[0][1], prose[0][0]
    if favor is None:
        text = _trafilatura(root, url)
        if text and looks_like_prose(text, minimum):
            return text, "trafilatura"
    fallback = [(how, text) for how, text in readings if text and len(text) >= minimum]
    return (fallback[0][1], fallback[0][0]) if fallback else (None, "")


def looks_like_prose(text: str, minimum: int = MIN_STORY) -> bool:
    """An article, not a page of headlines: enough text, most of it in lines that are sentences."""
    if len(text) < max(minimum, 1):
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    prose = sum(len(line) for line in lines if len(line) >= 80 or B.LINE_END.search(line))
    return prose >= 0.6 * sum(len(line) for line in lines)


# --------------------------------------------------------------------------------------- step 1: prune

def prune(root) -> None:
    """Remove what is never the story, in place (see the module docstring)."""
    body = root.find("body")
    scope = body if body is not None else root
    keep = _main_path(scope)  # Okezone wraps its article in "sosmedsticky author-and-share", tagDiv in "has-post-thumbnail"
    doomed = []
    for el in scope.iter():
        if el is scope:
            continue
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments and processing instructions
        elif el.tag in B.DROP_TAGS or (el.tag in B.HEADER_TAGS and el.getparent() is not None
                                       and el.getparent().tag in ("body", "div", "html")):
            doomed.append(el)
        elif el not in keep and _furniture(el):
            doomed.append(el)
    for el in doomed:
        _remove(el)
    _remove_inline_teasers(scope)
    for el in list(scope.iter(*B.CARD_TAGS)):
        if el.getparent() is not None and el not in keep and _is_card(el):
            _remove(el)
    for el in list(scope.iter("p", "div", "li", "ul", "ol", "table", "td", "section", "blockquote")):
        if el.getparent() is None:
            continue
        text = " ".join(el.text_content().split())
        if not text:
            continue
        links = sum(1 for _ in el.iter("a"))
        if B.TEASER_START.match(text) and len(text) < 300:
            _remove(el)
        elif links and _link_share(el, text) >= 0.8 and (len(text) < 400 or links >= 3):
            _remove(el)  # a list of links: teasers, tags, menus


def _remove_inline_teasers(scope) -> None:
    """"... <strong>Baca Juga: <a>..</a></strong> ..." and "... Baca juga: <a>..</a> ..." inside a paragraph."""
    for el in list(scope.iter("span", "strong", "b", "em", "i", "small")):
        if el.getparent() is not None and B.INLINE_TEASER.match(el.text_content() or "") and el.find(".//a") is not None:
            _remove(el)
    for a in list(scope.iter("a")):
        parent = a.getparent()
        if parent is None:
            continue
        previous = a.getprevious()
        before = previous.tail if previous is not None else parent.text
        label = B.LABEL_BEFORE.search(before or "")
        if label:
            if previous is not None:
                previous.tail = _xml_safe(before[:label.start()])
            else:
                parent.text = _xml_safe(before[:label.start()])
            _remove(a)


def _link_share(el, text: str) -> float:
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return linked / len(text) if text else 0.0


def _text_length(el) -> int:
    return len("".join(el.itertext()).split()) and len(" ".join("".join(el.itertext()).split()))


# What lxml parses from a page ("&#1;", a stray U+FFFF) but refuses to be given back as text.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_UNSAFE.sub("", text)


def _remove(el) -> None:
    """Drop an element but keep its tail text (the words after it belong to its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = _xml_safe((previous.tail or "") + el.tail)
        else:
            parent.text = _xml_safe((parent.text or "") + el.tail)
    parent.remove(el)


# --------------------------------------------------------------------------------------- step 2: container

def container(root, selector: str | None = None):
    """The element holding the story, and how it was found; (None, "") when nothing stands out."""
    if selector:
        found = root.cssselect(selector)
        if found:
            return found[0], "selector"
    found = [el for el in root.iter() if isinstance(el.tag, str) and el.get("itemprop") == "articleBody"]
    best = _longest(found)
    if best is not None and _text_length(best) >= MIN_PART:
        return best, "itemprop"
    for word in B.CONTENT_CLASSES:
        found = [el for el in root.iter("div", "section", "article", "td", "span")
                 if word in f" {el.get('class', '')} {el.get('id', '')} ".replace("\t", " ").split()]
        best = _longest(found)
        if best is not None and _text_length(best) >= MIN_PART:
            return best, "class"
    best = _longest(list(root.iter("article")))
    if best is not None and _text_length(best) >= MIN_PART:
        return best, "article"
    best = _densest(root)
    return (best, "density") if best is not None else (None, "")


def _longest(elements: list):
    return max(elements, key=_text_length, default=None)


def _densest(root):
    """The block whose own paragraphs hold the most words: where the story is, whatever the template calls it."""
    scores = _paragraph_words(root)
    return max(scores, key=scores.get, default=None)


def _paragraph_words(root) -> dict:
    """Block -> words in its own paragraphs (text in <p>, <br>-separated runs, cells), not counting links."""
    scores: dict = {}
    for el in root.iter("p", "td", "div", "span", "font"):
        if any(a.tag in B.DROP_TAGS for a in el.iterancestors()):
            continue
        own = " ".join(filter(None, [el.text] + [c.tail for c in el if c.tag != "a"]))
        words = len(own.split())
        if words < 8:
            continue
        parent = el if el.tag in ("td", "div") and el.find("br") is not None else el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + words
    return scores


# --------------------------------------------------------------------------------------- step 3: text

def text_of(element) -> str:
    """The element's text with paragraphs as blank-line-separated blocks (see the module docstring)."""
    blocks: list[str] = []
    line: list[str] = []

    def flush(paragraph: bool = True) -> None:
        joined = " ".join(" ".join(line).split())
        line.clear()
        if joined:
            blocks.append(joined)
        if paragraph and blocks and blocks[-1] != "":
            blocks.append("")

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table" and _is_data_table(el):
            flush()
            blocks.extend(_table_rows(el))
            blocks.append("")
        elif tag == "br":
            if el.getnext() is not None and el.getnext().tag == "br" and not (el.tail or "").strip():
                flush()  # <br><br>: a paragraph break
            else:
                current = " ".join(" ".join(line).split())
                following = (el.tail or "").strip()
                if current and (B.LINE_END.search(current) or B.ITEM_START.match(following)
                                or current.count("|") >= 2 or following.count("|") >= 2):
                    flush(paragraph=False)  # a line that ends, or a list item after it
                # else: a hard wrap inside a sentence: the words run on
        else:
            block = tag in B.BLOCK_TAGS or tag in B.CELL_TAGS
            if block:
                flush()
            if el.text and tag:
                add(el.text)
            for child in el:
                walk(child)
            if block:
                flush()
        if el.tail:
            add(el.tail)

    def add(text: str) -> None:
        """Words run on; only a table pasted as lines of "a | b | c" keeps its line breaks."""
        if "\n" in text and text.count("|") >= 4:
            for n, part in enumerate(text.split("\n")):
                if n:
                    flush(paragraph=False)
                line.append(part)
        else:
            line.append(text)

    walk(element)
    flush()
    text = "\n".join(blocks)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return _teaser_lines_removed(_comments_cut(text))


def _is_data_table(table) -> bool:
    """A table of figures (rows of short cells), not a layout grid of the page."""
    rows = [r for r in table.iter("tr") if _closest_table(r) is table]
    if len(rows) < 2 or any(r.find(".//table") is not None for r in rows):
        return False
    cells = [c for r in rows for c in r if isinstance(c.tag, str) and c.tag in B.CELL_TAGS]
    if len(cells) < 4 or any(len(" ".join(c.text_content().split())) > 120 for c in cells):
        return False
    return any(re.search(r"\d", c.text_content()) for c in cells)


def _closest_table(el):
    return next((a for a in el.iterancestors("table")), None)


def _table_rows(table) -> list[str]:
    out = []
    for row in table.iter("tr"):
        cells = [" ".join(c.text_content().split()) for c in row if isinstance(c.tag, str) and c.tag in B.CELL_TAGS]
        if any(cells):
            out.append("| " + " | ".join(cells) + " |")
    return out


def _comments_cut(text: str) -> str:
    """The text before the readers' comments (``B.COMMENTS_START``), if a story comes before them."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if n and len(line) <= B.COMMENTS_LINE_MAX and B.COMMENTS_START.match(line) \
                and len("\n".join(lines[:n])) >= MIN_PART:
            return "\n".join(lines[:n]).strip()
    return text


def _teaser_lines_removed(text: str) -> str:
    lines = [line for line in text.split("\n") if not (B.TEASER_START.match(line) and len(line) < 300)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --------------------------------------------------------------------------------------- the other readings

def _jsonld_objects(root) -> Iterator[dict]:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(v for k, v in item.items() if k == "@graph")
                yield item


def _jsonld_body(root) -> str | None:
    for item in _jsonld_objects(root):
        kinds = item.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        body = item.get("articleBody")
        if kinds & B.ARTICLE_TYPES and isinstance(body, str) and len(body) >= MIN_STORY:
            # Some themes strip tags without leaving line breaks: put sentences on lines of their own.
            body = body.replace("\r\n", "\n")
            return body if "\n" in body else re.sub(r"(?<=[.!?])\s+(?=[A-Z\"“])", "\n\n", body)
    return None


def _trafilatura(root, url: str | None) -> str | None:
    import trafilatura

    try:
        return trafilatura.extract(root, url=url, favor_precision=True, include_comments=False,
                                   include_tables=True) or None
    except Exception:  # trafilatura on odd trees: no reading rather than a crash
        return None


# --------------------------------------------------------------------------------------- metadata

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def _metadata(root) -> dict:
    """Title, publication date and canonical URL from the page's own declarations."""
    out: dict = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        value = (m.get("content") or "").strip()
        if not value:
            continue
        if key in ("og:title", "twitter:title") and "title" not in out:
            out["title"] = value
        elif key in ("article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued",
                     "date", "dtk:publishdate") and "published" not in out and _DATE.search(value):
            out["published"] = _DATE.search(value).group(1)
    for item in _jsonld_objects(root):
        if "published" not in out and isinstance(item.get("datePublished"), str) and _DATE.search(item["datePublished"]):
            out["published"] = _DATE.search(item["datePublished"]).group(1)
        if "title" not in out and isinstance(item.get("headline"), str):
            out["title"] = item["headline"]
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out["canonical"] = link.get("href").strip()
            break
    return out


def _heading(root) -> str | None:
    """The headline: the first h1, h2 or "judul" long enough to be one (a site's name in h1 is short),
    else the longest part of <title> ("Judul :: Nama Situs")."""
    for el in root.iter("h1", "h2", "span", "div"):
        if el.tag in ("span", "div") and "judul" not in (el.get("class") or "").split():
            continue
        text = " ".join(el.text_content().split())
        if len(text) >= 20:
            return text
    title = root.find(".//title")
    if title is None or not title.text:
        return None
    parts = re.split(r"\s+(?:::|\||-|–|—|»)\s+", " ".join(title.text.split()))
    return max(parts, key=len)


def _date_fallback(root, url: str | None, title: str | None = None) -> str | None:
    """A date from <time datetime>, the URL's path ("/2023/05/22/"), the date line beside the headline, else
    htmldate's search of the page."""
    for t in root.iter("time"):
        value = t.get("datetime") or ""
        if _DATE.search(value):
            return _DATE.search(value).group(1)
    m = re.search(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/", url or "")
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    byline = _byline_date(root, title)
    if byline:
        return byline
    from copy import deepcopy

    from htmldate import find_date

    try:
        return find_date(deepcopy(root), url=url, original_date=True, extensive_search=True) or None
    except Exception:  # htmldate on odd pages: no date rather than a crash
        return None


def _byline_date(root, title: str | None) -> str | None:
    """The full date on the short line nearest the headline, within a few elements of it. htmldate, asked for
    the original date, takes the oldest on the page, and an old CMS lists dated headlines in its side columns
    ("16/03/2016 Kesehatan akan Digratiskan"): the article's own date sits by its headline ("<span
    class="tanggal">Selasa, 15 April 2025 - 10:56 WIB</span><span class="judul">..."), before or after it."""
    wanted = " ".join((title or "").split()).lower()
    if len(wanted) < 20:
        return None
    elements = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in B.DROP_TAGS]
    at = next((i for i, el in enumerate(elements) if " ".join(el.text_content().split()).lower() == wanted), None)
    if at is None:
        return None
    best: tuple[int, str] | None = None
    for i in range(max(0, at - BYLINE_REACH), min(len(elements), at + BYLINE_REACH + 1)):
        text = " ".join(elements[i].text_content().split())
        if i == at or not text or len(text) > BYLINE_CHARS:
            continue
        full = [d.value for d in find_dates(text) if d.value and len(d.value) == 10]
        if full and (best is None or abs(i - at) < best[0]):
            best = (abs(i - at), full[0])
    return best[1] if best else None
