"""A store table as CSV in UTF-8 with a BOM (so Excel reads the Chinese right).

Money and rates keep their written digits (``3120.40`` stays ``3120.40``,
``0.0000001`` is not written ``1E-7``); lists and nested values are JSON;
``met`` is ``true``/``false``; a missing value is an empty cell.  A text
cell starting like a formula (``=``, ``+``, ``-``, ``@``, tab, CR) gets a
leading single quote (see ``cells``).  The file is written whole or not at
all (``atomic``).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from decimal import Decimal

from shebao.export.atomic import atomic_open
from shebao.export.cells import neutral
from shebao.export.table import Column
from shebao.jsonvalue import exact_text, safe_text


def cell(value) -> str:
    """The CSV text of one value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict, tuple)):
        return neutral(safe_text(json.dumps(value, ensure_ascii=False)))
    if isinstance(value, Decimal):
        return exact_text(value)
    if isinstance(value, str):
        return neutral(safe_text(value))
    return str(value)


def write_csv(columns: list[Column], rows: Iterable[dict], path: str | os.PathLike) -> int:
    """Write a header and one line per row; return the number of rows."""
    names = [c.name for c in columns]
    n = 0
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(names)
        for row in rows:
            writer.writerow([cell(row.get(name)) for name in names])
            n += 1
    return n
