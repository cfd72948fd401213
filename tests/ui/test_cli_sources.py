"""`uhcwatch sources`: each source's schedule and health, as a table and as JSON (the real CLI, a real crawl)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def uhcwatch(*args, cwd):
    return subprocess.run([sys.executable, "-m", "uhcwatch", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env={**os.environ, "UHCWATCH_CONFIG": "", "UHCWATCH_DB": ""})


def test_a_source_that_does_not_answer_shows_its_failures_and_why(tmp_path):
    (tmp_path / "uhcwatch.toml").write_text('[[sources]]\nname = "down"\nstart_urls = ["http://127.0.0.1:9/"]\n')
    for _ in range(2):
        uhcwatch("crawl", "--db", "u.db", cwd=tmp_path)
    done = uhcwatch("sources", "--db", "u.db", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [source] = json.loads(done.stdout)
    assert source["name"] == "down" and source["last_run"]["status"] == "failed"
    health = source["health"]
    assert health["consecutive_failures"] == 2 and health["last_success"] is None
    assert "ConnectionRefused" in health["last_error"]
    table = uhcwatch("sources", "--db", "u.db", cwd=tmp_path).stdout
    assert "2x: " in table and "ConnectionRefused" in table
