"""The Atom feed of recent alerts, written beside the database for any feed reader."""

from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

ATOM_NS = "http://www.w3.org/2005/Atom"

# Every character outside XML 1.0's Char production: C0 controls but tab, newline and carriage
# return; the surrogates; U+FFFE and U+FFFF.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_atom_feed(store, path: str | os.PathLike, limit: int = 50) -> int:
    """Write the ``limit`` most recent alerts as an Atom 1.0 feed; returns the entry count.

    Written to a temporary file beside ``path`` and moved into place, so a
    reader never sees half a feed.
    """
    alerts = [a for a in store.recent_alerts(limit) if a.get("review") not in ("held", "rejected")]
    feed = _atom_feed(alerts)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            ET.ElementTree(feed).write(out, encoding="utf-8", xml_declaration=True)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return len(alerts)


def _atom_feed(alerts: list[dict]) -> ET.Element:
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", "tag:uhcwatch,2026:alerts")
    _sub(feed, "title", "uhcwatch: JKN coverage alerts")
    updated = max((a["created_at"] for a in alerts), default=None)
    _sub(feed, "updated", updated or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    _sub(_sub(feed, "author"), "name", "uhcwatch")
    for alert in alerts:
        _atom_entry(feed, alert)
    return feed


def _atom_entry(feed: ET.Element, alert: dict) -> None:
    """One entry; its id is a tag: URI from the alert id and its creation day, so ids stay unique across databases."""
    entry = _sub(feed, "entry")
    _sub(entry, "id", f"tag:uhcwatch,{alert['created_at'][:10]}:alert-{alert['id']}")
    _sub(entry, "title", alert["title"])
    _sub(entry, "updated", alert["created_at"])
    _sub(entry, "category").set("term", xml_text(alert["event"]))
    _sub(entry, "summary", alert["message"] or "")
    if alert.get("article_url"):
        link = _sub(entry, "link")
        link.set("rel", "alternate")
        link.set("href", xml_text(alert["article_url"]))


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    if text is not None:
        element.text = xml_text(text)
    return element


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold, not even as a character reference.

    ElementTree escapes markup but writes a control character such as \\x01
    as it is, which makes the whole feed unreadable to every feed reader, and
    fails outright on a lone surrogate. Titles and messages come from scraped
    pages, so such a character can reach them; dropping it loses nothing a
    reader could have seen.
    """
    return _NOT_XML_CHAR.sub("", text)
