"""What a table column measures, from its header (``table_columns.yaml``).

``column_role("2023年调整后预算数", base_year=2023)`` gives year 2023, basis
budget, measure level; "上年同期累计执行数" the actual level of the year
before, cumulative; "执行进度%" a budget rate whose bare numbers are
percents; "占比" nothing.  A header naming a metric or a fund
("基金收入", "企业职工基本养老保险") carries it on the role, so a table
whose rows are funds and whose columns are metrics is read as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from shebao.records import Basis, Measure
from shebao.link.context import FundRef
from shebao.resources import load
from shebao.tag.terms import find_terms
from shebao.textcache import text_cache

PATTERN = {"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}
ROLE = {"name": str, "measure": str, "basis": str, "year_offset": int, "percent": bool,
        "pattern": str, "examples": [str], "counter_examples": [str]}
COLUMNS_SCHEMA = {"roles": [ROLE], "periods": [PATTERN], "markers": [PATTERN]}


@dataclass(frozen=True)
class ColumnRole:
    """What the cells of one column measure."""

    year: int | None
    basis: Basis
    measure: Measure
    percent: bool = False  # bare numbers are percents
    period: str | None = None  # current / cumulative, when the header says
    unit: str | None = None  # money unit written in the header
    metric: tuple[str, str | None] | None = None  # (metric id, name) the header names
    fund: FundRef | None = None  # the fund the header names


def _compile(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.VERBOSE)


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("table_columns.yaml", COLUMNS_SCHEMA)


@lru_cache(maxsize=1)
def roles() -> tuple[tuple[dict, regex.Pattern], ...]:
    return tuple((r, _compile(r["pattern"])) for r in _data()["roles"])


@lru_cache(maxsize=None)
def marker(name: str) -> regex.Pattern:
    """A named pattern of the ``markers`` or ``periods`` lists."""
    items = _data()["markers"] + _data()["periods"]
    return next(_compile(m["pattern"]) for m in items if m["name"] == name)


def default_basis(caption: str) -> Basis:
    """budget for a budget table's caption (…预算表), else actual."""
    budget = marker("budget_caption").search(caption)
    return "budget" if budget and not marker("actual_caption").search(caption) else "actual"


def caption_year(caption: str) -> int | None:
    m = marker("any_year").search(caption)
    return int(m.group("year")) if m else None


def _named(col: str) -> tuple[tuple[str, str | None] | None, FundRef | None]:
    terms = find_terms(col)
    metrics = [t for t in terms if t.kind == "metric"]
    funds = [t for t in terms if t.kind == "fund"]
    metric = (metrics[-1].id, metrics[-1].name if metrics[-1].id == "other" else None) if metrics else None
    fund = FundRef(funds[0].id, funds[0].name) if funds else None
    return metric, fund


def _period(col: str) -> str | None:
    for name in ("current", "cumulative"):
        if marker(name).search(col):
            return name
    return None


@text_cache(maxsize=4096)
def column_role(column: str, base_year: int | None,
                basis: Basis = "actual") -> ColumnRole | None:
    """The role of ``column``; None when its cells hold no facts.

    ``base_year`` is the table's year (the year of unqualified columns),
    ``basis`` the table's default basis.
    """
    col = "".join(column.split())
    year = marker("year").match(col)
    rest = col[year.end():] if year else col
    metric, fund = _named(rest)
    unit = marker("unit").search(rest)
    found = next(((r, p) for r, p in roles() if p.search(rest)), None)
    if found is None and not (year or metric or fund):
        return None
    role: dict[str, Any] = found[0] if found else {"measure": "level", "basis": "default", "year_offset": 0,
                                   "percent": False}
    if role["measure"] == "ignore":
        return None
    at = int(year.group("year")) if year else base_year
    at = at + role["year_offset"] if at is not None else None
    role_basis = role["basis"]
    if role_basis == "default":  # the header's own word, else the table's (actual for 上年)
        said = default_basis(rest) == "budget"
        role_basis = "budget" if said else ("actual" if role["year_offset"] else basis)
    percent = role["percent"] or bool(marker("percent").search(rest))
    return ColumnRole(year=at, basis=role_basis, measure=role["measure"], percent=percent,
                      period=_period(rest), unit=unit.group("unit") if unit else None,
                      metric=metric, fund=fund)
