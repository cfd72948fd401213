"""The Atom feed of recent alerts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

from alert_helpers import ATOM, NOW, demak, queue_alert

from uhcwatch.crawler.alerts.atom import write_atom_feed
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
