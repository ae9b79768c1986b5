"""The checks across an archive: restatements against their year's report, series jumps.

``check_store`` runs them over a store region by region, inside one write
transaction: the flags of an earlier run go, the new ones are written with
``origin`` = ``archive`` and the other reports as ``evidence``, and every
fact's ``flags`` and ``suspect`` are refreshed.  At most one flag lands on
a figure (slips before conflicts, as in a report's own checks), and none on
a figure its own report already flags as a slip.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Iterable

from shebao.check.jumps import jump_flags
from shebao.check.restated import restatement_flags
from shebao.check.run import KIND_RANK
from shebao.check.statements import ArchiveFlag, Statement, statement
from shebao.jsonvalue import to_jsonable
from shebao.store.archive import archive_transaction, statement_rows, write_archive_flags
from shebao.store.schema import connect


def check_region(statements: list[Statement]) -> list[ArchiveFlag]:
    """The archive flags of one region's statements, at most one per figure."""
    restated = list(restatement_flags(statements))
    flagged = {f.at.fact_id for f in restated}
    best: dict[tuple, ArchiveFlag] = {}
    for f in [*restated, *jump_flags(statements, flagged)]:
        spot = (f.at.sha256, f.at.report_index, f.flag.start)
        rank = (KIND_RANK[f.flag.kind], f.flag.severity != "error")
        kept = best.get(spot)
        if kept is None or rank < (KIND_RANK[kept.flag.kind], kept.flag.severity != "error"):
            best[spot] = f
    return sorted(best.values(), key=lambda f: (f.at.source, f.at.report_index, f.flag.start))


def flag_row(f: ArchiveFlag) -> dict:
    """The store row of an archive flag (``related`` empty: the evidence is elsewhere)."""
    data = dataclasses.asdict(f.flag)
    data.pop("related")
    evidence = [s.evidence() for s in f.evidence]
    return {**data, "sha256": f.at.sha256, "report_index": f.at.report_index, "related": "[]",
            "evidence": json.dumps(to_jsonable(evidence), ensure_ascii=False)}


def check_connection(conn: sqlite3.Connection) -> list[ArchiveFlag]:
    """Run the archive checks on an open store and write their flags."""
    out: list[ArchiveFlag] = []
    with archive_transaction(conn):
        for rows in statement_rows(conn):
            out.extend(check_region([statement(r) for r in rows]))
        write_archive_flags(conn, [flag_row(f) for f in out])
    return out


def check_store(db: str | os.PathLike) -> list[ArchiveFlag]:
    """Run the archive checks on the store at ``db``; the flags written, by report."""
    if not os.path.exists(db):
        raise FileNotFoundError(f"no store at {db}")
    conn = connect(db)
    try:
        return check_connection(conn)
    finally:
        conn.close()


def reports_checked(db: str | os.PathLike) -> int:
    conn = connect(db)
    try:
        return conn.execute("SELECT count(*) FROM reports WHERE status = 'ok'").fetchone()[0]
    finally:
        conn.close()


def by_report(flags: Iterable[ArchiveFlag]) -> dict[tuple[str, str, int], list[ArchiveFlag]]:
    """(source, sha256, report index) → its flags, in order."""
    out: dict[tuple[str, str, int], list[ArchiveFlag]] = {}
    for f in flags:
        out.setdefault((f.at.source, f.at.sha256, f.at.report_index), []).append(f)
    return out
