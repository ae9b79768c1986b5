"""A progress bar over the records of a command that runs the pipeline (check, causes, review).

The total is the number of report files under the inputs (a quick walk),
so the bar shows an ETA; a record with ``report_index`` 0 starts a new
file.  A store counts the files it lists (review extracts them again).
When an input is a JSON Lines file its records are not files, and the bar
only counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from shebao.cli.common import is_sqlite
from shebao.progress import FileBar

T = TypeVar("T")


def _stored_files(db: str) -> int | None:
    import sqlite3
    from pathlib import Path

    try:
        conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM files").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _files(item: str) -> int | None:
    from shebao.ingest.read import iter_paths

    if str(item).lower().endswith((".jsonl", ".json")):
        return None
    if is_sqlite(item):
        return _stored_files(item)
    return sum(1 for _ in iter_paths([item]))


def count_files(inputs: list[str]) -> int | None:
    """Report files under ``inputs`` (a store: the files it lists); None for JSON Lines."""
    counts = [_files(i) for i in inputs]
    return None if None in counts else sum(c for c in counts if c is not None)


def tracked(records: Iterable[T], inputs: list[str], progress: bool,
            record_of=lambda item: item) -> Iterator[T]:
    """``records`` unchanged, each counted on a bar (drawn only when ``progress``)."""
    total = count_files(list(inputs)) if progress else None
    with FileBar(total, progress) as bar:
        for item in records:
            bar.add_record(record_of(item))
            yield item
