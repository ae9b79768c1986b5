"""The tables' columns, and opening the SQLite store for writing or for reading only.

Column lists are the single source of truth: ``rows`` builds tuples in this
order and ``write`` builds its INSERTs from them.  List fields (``section``,
``related``, ``categories``) hold JSON; money values are stored twice, as
REAL for filtering and sorting and as exact text (``value_exact``) keeping
the written precision; ``indicators.met`` is 1, 0 or NULL (unknown) and
``indicators.table_title`` is the record's ``title`` (the self-evaluation
table's; ``title`` in a query row is the report's).
A fact carries its flags (``facts.flags``: JSON list of kind, severity,
suggestion, origin; NULL when none) and ``suspect`` (1 when one of them is a
unit or digit slip: its ``value_wan`` must not be summed); ``REFRESH_FACT_FLAGS``
recomputes both from the flags table.  A flag's ``origin`` is ``report``
(the checks of its own report) or ``archive`` (``shebao check --db``: other
reports of the store, named in ``evidence``).  The ``series`` view gives one
value per (region, fund, account, metric, period, basis, measure, year),
``series_statements`` every statement of it.
``files.sha256`` is the key of a file's bytes; a file that cannot be read
at all is keyed ``unreadable:<path>``; ``files.shebao_version`` is the
version of shebao that stored the file.  The SQL is in ``ddl``; a store of
an older schema version is migrated on opening (``migrate``), a newer one
is refused.  Queries open the store read-only (``open_readonly``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from shebao.store.ddl import DDL, FTS_COLUMNS, REFRESH_FACT_FLAGS
from shebao.store.errors import StoreError, explain, store_error
from shebao.store.migrate import SCHEMA_VERSION, newer_message, refuse_foreign, upgrade, version

FILE_COLUMNS = ("sha256", "path", "size", "status", "error",
                "reports", "facts", "flags", "causes", "done_at", "indicators", "shebao_version")
REPORT_COLUMNS = ("sha256", "report_index", "source", "status", "title", "region", "year",
                  "error", "extra", "genre")
FACT_COLUMNS = ("id", "sha256", "report_index", "fact_index", "fund", "fund_name", "account",
                "metric", "metric_name", "year", "basis", "measure", "value", "value_exact",
                "unit", "value_wan", "value_wan_exact", "text", "sentence", "section",
                "start", "end", "confidence", "part_of", "part_list", "mention",
                "period", "period_scope", "page", "flags", "suspect")
FLAG_COLUMNS = ("id", "sha256", "report_index", "flag_index", "kind", "severity", "message",
                "text", "start", "end", "suggestion", "related", "origin", "evidence")
CAUSE_COLUMNS = ("id", "sha256", "report_index", "cause_index", "fund", "metric", "year",
                 "effect", "text", "cue", "categories", "sentence", "start", "end", "extra")
INDICATOR_COLUMNS = ("id", "sha256", "report_index", "indicator_index", "level1", "level2",
                     "level3", "target_text", "target", "target_exact", "target_high",
                     "target_high_exact", "comparator", "unit", "actual_text", "actual",
                     "actual_exact", "actual_comparator", "actual_unit", "met", "text",
                     "start", "end", "table_title", "section")


# Full-text search (trigram, external content): table → its FTS table (rowid = the row's id).
FTS_TABLES = {table: fts for table, (fts, _) in FTS_COLUMNS.items()}
_OURS = frozenset({"files", "reports", "facts"})

__all__ = ["DDL", "FTS_TABLES", "REFRESH_FACT_FLAGS", "SCHEMA_VERSION", "StoreError",
           "check_integrity", "connect", "open_readonly", "quoted"]


def connect(path: str | os.PathLike, *, check: bool = False) -> sqlite3.Connection:
    """Open the store at ``path`` for writing, creating it if needed; rows as ``sqlite3.Row``.

    The connection is in autocommit mode: writers open their own
    transactions (``BEGIN IMMEDIATE``); foreign keys are enforced (at commit).
    WAL lets readers query during a run.  An older store is migrated, a newer
    one, a damaged one (``check``: ``PRAGMA quick_check`` first) or a
    database that is not a store is refused with a ``StoreError``.
    """
    if os.path.isdir(path):
        raise StoreError(f"{path}: a folder, not a store")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    conn.row_factory = sqlite3.Row
    try:
        refuse_foreign(conn, path, version(conn))  # before anything is written
        if check:
            check_integrity(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        if version(conn) != SCHEMA_VERSION:
            upgrade(conn, path)
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise store_error(exc, path) from exc
        raise
    return conn


def check_integrity(conn: sqlite3.Connection, path: str | os.PathLike) -> None:
    """Raise a StoreError unless ``PRAGMA quick_check`` finds the store whole."""
    try:
        rows = conn.execute("PRAGMA quick_check(3)").fetchall()
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    else:
        problem = next((str(r[0]) for r in rows if r[0] != "ok"), "")
    if problem:
        raise StoreError(f"{path}: store damaged (quick_check: {' '.join(problem.split())}); "
                         "nothing written; restore a backup or extract into a new store")


def _readonly(path: str | os.PathLike, immutable: bool = False) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


def _probe(conn: sqlite3.Connection, path: str | os.PathLike) -> int:
    """The store's schema version; a StoreError (connection closed) if it is none of ours."""
    try:
        found = version(conn)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        conn.close()
        raise store_error(exc, path) from exc
    what = (f"no {', '.join(sorted(_OURS - names))} table" if _OURS - names
            else "schema version 0")
    problem = None
    if found > SCHEMA_VERSION:
        problem = newer_message(path, found)
    elif not found or not _OURS <= names:
        problem = f"{path}: not a shebao store ({what})"
    if problem:
        conn.close()
        raise StoreError(problem)
    return found


def _open_readonly(path: str | os.PathLike) -> tuple[sqlite3.Connection, int]:
    conn = _readonly(path)
    try:
        return conn, _probe(conn, path)
    except StoreError as exc:
        wal = Path(f"{path}-wal")
        cause = exc.__cause__
        if not (isinstance(cause, sqlite3.OperationalError)
                and getattr(cause, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_CANTOPEN
                and not (wal.exists() and wal.stat().st_size)):
            raise
    # A WAL store on a read-only medium, with no log to read: nothing can change it.
    conn = _readonly(path, immutable=True)
    return conn, _probe(conn, path)


def open_readonly(path: str | os.PathLike) -> sqlite3.Connection:
    """Open the store at ``path`` for queries only (``mode=ro``: no write, no WAL switch).

    A store that is missing (FileNotFoundError), not a shebao store, newer
    or damaged gives a StoreError.  An older store is migrated first when it
    can be written (as any opening did before), else refused.
    """
    if not os.path.exists(path):
        raise FileNotFoundError(f"no store at {path}")
    if os.path.isdir(path):
        raise StoreError(f"{path}: a folder, not a store")
    conn, found = _open_readonly(path)
    if found == SCHEMA_VERSION:
        return conn
    conn.close()
    try:
        connect(path).close()
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: store schema {found} needs upgrading to {SCHEMA_VERSION}, "
                         f"which failed: {explain(exc, path)}") from exc
    return _open_readonly(path)[0]


def quoted(columns: tuple[str, ...]) -> str:
    """Column list for SQL (``end`` is a keyword)."""
    return ", ".join(f'"{c}"' for c in columns)
