"""The Atom feed of recent alerts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from alert_helpers import ATOM, NOW, demak, queue_alert

from uhcwatch.crawler.alerts.atom import write_atom_feed, xml_text
from uhcwatch.crawler.alerts.rules import AlertPolicy
from uhcwatch.crawler.models import Article


# --- the Atom feed ------------------------------------------------------------------


def test_atom_feed(store, tmp_path):
    first = queue_alert(store, "https://demakkab.go.id/a")
    later = Article(url="https://demakkab.go.id/b", text="Demak naik", title="Demak naik", published="2026-11-22",
                    announcements=[demak(coverage_pct=97.1, as_of="2026-10")])
    store.store_article(later, alerts=AlertPolicy(), now=NOW + timedelta(hours=2))
    path = tmp_path / "feed" / "alerts.xml"

    assert write_atom_feed(store, path) == 2
    feed = ET.parse(path).getroot()
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") and feed.findtext(f"{ATOM}title")
    assert feed.findtext(f"{ATOM}updated") == "2026-11-23T14:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Kabupaten Demak: 97.1% of residents in JKN, up from 95.94% (as of October 2026)",
        first["title"],
    ]
    newest, oldest = entries
    assert oldest.findtext(f"{ATOM}id") == f"tag:uhcwatch,2026-11-23:alert-{first['id']}"
    assert oldest.find(f"{ATOM}link").get("href") == "https://demakkab.go.id/a"
    assert newest.findtext(f"{ATOM}updated") == "2026-11-23T14:00:00Z"
    assert "Population: 1,218,890" in newest.findtext(f"{ATOM}summary")
    assert [p.name for p in path.parent.iterdir()] == ["alerts.xml"]  # no temp file left behind

    assert write_atom_feed(store, path, limit=1) == 1
    assert len(ET.parse(path).getroot().findall(f"{ATOM}entry")) == 1


# --- characters XML 1.0 cannot hold ---------------------------------------------------

# Each is a well-formedness error in XML 1.0 (a C0 control, U+FFFE/U+FFFF, a lone surrogate);
# tab, newline and carriage return are the three controls XML allows.
NOT_XML = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff"]


class AlertsOnly:
    """A store holding just these alerts: SQLite cannot hold a lone surrogate, another source of alerts can."""

    def __init__(self, alerts: list[dict]):
        self.alerts = alerts

    def recent_alerts(self, limit: int) -> list[dict]:
        return self.alerts[:limit]


@pytest.mark.parametrize("char", [c for c in NOT_XML if not 0xD800 <= ord(c) <= 0xDFFF], ids=ascii)
def test_atom_feed_is_well_formed_whatever_the_stored_alerts_hold(store, tmp_path, char):
    alert = queue_alert(store, "https://demakkab.go.id/a")
    store.db["alerts"].update(alert["id"], {"title": f"Demak{char} 97%", "message": f"Naik{char}\tke 97%\nkemarin"})
    path = tmp_path / "alerts.xml"

    assert write_atom_feed(store, path) == 1
    entry = ET.parse(path).getroot().find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Demak 97%"
    assert entry.findtext(f"{ATOM}summary") == "Naik\tke 97%\nkemarin"  # the controls XML allows are kept


@pytest.mark.parametrize("char", NOT_XML, ids=ascii)
def test_atom_feed_strips_what_xml_cannot_hold_from_every_field(store, tmp_path, char):
    alert = {**queue_alert(store, "https://demakkab.go.id/a"), "article_url": f"https://demakkab.go.id/a{char}"}
    for field in ("title", "message", "event", "created_at"):
        alert[field] = char + alert[field] + char
    path = tmp_path / "alerts.xml"

    assert write_atom_feed(AlertsOnly([alert]), path) == 1
    feed = ET.parse(path).getroot()
    assert char not in path.read_text(encoding="utf-8", errors="surrogateescape")
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}updated") == feed.findtext(f"{ATOM}updated") == "2026-11-23T12:00:00Z"
    assert entry.find(f"{ATOM}category").get("term") == "new_region"
    assert entry.find(f"{ATOM}link").get("href") == "https://demakkab.go.id/a"
    assert entry.findtext(f"{ATOM}title").startswith("Kabupaten Demak")


def test_xml_text_keeps_everything_xml_allows():
    allowed = "\t\n\r Demak é ✓ \x7f\x85\ud7ff\ue000\ufffd\U00010000\U0010ffff"
    assert xml_text(allowed) == allowed
    assert xml_text("".join(NOT_XML)) == ""
