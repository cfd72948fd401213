"""uhcwatch's own errors: problems a user can fix, each worded as one line that names it.

Library code raises these; the command line prints ``uhcwatch: <message>`` and exits 2, never a
traceback. Anything else that escapes is a bug.
"""

from __future__ import annotations


class UhcwatchError(Exception):
    """A problem the user can fix (bad config, missing database, busy port): one clear line."""


class ConfigError(UhcwatchError):
    """The configuration file is missing, malformed or names something unknown."""


class InputError(UhcwatchError):
    """An input of ``extract`` (file, stdin, URL) cannot be read."""


class DatabaseError(UhcwatchError):
    """No database where one is expected, or a file that is not a readable uhcwatch database."""


class SchemaTooNew(DatabaseError):
    """The database was written by a newer uhcwatch; opening it could damage it."""


class AlreadyRunning(UhcwatchError):
    """Another daemon holds the database."""


class DiskFull(DatabaseError):
    """The disk (or the database's size limit) is full: nothing more can be stored until space is freed."""
