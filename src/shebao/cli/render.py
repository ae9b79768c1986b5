"""Print query records as a readable table, CSV or JSON Lines."""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO

from shebao.export.csvfile import cell as csv_cell
from shebao.jsonvalue import to_jsonable

MAX_CELL = 40  # display columns of a table cell before it is cut with …


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def width(text: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, limit: int = MAX_CELL) -> str:
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    out, used = "", 0
    for ch in text:
        if used + width(ch) > limit - 1:
            break
        out, used = out + ch, used + width(ch)
    return out + "…"


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def write_table(records: Iterable[dict], columns: list[str], out: IO[str]) -> int:
    """An aligned text table of ``columns`` (holds the rows to measure them)."""
    rows = [[_cut(_text(r.get(c))) for c in columns] for r in records]
    sizes = [max([width(c), *(width(row[i]) for row in rows)]) for i, c in enumerate(columns)]
    for line in [columns, ["-" * s for s in sizes], *rows]:
        out.write("  ".join(_pad(cell, s) for cell, s in zip(line, sizes)).rstrip() + "\n")
    return len(rows)


def write_csv(records: Iterable[dict], out: IO[str]) -> int:
    """CSV with the full records, header from the first one (text cells as ``export.cells``)."""
    writer, n = None, 0
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in record.items()})  # no formula cells
        n += 1
    return n



def write_json(records: Iterable[dict], out: IO[str]) -> int:
    """One JSON object per line."""
    n = 0
    for record in records:
        out.write(json.dumps(to_jsonable(record), ensure_ascii=False) + "\n")
        n += 1
    return n


def write(records: Iterator[dict], fmt: str, columns: list[str], out: IO[str]) -> int:
    if fmt == "csv":
        return write_csv(records, out)
    if fmt == "json":
        return write_json(records, out)
    return write_table(records, columns, out)
