"""Inputs of `uhcwatch extract`: files, stdin and URLs, read into text with their metadata.

One function per kind of input; each raises `InputError` with a sentence a
user can act on, so one bad input never stops the others.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from uhcwatch.crawler.config import DEFAULT_USER_AGENT
from uhcwatch.crawler.crawl.reading import read_page
from uhcwatch.crawler.errors import InputError

MAX_INPUT_BYTES = 50_000_000


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Selectors:
    """A source's CSS selectors for its article body and for what to drop (``[[sources]] content/exclude``)."""

    content: str | None = None
    exclude: tuple[str, ...] = ()


def read_input(source: str, *, user_agent: str = DEFAULT_USER_AGENT, timeout: float = 30.0,
               max_bytes: int = MAX_INPUT_BYTES, selectors: Selectors = Selectors()) -> Document:
    if source == "-":
        return _from_text(source, sys.stdin.buffer.read(max_bytes + 1), max_bytes)
    if source.startswith(("http://", "https://")):
        return _from_url(source, user_agent, timeout, max_bytes, selectors)
    return _from_file(Path(source), max_bytes, selectors)


def _from_file(path: Path, max_bytes: int, selectors: Selectors) -> Document:
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}") from None
    if path.suffix.lower() in (".html", ".htm"):
        return _from_html(str(path), data, None, max_bytes, selectors)
    return _from_text(str(path), data, max_bytes)


def _from_text(source: str, data: bytes, max_bytes: int) -> Document:
    if len(data) > max_bytes:
        raise InputError(f"larger than {max_bytes // 1_000_000} MB")
    if b"\x00" in data[:8192]:
        raise InputError("binary data, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (invalid byte at position {e.start})") from None
    if not text.strip():
        raise InputError("empty input")
    return Document(source, text)


def _from_html(source: str, data: bytes, content_type: str | None, max_bytes: int, selectors: Selectors) -> Document:
    if len(data) > max_bytes:
        raise InputError(f"larger than {max_bytes // 1_000_000} MB")
    if not data.strip():
        raise InputError("empty input")
    page = read_page(data, url=source if source.startswith("http") else None, content_type=content_type,
                     content=selectors.content, exclude=selectors.exclude)
    if page is None:
        raise InputError("no article text found in the page")
    return Document(source, page.text, page.title, page.published)


def _from_url(url: str, user_agent: str, timeout: float, max_bytes: int, selectors: Selectors) -> Document:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": "text/html,*/*;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            data = resp.read(max_bytes + 1)
            content_type = resp.headers.get("Content-Type")
    except urllib.error.HTTPError as e:
        raise InputError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise InputError(f"could not fetch: {getattr(e.reason, 'strerror', None) or e.reason}") from None
    except (TimeoutError, OSError) as e:
        raise InputError(f"could not fetch: {e.strerror or e or 'timed out'}") from None
    if content_type and not any(t in content_type for t in ("html", "xml", "text")):
        raise InputError(f"not a web page ({content_type})")
    if content_type and "text/plain" in content_type:
        return _from_text(url, data, max_bytes)
    return _from_html(url, data, content_type, max_bytes, selectors)
