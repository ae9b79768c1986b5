"""Commit one file's rows in one transaction: all of them or none.

The ``files`` row is inserted last, inside the same transaction as the
file's reports, facts, flags, causes and indicators, so its presence means "done": a
run killed at any moment leaves either the whole file or nothing of it.  Each
fact's ``flags`` and ``suspect`` are filled from the file's flags.
"""

from __future__ import annotations

import sqlite3

from shebao.store.rows import FileRows
from shebao.store.schema import (CAUSE_COLUMNS, FACT_COLUMNS, FILE_COLUMNS, FLAG_COLUMNS,
                                 FTS_TABLES, INDICATOR_COLUMNS, REFRESH_FACT_FLAGS,
                                 REPORT_COLUMNS, quoted)

UNREADABLE = "unreadable:"  # key prefix of files that could not be read at all

_TABLES = {"reports": REPORT_COLUMNS, "facts": FACT_COLUMNS, "flags": FLAG_COLUMNS,
           "causes": CAUSE_COLUMNS, "indicators": INDICATOR_COLUMNS}


def _insert(table: str, columns: tuple[str, ...]) -> str:
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({quoted(columns)}) VALUES ({marks})"


def done_keys(conn: sqlite3.Connection) -> frozenset[str]:
    """Keys of the files a rerun skips (all but the unreadable ones, which are retried)."""
    rows = conn.execute("SELECT sha256 FROM files WHERE sha256 NOT LIKE ?", (UNREADABLE + "%",))
    return frozenset(r[0] for r in rows)


def delete_file(conn: sqlite3.Connection, sha: str) -> None:
    """Remove a file and everything it holds (inside the caller's transaction)."""
    for table, fts in FTS_TABLES.items():
        conn.execute(f"DELETE FROM {fts} WHERE rowid IN (SELECT id FROM {table} WHERE sha256 = ?)",
                     (sha,))
    for table in (*_TABLES, "files"):
        conn.execute(f"DELETE FROM {table} WHERE sha256 = ?", (sha,))


def _numbered(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> list[tuple]:
    first = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
    return [(first + i, *row[1:]) for i, row in enumerate(rows)]


def _insert_rows(conn: sqlite3.Connection, rows: FileRows) -> None:
    conn.executemany(_insert("reports", REPORT_COLUMNS), rows.reports)
    for table, words in (("facts", rows.fact_words), ("causes", rows.cause_words)):
        numbered = _numbered(conn, table, getattr(rows, table))
        conn.executemany(_insert(table, _TABLES[table]), numbered)
        conn.executemany(f"INSERT INTO {FTS_TABLES[table]} (rowid, words) VALUES (?, ?)",
                         [(row[0], w) for row, w in zip(numbered, words)])
    for table in ("flags", "indicators"):
        conn.executemany(_insert(table, _TABLES[table]),
                         _numbered(conn, table, getattr(rows, table)))
    conn.execute(REFRESH_FACT_FLAGS + " WHERE sha256 = ?", (rows.sha256,))
    conn.execute(_insert("files", FILE_COLUMNS), rows.file)


def write_file(conn: sqlite3.Connection, rows: FileRows) -> bool:
    """Store one file; False if its key is already there (and ``rows.replace`` is off)."""
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
        conn.execute("ROLLBACK")
        raise
    return True
