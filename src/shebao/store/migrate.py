"""Bring a store of an older schema version up to date, in one transaction.

``MIGRATIONS[n]`` takes a store of version n to n + 1 (SQL, or a function
of the connection); ``ddl.DDL`` then adds what is new (tables, indexes,
triggers, views: all ``IF NOT EXISTS``).  Version 5 rebuilds the tables
that gain foreign keys (SQLite cannot add them in place: create, copy, drop,
rename, with the views and the old word index dropped first), adds
``files.shebao_version`` (NULL for the files stored before: older than
any version) and fills the new trigram index from the rows.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable

from shebao.store.ddl import DDL, REBUILD_FTS, REFRESH_FACT_FLAGS, TABLES, VIEW_NAMES, statements
from shebao.store.errors import StoreError, rollback

SCHEMA_VERSION = 5  # 2: the indicators table (issue 6); 3: genre, period, page;
# 4: flags per fact, suspect, flag origin and evidence, the series views;
# 5: foreign keys, trigram search kept by triggers, shebao version per file, views with reports


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _rebuild(conn: sqlite3.Connection, table: str) -> None:
    """Recreate ``table`` as ``TABLES`` has it now, keeping its rows."""
    new = f"{table}_v5"
    conn.execute(TABLES[table].replace(f"IF NOT EXISTS {table} (", f"{new} (", 1))
    old = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({new})")
                     if r[1] in old)
    conn.execute(f"INSERT INTO {new} ({cols}) SELECT {cols} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {new} RENAME TO {table}")


def _to_v5(conn: sqlite3.Connection) -> None:
    for view in VIEW_NAMES:  # a view naming a dropped table would stop the renames
        conn.execute(f"DROP VIEW IF EXISTS {view}")
    for fts in ("facts_fts", "causes_fts"):  # the jieba word index of versions 1 to 4
        conn.execute(f"DROP TABLE IF EXISTS {fts}")
    conn.execute("ALTER TABLE files ADD COLUMN shebao_version TEXT")
    present = _tables(conn)
    for table in TABLES:
        if table != "files" and table in present:
            _rebuild(conn, table)


Step = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Step] = {
    1: "ALTER TABLE files ADD COLUMN indicators INTEGER NOT NULL DEFAULT 0",
    2: ("ALTER TABLE reports ADD COLUMN genre TEXT;"
        "ALTER TABLE facts ADD COLUMN period TEXT;"
        "ALTER TABLE facts ADD COLUMN period_scope TEXT;"
        "ALTER TABLE facts ADD COLUMN page INTEGER"),
    3: ("ALTER TABLE facts ADD COLUMN flags TEXT;"
        "ALTER TABLE facts ADD COLUMN suspect INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE flags ADD COLUMN origin TEXT NOT NULL DEFAULT 'report';"
        "ALTER TABLE flags ADD COLUMN evidence TEXT;" + REFRESH_FACT_FLAGS),
    4: _to_v5,
}


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def newer_message(path: str | os.PathLike, found: int) -> str:
    return (f"{path}: store schema {found}, this shebao reads {SCHEMA_VERSION} and older; "
            "upgrade shebao or extract into a new store")


def refuse_foreign(conn: sqlite3.Connection, path: str | os.PathLike, found: int) -> None:
    """Raise a StoreError for a newer store or a database that is no store (version 0, tables)."""
    if found > SCHEMA_VERSION or (found and found != SCHEMA_VERSION and found not in MIGRATIONS):
        raise StoreError(newer_message(path, found))
    if not found and _tables(conn):
        names = ", ".join(sorted(_tables(conn))[:3])
        raise StoreError(f"{path}: not a shebao store (an SQLite database of other tables: "
                         f"{names}…); give a new file or a store of `shebao extract --db`")


def upgrade(conn: sqlite3.Connection, path: str | os.PathLike) -> None:
    """Create a new store (version 0, no tables) or migrate an older one, in one transaction.

    A database of other tables (version 0) or of a newer version is refused.
    Foreign keys must be off (the connection's default) while tables are rebuilt.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = version(conn)  # again, under the lock: another process may have done it
        if found == SCHEMA_VERSION:
            conn.execute("COMMIT")
            return
        refuse_foreign(conn, path, found)
        for v in range(found, SCHEMA_VERSION) if found else ():
            step = MIGRATIONS[v]
            if callable(step):
                step(conn)
            else:
                for statement in statements(step):
                    conn.execute(statement)
        for statement in statements(DDL) + (REBUILD_FTS if found else []):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
