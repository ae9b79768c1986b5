"""What the archive checks read from the store and write back into it.

``statement_rows`` streams every money statement of a dated fact with its
report's region, year, genre and source, region by region, so a checker
holds one region at a time.  ``archive_transaction`` opens the one write
transaction of a check run: the flags of an earlier run (``origin`` =
``archive``) go first, so the facts' ``suspect`` then reflects only the
checks of their own reports; ``write_archive_flags`` adds the new flags,
numbered after each report's own, and refreshes every fact's ``flags`` and
``suspect``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from shebao.store.errors import rollback
from shebao.store.schema import FLAG_COLUMNS, REFRESH_FACT_FLAGS, quoted

ARCHIVE = "archive"  # flags.origin of the flags a check run across reports writes

STATEMENTS = """
SELECT f.id AS fact_id, f.sha256, f.report_index, r.source, r.title, r.region,
       r.year AS report_year, r.genre, f.fund, f.fund_name, f.account, f.metric, f.metric_name,
       f.year, f.basis, f.measure, f.value_exact, f.unit, f.value_wan_exact, f.text,
       f.start, f."end", f.confidence, f.mention, f.period, f.period_scope, f.suspect
FROM facts f JOIN reports r ON r.sha256 = f.sha256 AND r.report_index = f.report_index
WHERE r.status = 'ok' AND r.region IS NOT NULL AND f.year IS NOT NULL
  AND f.value_wan IS NOT NULL AND f.value_exact IS NOT NULL
ORDER BY r.region, f.id
"""


def statement_rows(conn: sqlite3.Connection) -> Iterator[list[sqlite3.Row]]:
    """The money statements of dated facts, one list per region (regions in order)."""
    region: str | None = None
    batch: list[sqlite3.Row] = []
    for row in conn.execute(STATEMENTS):
        if batch and row["region"] != region:
            yield batch
            batch = []
        region = row["region"]
        batch.append(row)
    if batch:
        yield batch


@contextmanager
def archive_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction in which the earlier archive flags are already gone."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM flags WHERE origin = ?", (ARCHIVE,))
        conn.execute(REFRESH_FACT_FLAGS)
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)  # a full disk may have ended it already: its error is the one to see
        raise


def write_archive_flags(conn: sqlite3.Connection, rows: list[dict]) -> int:
    """Insert flags (dicts of FLAG_COLUMNS less id, flag_index, origin); refresh the facts."""
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM flags").fetchone()[0]
    columns = tuple(c for c in FLAG_COLUMNS)
    sql = f"INSERT INTO flags ({quoted(columns)}) VALUES ({', '.join('?' * len(columns))})"
    next_index: dict[tuple[str, int], int] = {}
    values = []
    for n, row in enumerate(rows):
        report = (row["sha256"], row["report_index"])
        if report not in next_index:
            next_index[report] = conn.execute(
                "SELECT coalesce(max(flag_index), -1) + 1 FROM flags"
                " WHERE sha256 = ? AND report_index = ?", report).fetchone()[0]
        full = {**row, "id": first + n, "flag_index": next_index[report], "origin": ARCHIVE}
        next_index[report] += 1
        values.append(tuple(full.get(c) for c in columns))
    conn.executemany(sql, values)
    conn.execute(REFRESH_FACT_FLAGS)
    return len(values)
