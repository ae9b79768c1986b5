"""Read the store back: filtered facts, flags, causes, indicators and files as plain dicts.

Each record has the fields of ``../shared/spec/output.md`` (money as
``Decimal`` with its written precision, list fields as lists) plus its
report's context: ``source``, ``sha256``, ``report_index``, ``title``,
``region``, ``report_year``.  A filter takes one value or a list of values;
``region`` matches any part of the region's name (喀什 finds 喀什地区), the
others match whole values.  ``grep`` keeps the rows holding every one of its
words as a substring (see ``search``): facts' sentences and causes' texts
and sentences through the trigram index, flags' message and text,
indicators' level names and text.  Indicators' ``met`` comes back as True, False or None; its
filter takes True, False, "true", "false" or "unknown" (None: no filter).
``select(db, table)`` with no filters iterates a whole table (for exports).
A fact carries ``flags`` (a list of kind, severity, suggestion, origin, or
None) and ``suspect`` (True when flagged as a unit or digit slip: do not sum
its ``value_wan``); its ``suspect`` filter takes True or False.
The store is opened read-only (``schema.open_readonly``); what goes wrong
with it comes out as a ``StoreError`` with a one-line message.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from decimal import Decimal

from shebao.store.errors import store_error
from shebao.store.schema import (CAUSE_COLUMNS, FACT_COLUMNS, FLAG_COLUMNS, INDICATOR_COLUMNS,
                                 open_readonly)
from shebao.store.search import contains, like_pattern, search

TABLES = {"facts": FACT_COLUMNS, "flags": FLAG_COLUMNS, "causes": CAUSE_COLUMNS,
          "indicators": INDICATOR_COLUMNS}
_CONTEXT = {"source": "r.source", "title": "r.title", "region": "r.region",
            "report_year": "r.year"}
_COMMON = {"region": "r.region", "source": "r.source", "sha256": "t.sha256"}
FILTERS: dict[str, dict[str, str | None]] = {  # filter -> column (None: a clause of its own)
    "facts": {**_COMMON, "fund": "t.fund", "metric": "t.metric", "year": "t.year",
              "basis": "t.basis", "measure": "t.measure", "account": "t.account",
              "mention": "t.mention", "period": "t.period", "suspect": "t.suspect"},
    "flags": {**_COMMON, "kind": "t.kind", "severity": "t.severity", "year": "r.year",
              "origin": "t.origin"},
    "causes": {**_COMMON, "fund": "t.fund", "metric": "t.metric", "year": "t.year",
               "effect": "t.effect", "category": None},
    "indicators": {**_COMMON, "year": "r.year", "met": None, "level1": "t.level1",
                   "level2": "t.level2", "level3": "t.level3"},
}
SUBSTRING = frozenset({"region"})  # filters matching any part of the value
_INT64 = 2 ** 63
_JSON = ("section", "related", "categories", "extra", "flags", "evidence")
_EXACT = {"value": "value_exact", "value_wan": "value_wan_exact", "target": "target_exact",
          "target_high": "target_high_exact", "actual": "actual_exact"}
MET = {"true": "t.met = 1", "false": "t.met = 0", "unknown": "t.met IS NULL"}
_MET_NAMES = {True: "true", False: "false"}


def _values(value) -> list:
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def _met_clause(values: list) -> str:
    """``met`` filter values (True/False or "true"/"false"/"unknown") as one SQL condition."""
    names = [_MET_NAMES[v] if isinstance(v, bool) else str(v).lower() for v in values]
    unknown = [n for n in names if n not in MET]
    if unknown:
        raise ValueError(f"met is one of {', '.join(MET)}, not {unknown[0]!r}")
    return "(" + " OR ".join(MET[n] for n in dict.fromkeys(names)) + ")"


def _truth(value) -> int:
    """True/False or "true"/"false" as 1/0 (the ``suspect`` filter)."""
    if isinstance(value, bool):
        return int(value)
    if str(value).lower() not in ("true", "false"):
        raise ValueError(f"suspect is true or false, not {value!r}")
    return int(str(value).lower() == "true")


def _whole(value, name: str):
    """``value`` as SQLite can compare it (an integer out of its range is refused)."""
    if isinstance(value, int) and not isinstance(value, bool) and not -_INT64 <= value < _INT64:
        raise ValueError(f"{name} {value} is out of range")
    return value


def _clause(table: str, name: str, values: list) -> tuple[str, list]:
    """One filter as an SQL condition and its parameters."""
    marks = ", ".join("?" * len(values))
    if name == "met":
        return _met_clause(values), []
    if name == "suspect":
        return f"{FILTERS[table][name]} IN ({marks})", [_truth(v) for v in values]
    if name == "category":
        return f"EXISTS (SELECT 1 FROM json_each(t.categories) WHERE value IN ({marks}))", values
    if name in SUBSTRING:
        either = " OR ".join(contains(str(FILTERS[table][name])) for _ in values)
        return f"({either})", [like_pattern(str(v)) for v in values]
    return f"{FILTERS[table][name]} IN ({marks})", [_whole(v, name) for v in values]


def _where(table: str, filters: dict, grep: str | None) -> tuple[str, list, str]:
    clauses, params = [], []
    for name, value in filters.items():
        values = [] if value is None else _values(value)
        if not values:
            continue
        if name not in FILTERS[table]:
            raise ValueError(f"{table} cannot be filtered by {name!r}")
        clause, values = _clause(table, name, values)
        clauses.append(clause)
        params.extend(values)
    found = search(table, grep)
    clauses += found.clauses
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return where, [*found.join_params, *params, *found.params], found.join


def _record(row: sqlite3.Row) -> dict:
    data = dict(row)
    for name, exact in _EXACT.items():
        if exact in data:
            text = data.pop(exact)
            data[name] = None if text is None else Decimal(text)
    for name in _JSON:
        if name in data:
            data[name] = None if data[name] is None else json.loads(data[name])
    for name in ("met", "suspect"):
        if name in data and data[name] is not None:
            data[name] = bool(data[name])
    data.pop("id", None)
    return data


def _open(db) -> tuple[sqlite3.Connection, bool]:
    """The connection to read ``db`` with, and whether it is ours to close."""
    if isinstance(db, sqlite3.Connection):
        return db, False
    return open_readonly(db), True


def _rows(db, sql: str, params: list) -> Iterator[sqlite3.Row]:
    """The rows of a query on ``db``; a damaged store is a StoreError, even midway."""
    conn, own = _open(db)
    try:
        yield from conn.execute(sql, params)
    except sqlite3.Error as exc:
        raise store_error(exc, db if own else "store") from exc
    finally:
        if own:
            conn.close()


def select(db: str | os.PathLike | sqlite3.Connection, table: str, *, grep: str | None = None,
           limit: int | None = None, **filters) -> Iterator[dict]:
    """Records of ``table`` (facts, flags, causes, indicators) matching every filter, in order."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    where, params, join = _where(table, filters, grep)
    context = ", ".join(f"{sql} AS {name}" for name, sql in _CONTEXT.items())
    sql = (f"SELECT t.*, {context} FROM {table} t{join}"
           " JOIN reports r ON r.sha256 = t.sha256 AND r.report_index = t.report_index"
           f"{where} ORDER BY r.source, t.sha256, t.report_index, t.id")
    if limit is not None:
        sql += f" LIMIT {_whole(int(limit), 'limit')}"
    for row in _rows(db, sql, params):
        yield _record(row)


def facts(db, **filters) -> list[dict]:
    """Facts with fund, metric, year, region, basis, measure, account, grep … filters."""
    return list(select(db, "facts", **filters))


def flags(db, **filters) -> list[dict]:
    """Flags with kind, severity, year (of the report), region, grep filters."""
    return list(select(db, "flags", **filters))


def causes(db, **filters) -> list[dict]:
    """Causes with fund, metric, year, region, effect, category, grep filters."""
    return list(select(db, "causes", **filters))


def indicators(db, **filters) -> list[dict]:
    """Indicators with met, level1, level2, level3, year (of the report), region, grep filters."""
    return list(select(db, "indicators", **filters))


def files(db, status: str | None = None) -> list[dict]:
    """The files of the store (path, sha256, status, error, counts), by path."""
    where, params = (" WHERE status = ?", [status]) if status else ("", [])
    return [dict(r) for r in _rows(db, f"SELECT * FROM files{where} ORDER BY path", params)]


def reports(db) -> Iterator[dict]:
    """Every report row (source, status, title, region, year, error, extra)."""
    for row in _rows(db, "SELECT * FROM reports ORDER BY source, report_index", []):
        yield _record(row)
