"""Review items for the files of a store (``shebao extract --db``).

Only the store's list of files is read (its ``files`` table: path and
sha256); each file still found at its path is extracted again with this
version of shebao, so the page shows what the pipeline finds now, not the
store's rows.  A file that is gone or changed is listed with the reason.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from shebao.review.gather import ReviewItem, items_from_report


def _error(path: str, reason: str, origin: str) -> ReviewItem:
    record = {"source": path, "report_index": 0, "status": "error", "error": reason}
    return ReviewItem(record=record, text=None, origin=origin)


def stored_files(db: Path) -> list[tuple[str, str | None]]:
    """(path, sha256) of every file in the store, by path; raises sqlite3.Error."""
    uri = f"{db.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("SELECT path, sha256 FROM files ORDER BY path, sha256").fetchall()
    finally:
        conn.close()
    return [(str(p), s) for p, s in rows]


def items_from_store(db: Path) -> Iterator[ReviewItem]:
    """Items of the files the store lists, each extracted again as it comes."""
    origin = f"store {db}"
    try:
        files = stored_files(db)
    except sqlite3.Error as exc:
        yield _error(str(db), f"{db}: not a shebao store ({exc})", origin)
        return
    for path, sha256 in files:
        found = items_from_report(path, origin=origin)
        if any(i.record.get("sha256") not in (None, sha256) for i in found):
            reason = f"{path} changed since it was stored (sha256 differs); not shown"
            yield _error(path, reason, origin)
            continue
        yield from found
