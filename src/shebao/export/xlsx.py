"""A store table as an Excel workbook: a header row, figures as numeric cells.

Written with openpyxl's write-only mode (rows are streamed to the file, so
memory stays flat).  Money and rates are numbers whose display format keeps
the written decimals (``3120.40`` shows as such); lists and nested values
are JSON text; characters Excel refuses (control characters) are dropped.
Every text is a string cell, never a formula: one starting like a formula
(``=``, ``+``, ``-``, ``@``, tab, CR; see ``cells``) is written as a string
with Excel's quote prefix, so it stays text even when edited.  The workbook
is written whole or not at all (``atomic``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from contextlib import suppress
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from shebao.export.atomic import atomic_path
from shebao.export.cells import formula_like
from shebao.export.table import Column
from shebao.jsonvalue import safe_text

MAX_TEXT = 32767  # characters Excel keeps in one cell


def number_format(value: Decimal) -> str:
    """``0``, ``0.0``, ``0.00`` … as many decimals as written."""
    exponent = value.as_tuple().exponent  # an int for a finite Decimal
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return "0." + "0" * places if places else "0"


def _cell(sheet, column: Column, value):
    if value is None:
        return None
    if column.kind == "decimal":
        cell = WriteOnlyCell(sheet, value=float(value))
        cell.number_format = number_format(value)
        return cell
    if column.kind in ("list", "json"):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return _text(sheet, ILLEGAL_CHARACTERS_RE.sub("", safe_text(value))[:MAX_TEXT])
    return value


def _text(sheet, text: str):
    """``text`` as a cell value: a string cell, never a formula."""
    if not formula_like(text):
        return text  # openpyxl writes any other text as a string
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl took a leading "=" for a formula
    cell.quotePrefix = True
    return cell


def write_xlsx(columns: list[Column], rows: Iterable[dict], path: str | os.PathLike,
               title: str = "data") -> int:
    """Write one sheet: the column names, then one row per record; return the rows."""
    n = 0
    with atomic_path(path) as temp:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title)
        sheet.append([c.name for c in columns])
        try:
            for row in rows:
                sheet.append([_cell(sheet, c, row.get(c.name)) for c in columns])
                n += 1
        except BaseException:
            _abandon(sheet)
            raise
        book.save(temp)
    return n


def _abandon(sheet) -> None:
    """End a half-written sheet's stream and remove openpyxl's temporary file of it."""
    with suppress(Exception):
        sheet.close()
    with suppress(Exception):
        sheet._writer.cleanup()
