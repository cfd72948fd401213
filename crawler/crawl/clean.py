"""HTML page → article text, title, date and canonical URL, with trafilatura.

Bytes are decoded the way browsers and Scrapy do (BOM, HTTP header, then the
page's own `<meta charset>`), so an old site that declares windows-1252 only
in a meta tag reads right. trafilatura then drops menus, sidebars, "baca
juga" boxes and comments and finds the title, date and canonical URL.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from w3lib.encoding import html_to_unicode


@dataclass(frozen=True)
class CleanPage:
    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    canonical_url: str | None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page: BOM, then the HTTP charset, then `<meta charset>`, then a guess."""
    _encoding, text = html_to_unicode(content_type, body)
    return text


def clean_html(html: str | bytes, url: str | None = None, content_type: str | None = None) -> CleanPage | None:
    """The article in a page, or None when the page has no article text."""
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    if not html.strip():
        return None
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_recall=True)
    if doc is None or not (doc.text or "").strip():
        return None
    canonical = doc.url if doc.url and doc.url != url else None
    return CleanPage(text=doc.text, title=doc.title or None, published=doc.date or None, canonical_url=canonical)
