"""A bad --db is one line on stderr and exit status 2 in every command, never a traceback (issue 12, item 8).

The real CLI in a subprocess, against a file that is not SQLite, a directory, a place no file can be made
(/proc), and a database written by a newer uhcwatch.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

CONFIG = '[[sources]]\nname = "local"\nstart_urls = ["http://127.0.0.1:9/"]\n'
WRITING = (["crawl", "-q"], ["run"], ["demo", "--duration", "1"])
READING = (["alerts"], ["sources"], ["regions"], ["export", "--format", "csv"])


def bad_databases(tmp_path) -> dict:
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n" * 50)
    folder = tmp_path / "folder.db"
    folder.mkdir()
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("PRAGMA user_version = 99")
    return {"not sqlite": (text, "cannot open"), "a directory": (folder, "is a directory"),
            "schema too new": (newer, "newer than this uhcwatch")}


def uhcwatch(tmp_path, db, *args):
    config = tmp_path / "uhcwatch.toml"
    config.write_text(CONFIG)
    return subprocess.run([sys.executable, "-m", "uhcwatch", "--config", str(config), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)


@pytest.mark.parametrize("args", WRITING + READING, ids=lambda a: a[0])
@pytest.mark.parametrize("kind", ["not sqlite", "a directory", "schema too new"])
def test_a_bad_database_is_one_line(tmp_path, args, kind):
    db, message = bad_databases(tmp_path)[kind]
    done = uhcwatch(tmp_path, db, *args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("uhcwatch: ") and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


@pytest.mark.parametrize("args", WRITING, ids=lambda a: a[0])
def test_a_database_where_no_file_can_be_made_is_one_line(tmp_path, args):
    done = uhcwatch(tmp_path, "/proc/uhcwatch-test/u.db", *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("uhcwatch: cannot ") and len(done.stderr.strip().splitlines()) == 1, done.stderr
