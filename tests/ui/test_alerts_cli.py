"""`uhcwatch alerts --held / --release / --reject` as a user runs them, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone

from uhcwatch.crawler.alerts.rules import AlertPolicy
from uhcwatch.crawler.extraction.regions import gazetteer
from uhcwatch.crawler.models import Announcement, Article
from uhcwatch.storage.store import Store


def uhcwatch(db, *args):
    return subprocess.run([sys.executable, "-m", "uhcwatch", "--db", str(db), "alerts", *args], capture_output=True,
                          text=True, timeout=60)


def test_review_held_alerts(tmp_path):
    db = tmp_path / "u.db"
    unsure = Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", coverage_pct=95.94, confidence=0.4)
    with Store(db, regions=gazetteer().regions) as store:
        (alert_id,) = store.store_article(Article("https://demakkab.go.id/1", "Demak", announcements=[unsure]),
                                          alerts=AlertPolicy(min_confidence=0.5),
                                          now=datetime(2026, 11, 23, tzinfo=timezone.utc)).alert_ids
    held = uhcwatch(db, "--held")
    assert held.returncode == 0 and "Kabupaten Demak" in held.stdout and "0.40" in held.stdout
    assert "held for review" in uhcwatch(db).stdout
    released = uhcwatch(db, "--release", str(alert_id))
    assert released.returncode == 0 and f"released: {alert_id}" in released.stdout
    again = uhcwatch(db, "--reject", str(alert_id))
    assert again.returncode == 1 and f"not held: {alert_id}" in again.stdout
    assert "No alert is held for review." in uhcwatch(db, "--held").stdout


def test_an_alert_in_doubt_is_shown_so(tmp_path):
    db = tmp_path / "u.db"
    now = datetime(2026, 11, 23, tzinfo=timezone.utc)
    demak = Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", coverage_pct=95.94)
    with Store(db, regions=gazetteer().regions) as store:
        (alert_id,) = store.store_article(Article("https://demakkab.go.id/1", "Demak", announcements=[demak]),
                                          alerts=AlertPolicy(), now=now).alert_ids
        store.begin_attempt(alert_id, now)
        store.mark_in_doubt(alert_id, "in doubt: Read timed out", now)
    shown = uhcwatch(db)
    assert shown.returncode == 0 and "in doubt" in shown.stdout and "one more try" in shown.stdout
