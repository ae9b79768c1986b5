"""What goes wrong with a store, said in one line.

``StoreError`` is a ``sqlite3.DatabaseError`` whose message is ready for a
user (``shebao: <message>``, exit 2): no store, not a shebao store, a newer
schema, damaged pages, read-only, disk full.  ``explain`` turns any
``sqlite3.Error`` into such a message; ``rollback`` ends a failed
transaction without letting a second error (SQLite may already have rolled
it back, as it does on a full disk) hide the first.
"""

from __future__ import annotations

import os
import sqlite3


class StoreError(sqlite3.DatabaseError):
    """A store that cannot be used, with a message for the user."""


_MEANING = {
    sqlite3.SQLITE_FULL: "disk full; the files stored so far are whole, rerun once there is room",
    sqlite3.SQLITE_NOTADB: "not a shebao store (not an SQLite database)",
    sqlite3.SQLITE_CORRUPT: "store damaged; restore it from a backup or extract into a new store",
    sqlite3.SQLITE_READONLY: "store is read-only here",
    sqlite3.SQLITE_CANTOPEN: "cannot open the store",
    sqlite3.SQLITE_BUSY: "store busy (another process holds it too long)",
    sqlite3.SQLITE_IOERR: "input/output error on the store's disk",
}


def explain(exc: BaseException, path: str | os.PathLike) -> str:
    """A one-line message for an error met on the store at ``path``."""
    if isinstance(exc, StoreError):
        return str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    meaning = _MEANING.get(code & 0xFF) if isinstance(code, int) else None
    if meaning is None and "disk is full" in str(exc):
        meaning = _MEANING[sqlite3.SQLITE_FULL]
    detail = " ".join(str(exc).split())
    return f"{path}: {meaning} ({detail})" if meaning else f"{path}: {detail}"


def store_error(exc: BaseException, path: str | os.PathLike) -> StoreError:
    """``exc`` as a StoreError with its one-line message."""
    return exc if isinstance(exc, StoreError) else StoreError(explain(exc, path))


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already; never raises."""
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the error that led here is the one to report
