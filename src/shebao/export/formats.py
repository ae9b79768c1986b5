"""Export a store table to a file: one writer per format, chosen by name.

Every writer writes its file whole or not at all (``atomic``): an export
that fails half way leaves no partial file and no temporary one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from shebao.export.table import Column, table_rows

FORMATS = ("csv", "parquet", "xlsx", "jsonl")


def _jsonl(columns: list[Column], rows: Iterable[dict], path: str | os.PathLike) -> int:
    from shebao.export.atomic import atomic_open
    from shebao.export.jsonl import write_rows
    with atomic_open(path, "w", encoding="utf-8") as out:
        return write_rows(rows, out, [c.name for c in columns])


def writer(fmt: str) -> Callable[[list[Column], Iterable[dict], str | os.PathLike], int]:
    """The writer of ``fmt`` (its library imported only when asked for)."""
    if fmt == "csv":
        from shebao.export.csvfile import write_csv
        return write_csv
    if fmt == "xlsx":
        from shebao.export.xlsx import write_xlsx
        return write_xlsx
    if fmt == "parquet":
        from shebao.export.parquet import write_parquet
        return write_parquet
    if fmt == "jsonl":
        return _jsonl
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def export_table(db: str | os.PathLike, table: str, fmt: str, path: str | os.PathLike) -> int:
    """Write every row of ``table`` of the store ``db`` to ``path`` as ``fmt``; return the rows."""
    write = writer(fmt)
    columns, rows = table_rows(db, table)
    return write(columns, rows, path)
