"""Commit one file's rows in one transaction: all of them or none.

The ``files`` row is inserted last, inside the same transaction as the
file's reports, facts, flags, causes and indicators, so its presence means "done": a
run killed at any moment (or a full disk) leaves either the whole file or
nothing of it.  Each fact's ``flags`` and ``suspect`` are filled from the
file's flags; the search index follows by the tables' triggers.

``done_keys`` names the files a rerun skips: all those stored (the default),
none (``redo="all"``, ``extract --force``) or those stored by this version of
shebao or a later one (``redo="older"``, ``extract --refresh-older``).
"""

from __future__ import annotations

import sqlite3

from packaging.version import InvalidVersion, Version

from shebao import __version__
from shebao.store.errors import rollback
from shebao.store.rows import FileRows
from shebao.store.schema import (CAUSE_COLUMNS, FACT_COLUMNS, FILE_COLUMNS, FLAG_COLUMNS,
                                 INDICATOR_COLUMNS, REFRESH_FACT_FLAGS, REPORT_COLUMNS, quoted)

UNREADABLE = "unreadable:"  # key prefix of files that could not be read at all
REDO = ("none", "older", "all")  # which stored files a run does again

_TABLES = {"reports": REPORT_COLUMNS, "facts": FACT_COLUMNS, "flags": FLAG_COLUMNS,
           "causes": CAUSE_COLUMNS, "indicators": INDICATOR_COLUMNS}


def _insert(table: str, columns: tuple[str, ...]) -> str:
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({quoted(columns)}) VALUES ({marks})"


def older(stored: str | None, current: str = __version__) -> bool:
    """True when a file stored by shebao ``stored`` (None: before versions were kept) is older."""
    if stored is None:
        return True
    try:
        return Version(stored) < Version(current)
    except InvalidVersion:
        return stored != current


def done_keys(conn: sqlite3.Connection, redo: str = "none") -> frozenset[str]:
    """Keys of the files a run skips (never the unreadable ones, which are retried)."""
    if redo not in REDO:
        raise ValueError(f"redo is one of {', '.join(REDO)}, not {redo!r}")
    if redo == "all":
        return frozenset()
    rows = conn.execute("SELECT sha256, shebao_version FROM files WHERE sha256 NOT LIKE ?",
                        (UNREADABLE + "%",))
    return frozenset(key for key, version in rows if redo == "none" or not older(version))


def delete_file(conn: sqlite3.Connection, sha: str) -> None:
    """Remove a file and everything it holds (inside the caller's transaction)."""
    for table in (*_TABLES, "files"):
        conn.execute(f"DELETE FROM {table} WHERE sha256 = ?", (sha,))


def _numbered(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> list[tuple]:
    first = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
    return [(first + i, *row[1:]) for i, row in enumerate(rows)]


def _insert_rows(conn: sqlite3.Connection, rows: FileRows) -> None:
    conn.executemany(_insert("reports", REPORT_COLUMNS), rows.reports)
    for table in ("facts", "causes", "flags", "indicators"):
        conn.executemany(_insert(table, _TABLES[table]),
                         _numbered(conn, table, getattr(rows, table)))
    conn.execute(REFRESH_FACT_FLAGS + " WHERE sha256 = ?", (rows.sha256,))
    conn.execute(_insert("files", FILE_COLUMNS), rows.file)


def write_file(conn: sqlite3.Connection, rows: FileRows) -> bool:
    """Store one file; False if its key is already there (and ``rows.replace`` is off).

    On any error (a full disk too) the transaction is rolled back and the
    error raised as it was met.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        exists = conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (rows.sha256,)).fetchone()
        if exists and not rows.replace:
            conn.execute("ROLLBACK")
            return False
        delete_file(conn, rows.sha256)  # also clears rows no files row vouches for
        _insert_rows(conn, rows)
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return True
