"""Fixtures of the alert tests: no inherited alert targets, a local receiver, a one-region store."""

from __future__ import annotations

import pytest
from sample_db import FakeRegion
from fixtures.receiver import Receiver

from uhcwatch.storage.store import Store


@pytest.fixture(autouse=True)
def no_env_targets(monkeypatch):
    """Only the targets a test names: no inherited $UHCWATCH_ALERT_URLS, no proxy for 127.0.0.1."""
    monkeypatch.delenv("UHCWATCH_ALERT_URLS", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def receiver():
    with Receiver() as r:
        yield r


@pytest.fixture
def store(tmp_path):
    regions = [FakeRegion("33.21", "Kabupaten Demak", "Demak", "kabupaten", "33", "Jawa Tengah", -6.89, 110.64)]
    with Store(tmp_path / "uhcwatch.db", regions=regions) as s:
        yield s
