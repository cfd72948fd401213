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

    A newcomer who ran ``uhcwatch demo`` and nothing else has no real database yet; commands that
    only read (regions, export, alerts, serve) then show the demo's, and say so in the note.
    """
    path = database_path(config, override)
    if path.exists() or override:
        return path, None
    demo = demo_database(config)
    if demo.exists():
        return demo, f"no database at {path} yet; showing the demo's ({demo})"
    return path, None


def no_database(path: Path) -> DatabaseError:
    return DatabaseError(f"no database at {path} (run 'uhcwatch crawl' or 'uhcwatch demo' first, or pass --db)")


def open_store(path: str | os.PathLike, *, create: bool = False):
    """The ``Store`` at ``path``. ``create``: make or migrate it and load the gazetteer into ``regions``;
    otherwise a missing or unreadable file is a ``DatabaseError`` and nothing is created."""
    import sqlite3

    from uhcwatch.storage.store import Store

    path = Path(path)
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
