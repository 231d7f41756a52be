"""SQLite connection for an API's state: in memory by default, a file with `--db PATH`.

Every request runs in one transaction (`transaction`), so a failing handler leaves the store unchanged.
Text searches go through `contains_pattern`, so a user's `%` or `_` is a character, not a wildcard.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from mockserver.messages import echo
from mockserver.responses import ApiError

MAX_SEARCH_CHARACTERS = 200
"""Longest search term; SQLite refuses LIKE patterns over 50,000 bytes, and no real name is near 200."""
LIKE_ESCAPE = "\\"
"""The escape character `contains_pattern` uses; write `column LIKE ? ESCAPE '\\'`."""


def open_database(path: str | None) -> sqlite3.Connection:
    """Open the store; autocommit mode so that `transaction` alone decides where transactions begin and end."""
    connection = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    if path:
        connection.execute("PRAGMA journal_mode = WAL")
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Commit when the block succeeds, roll back on any exception (including an `ApiError`)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def is_empty(connection: sqlite3.Connection) -> bool:
    """True for a database with no tables yet: a new one, or one a reset emptied."""
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is None


def drop_all_tables(connection: sqlite3.Connection) -> None:
    """Empty the database so an API can seed it afresh (`POST /_mock/reset`)."""
    names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    # Tables refer to each other: foreign keys would refuse the drops in any order. The pragma is a no-op
    # inside a transaction, so it is switched off before and back on after.
    foreign_keys = connection.execute("PRAGMA foreign_keys").fetchone()[0]
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        with transaction(connection):
            for name in names:
                if not name.startswith("sqlite_"):
                    connection.execute(f'DROP TABLE IF EXISTS "{name}"')
    finally:
        connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def contains_pattern(term: str, parameter: str) -> str:
    """A LIKE pattern matching `term` anywhere, with `%`, `_` and the escape character taken literally.

    ApiError(400) when the term is longer than MAX_SEARCH_CHARACTERS."""
    if len(term) > MAX_SEARCH_CHARACTERS:
        raise ApiError(
            400,
            f"query parameter {parameter!r}: a search term of at most {MAX_SEARCH_CHARACTERS} characters; "
            f"got {len(term)}: {echo(term)}",
        )
    escaped = term.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"
