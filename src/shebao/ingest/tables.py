"""Grid tables (from PDF or DOCX) written as the text lines segment rebuilds.

A table whose body rows are a label and figures becomes the flattened
form of ``segment/tables.py``: "项目", the non-year column headers one
per line, the year line ("2020 2021"), then one "label n1 n2 …" line per
row.  Headers with years inside ("2021年预算数") go on one
"项目 2021年预算数 2021年执行数" line instead.  (A spaced header line
"项目 2020年 2021年 同比增长额" is not used: the normaliser squashes it and
its columns are lost.)  Any other table (a self-evaluation table, text
cells, empty cells) becomes TAB-joined rows, the form text extraction
gives grids and that segment keeps out of the prose.  A row whose cells
all hold one text (a merged "单位：万元" row) becomes a line of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from shebao.resources import load

PATTERN = {"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}
SCHEMA = {"row_head": str, "year_column": PATTERN}

FIGURE = regex.compile(r"""
    ^[-−+]?                         # sign
    \d[\d,]*(?:\.\d+)?              # the number as written
    [%％]?$                         # percent
""", regex.VERBOSE)

DIGIT = regex.compile(r"\d")  # any digit


@lru_cache(maxsize=1)
def _resource() -> dict:
    return load("ingest_tables.yaml", SCHEMA)


def row_head() -> str:
    """The header written over the label column ("项目")."""
    return _resource()["row_head"]


@lru_cache(maxsize=1)
def year_column() -> regex.Pattern:
    """A header cell that is only a year (group ``year``)."""
    return regex.compile(_resource()["year_column"]["pattern"], regex.VERBOSE)


def clean(cell: str | None) -> str:
    """A cell's text on one line, its inner spaces dropped."""
    return "".join((cell or "").split())


def is_figure_row(cells: Sequence[str]) -> bool:
    """A label followed by at least one figure, nothing else."""
    return len(cells) >= 2 and bool(cells[0]) and all(FIGURE.match(c) for c in cells[1:])


def _header_lines(header: Sequence[str]) -> list[str]:
    values = list(header[1:])
    years = []
    while values and (m := year_column().match(values[0])):
        years.append(m.group("year"))
        values.pop(0)
    if any(DIGIT.search(v) for v in values):
        return [" ".join([row_head(), *header[1:]])]
    return [row_head(), *values, *([" ".join(years)] if years else [])]


def table_lines(header: Sequence[str] | None, rows: Sequence[Sequence[str | None]]) -> list[str]:
    """Text lines of one table: ``header`` cells (or None) and body ``rows``."""
    grid = [[clean(c) for c in row] for row in ([header] if header else []) + list(rows)]
    lines = []
    while grid and len({c for c in grid[0] if c}) == 1:
        lines.append(next(c for c in grid[0] if c))  # a merged caption or unit row
        grid.pop(0)
    if grid and not is_figure_row(grid[0]):
        head, body = grid[0], grid[1:]
    else:
        head, body = None, grid
    if body and all(is_figure_row(r) for r in body):
        return lines + (_header_lines(head) if head else []) + [" ".join(r) for r in body]
    return lines + ["\t".join(r) for r in grid]
