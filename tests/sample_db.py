"""A small real uhcwatch database for the serve/regions/export tests, built through ``Store``.

Six regions over three provinces plus the whole country; Kabupaten Demak has
two figures over time (91.2 % in May 2022, then 95.94 % on 1 May 2023), so its
latest is the second and its chart has two points. Alerts: one delivered, one
retrying, the rest queued.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from uhcwatch.crawler.models import Announcement, Article
from uhcwatch.crawler.alerts.rules import AlertPolicy
from uhcwatch.crawler.extraction.regions import gazetteer
from uhcwatch.crawler.config import parse_config
from uhcwatch.crawler.polling import Poll, poll_update
from uhcwatch.storage.store import Store

SOURCES = parse_config({"sources": [{"name": "demakkab", "start_urls": ["https://demakkab.go.id/berita/"]},
                                    {"name": "sulselnews", "start_urls": ["https://sulselnews.example/feed/"]}]},
                       None)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class FakeRegion:
    """The shape of a gazetteer region, so store tests need no gazetteer."""

    code: str
    name: str
    base: str
    level: str
    province_code: str
    province: str
    latitude: float
    longitude: float


# Export rows as the store returns them: one region with a seat, the nation without one.
EXPORT_ANNOUNCEMENTS = [
    {"id": 2, "region_code": "33.21", "region_name": "Kabupaten Demak", "region_level": "kabupaten",
     "province": "Jawa Tengah", "coverage_pct": 95.94, "participants": 1169409, "as_of": "2023-05-01",
     "article_url": "https://www.demakkab.go.id/berita/uhc", "fingerprint": "internal"},
    {"id": 7, "region_code": None, "region_name": "Indonesia", "region_level": "nasional",
     "province": None, "coverage_pct": 95.6, "article_url": "https://nasional.example.id/jkn"},
]
EXPORT_REGIONS = [{"code": "33.21", "name": "Kabupaten Demak", "latitude": -6.891355, "longitude": 110.638389}]

DEMAK_OLD = Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", coverage_pct=91.2,
                         participants=1100000, as_of="2022-05", evidence="Cakupan 91,2 persen.", confidence=0.9)
DEMAK = Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", coverage_pct=95.94,
                     participants=1169409, population=1218890, as_of="2023-05-01", target_pct=98,
                     target_year=2024, evidence="Terhitung mulai 1 Mei 2023, sudah sebanyak 1.169.409 penduduk.",
                     confidence=0.97)
SEMARANG = Announcement("Kota Semarang", "33.74", "kota", "Jawa Tengah", coverage_pct=98.5,
                        participants=1650000, as_of="2023", evidence="Kota Semarang 98,5 persen.", confidence=0.9)
# Evidence with a comma, quotes and a line break: CSV must quote it and read it back intact.
REMBANG = Announcement("Kabupaten Rembang", "33.17", "kabupaten", "Jawa Tengah", coverage_pct=87.3,
                       as_of="2023-01", evidence='Kata Bupati, "cakupan 87,3 persen".\nBaris kedua.',
                       confidence=0.8)
JATENG = Announcement("Provinsi Jawa Tengah", "33", "provinsi", "Jawa Tengah", coverage_pct=92.1,
                      participants=34000000, as_of="2023-06", evidence="Jawa Tengah 92,1 persen.", confidence=0.9)
MAKASSAR = Announcement("Kota Makassar", "73.71", "kota", "Sulawesi Selatan", coverage_pct=96.2,
                        participants=1400000, as_of="2023-09-01", evidence="Makassar 96,2 persen.", confidence=0.9)
INDONESIA = Announcement("Indonesia", None, "nasional", None, coverage_pct=95.6, participants=267000000,
                         as_of="2024-01", evidence="Secara nasional 95,6 persen.", confidence=0.9)

ARTICLES = [
    Article(url="https://demakkab.go.id/berita/2022-jkn", text="Demak 2022", title="Demak 91,2 persen",
            published="2022-06-10", source="demakkab", announcements=[DEMAK_OLD]),
    Article(url="https://demakkab.go.id/berita/uhc-demak", text="Demak 2023", title="Demak raih UHC",
            published="2023-05-22", source="demakkab", announcements=[DEMAK]),
    Article(url="https://jatengprov.go.id/berita/jkn", text="Jateng 2023", title="Jateng dan Semarang",
            published="2023-07-02", source="jatengprov", announcements=[JATENG, SEMARANG, REMBANG]),
    Article(url="https://makassar.example.id/uhc", text="Makassar", title="Makassar UHC",
            published="2023-09-15", source="makassar", announcements=[MAKASSAR]),
    Article(url="https://nasional.example.id/jkn-2024", text="Nasional", title="JKN nasional",
            published="2024-02-01", source="nasional", announcements=[INDONESIA]),
]

# Latest coverage per region code ("Indonesia" for the nasional row).
LATEST = {"33.21": 95.94, "33.74": 98.5, "33.17": 87.3, "33": 92.1, "73.71": 96.2, "Indonesia": 95.6}


def build_sample_db(path: Path) -> Path:
    """Write the sample database at ``path`` (with the real gazetteer) and return the path."""
    with Store(path, regions=gazetteer().regions) as store:
        for i, article in enumerate(ARTICLES):
            store.store_article(article, alerts=AlertPolicy(), now=NOW + timedelta(minutes=i))
        alerts = sorted(a["id"] for a in store.recent_alerts())
        for alert_id in alerts[:2]:
            store.begin_attempt(alert_id, NOW)
        store.mark_delivered(alerts[0], at=NOW)
        store.mark_failed(alerts[1], "HTTP 500 from hook", NOW + timedelta(minutes=5))
        # Two sources' health: one answering, one down for three polls (what the daemon records per poll).
        for source, polls in (("demakkab", [Poll("ok", 2, crawled=True), Poll("unchanged")]),
                              ("sulselnews", [Poll("ok", 1, crawled=True)] + [Poll("failed", error="TimeoutError ×2")] * 3)):
            for i, poll in enumerate(polls):
                store.record_poll(source, poll_update(SOURCES, SOURCES.source(source), poll,
                                                      (NOW + timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")),
                                  now=NOW + timedelta(hours=i))
        run = store.start_run("sulselnews", now=NOW)
        store.finish_run(run, pages=0, articles_new=0, announcements_new=0, errors=2, status="failed",
                         error_detail="TimeoutError ×2", now=NOW)
    return path
