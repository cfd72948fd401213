"""`uhcwatch demo` as a newcomer runs it: alerts every time, not only the first (issue 12, item 16)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from uhcwatch.crawler.database import open_store
from uhcwatch.crawler.demo.run import start_afresh
from uhcwatch.crawler.errors import DatabaseError
from uhcwatch.crawler.models import Announcement, Article


def demo(db, seconds: int = 25) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "uhcwatch", "demo", "--duration", str(seconds), "--db", str(db)],
                          capture_output=True, text=True, timeout=seconds + 60)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    delivered = re.search(r"(\d+) alerts delivered", done.stdout)
    return int(delivered.group(1)) if delivered else 0, done.stdout


def test_a_second_demo_shows_alerts_again(tmp_path):
    db = tmp_path / "demo.db"
    first, out = demo(db)
    assert first > 0 and "ALERT" in out
    again, out = demo(db)
    assert again > 0 and "ALERT" in out, out[-2000:]


def test_a_real_database_is_never_emptied_by_the_demo(tmp_path):
    db = tmp_path / "real.db"
    with open_store(db, create=True) as store:
        store.store_article(Article("https://demakkab.go.id/1", "Demak", announcements=[
            Announcement("Kabupaten Demak", "33.21", "kabupaten", "Jawa Tengah", coverage_pct=95.94)]))
    with pytest.raises(DatabaseError, match="holds 1 article"):
        start_afresh(db)
    with open_store(db) as store:
        assert store.db.execute("SELECT count(*) FROM announcements").fetchone()[0] == 1
