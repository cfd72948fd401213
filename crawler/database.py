"""Where the database is, and opening it: the one place that turns a config and --db into a Store.

The command line, the API, the daemon and the crawl all come through here, so "no database at ..."
is said in one place and every writer loads the same gazetteer into ``regions``.
"""

from __future__ import annotations

import os
from pathlib import Path

from uhcwatch.crawler.config import Config
from uhcwatch.crawler.errors import DatabaseError, SchemaTooNew


def database_path(config: Config, override: str | os.PathLike | None = None) -> Path:
    """The database a command works on: ``override`` (--db), $UHCWATCH_DB, the config's ``database``
    (relative to the config file), else ``uhcwatch.db`` in the user data directory."""
    return config.database_path(str(override) if override else None)


def demo_database(config: Config, override: str | os.PathLike | None = None) -> Path:
    """The demo's own database, beside the real one, so that demo regions never hide real alerts."""
    return Path(override) if override else database_path(config).with_name("demo.db")


def reading_database(config: Config, override: str | os.PathLike | None = None) -> tuple[Path, str | None]:
    """The database to show, and a note when it is not the configured one.

    A newcomer who ran ``uhcwatch demo`` and then ``uhcwatch run`` (the README's first command) has no real
    figure yet, perhaps not even a real database; commands that only read (regions, export, alerts, serve)
    then show the demo's, and say so in the note. A database chosen with --db or $UHCWATCH_DB is always shown.
    """
    path = database_path(config, override)
    demo = demo_database(config)
    if override or os.environ.get("UHCWATCH_DB") or not demo.is_file() or _holds_announcements(path):
        return path, None
    why = "nothing found yet" if path.exists() else "no database yet"
    return demo, f"{why} at {path}; showing the demo's ({demo})"


def _holds_announcements(path: Path) -> bool:
    """Does the database at ``path`` hold at least one announcement? (A file that cannot be read counts as
    holding some, so that opening it reports what is wrong with it.)"""
    import sqlite3

    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
            return db.execute("SELECT 1 FROM announcements LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return True


def no_database(path: Path) -> DatabaseError:
    return DatabaseError(f"no database at {path} (run 'uhcwatch crawl' or 'uhcwatch demo' first, or pass --db)")


def open_store(path: str | os.PathLike, *, create: bool = False):
    """The ``Store`` at ``path``. ``create``: make or migrate it and load the gazetteer into ``regions``;
    otherwise a missing or unreadable file is a ``DatabaseError`` and nothing is created."""
    import sqlite3

    from uhcwatch.storage.store import Store

    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    if not create and not path.is_file():
        raise no_database(path)
    try:
        if create:
            from uhcwatch.crawler.extraction.regions import gazetteer

            return Store(path, regions=gazetteer().regions)
        return Store(path)
    except SchemaTooNew:
        raise
    except sqlite3.Error as e:
        raise DatabaseError(f"cannot open {path} as a uhcwatch database: {e}") from None
    except OSError as e:  # the folder cannot be made, or is not writable
        raise DatabaseError(f"cannot create a database at {path}: {e.strerror or e}") from None


def writable_database(path: str | os.PathLike) -> Path:
    """Check, before a command that writes starts anything, that ``path`` is (or can become) a uhcwatch
    database this program can write: created or migrated now, so that a directory, a file that is not
    SQLite, a folder that cannot be made or written, or a newer schema is one ``DatabaseError`` line at
    once, not a failure inside a crawl child or the daemon's first job."""
    path = Path(path)
    open_store(path, create=True).close()
    probe = path.with_name(path.name + ".probe")  # lock files live beside the database
    try:
        probe.touch()
        probe.unlink()
    except OSError as e:
        raise DatabaseError(f"cannot write beside the database at {path}: {e.strerror or e}") from None
    return path
