"""What the alert tests share: a one-region store, an announcement of Kabupaten Demak, a queued alert."""

from __future__ import annotations


from datetime import datetime, timezone

from uhcwatch.crawler.alerts.rules import AlertPolicy
from uhcwatch.crawler.models import Announcement, Article

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
ATOM = "{http://www.w3.org/2005/Atom}"



def demak(**figures) -> Announcement:
    values = {"coverage_pct": 95.94, "participants": 1169409, "population": 1218890,
              "as_of": "2023-05-01", "target_pct": 98, "target_year": 2024}
    values.update(figures)
    return Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", **values)


def row(announcement: Announcement, **extra) -> dict:
    return {**announcement.to_dict(), **extra}


def queue_alert(store, url="https://demakkab.go.id/berita/uhc", **figures) -> dict:
    """Store an article with Demak's figures (``figures`` changes some: a later figure is another alert)."""
    article = Article(url=url, text=f"Demak UHC {url}", title="Demak raih UHC", published="2026-11-20",
                      announcements=[demak(**figures)])
    (alert_id,) = store.store_article(article, alerts=AlertPolicy(), now=NOW).alert_ids
    return store.db["alerts"].get(alert_id)
