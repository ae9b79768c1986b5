"""What a store table exports as: typed columns, and its rows as a stream of dicts.

Columns come from the store's schema (``PRAGMA table_info``), so an export
follows the tables as they grow.  Kinds: ``int``, ``float``, ``text``,
``decimal`` (money, rates and indicator values: ``Decimal`` keeping the
written precision), ``bool`` (``met``: true, false or empty when unknown),
``list`` (lists of strings: ``section``, ``categories``) and ``json``
(nested values: ``related``, ``extra``).  Rows of facts, flags, causes and
indicators carry their report's context (source, title, region, report_year), as the
query commands show them.  A fact row carries its ``page`` (PDF input), its
``flags`` (kind, severity, suggestion, origin) and ``suspect`` (true when one
is a unit or digit slip: its ``value_wan`` is not to be summed), and beside
``value_wan`` the column to sum, ``value_wan_to_sum``: ``value_wan``, empty
for a suspect fact (as the ``series`` view's ``value_wan``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from shebao.store.query import reports, select
from shebao.store.schema import open_readonly

TABLES = ("facts", "causes", "flags", "indicators", "reports")
DECIMALS = {"value_exact": "value", "value_wan_exact": "value_wan",  # exact text → column
            "target_exact": "target", "target_high_exact": "target_high",
            "actual_exact": "actual"}
BOOLS = frozenset({"met", "suspect"})
LISTS = frozenset({"section", "categories"})
JSON = frozenset({"related", "extra", "flags", "evidence"})
TO_SUM = "value_wan_to_sum"  # facts: value_wan unless suspect
CONTEXT = (("source", "text"), ("title", "text"), ("region", "text"), ("report_year", "int"))
_SQL_KINDS = {"INTEGER": "int", "REAL": "float", "TEXT": "text"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # int, float, text, decimal, bool, list or json


def _kind(name: str, declared: str) -> str:
    if name in BOOLS:
        return "bool"
    if name in LISTS:
        return "list"
    if name in JSON:
        return "json"
    return _SQL_KINDS.get(declared.upper(), "text")


def columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    """The exported columns of ``table``, in order."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    out = []
    for row in conn.execute(f"PRAGMA table_info({table})"):
        name, declared = row[1], row[2]
        if name == "id" or name in DECIMALS:
            continue
        kind = "decimal" if name in DECIMALS.values() else _kind(name, declared)
        out.append(Column(name, kind))
        if table == "facts" and name == "value_wan":
            out.append(Column(TO_SUM, "decimal"))
    if table != "reports":
        out.extend(Column(name, kind) for name, kind in CONTEXT)
    return out


def table_rows(db: str | os.PathLike, table: str) -> tuple[list[Column], Iterator[dict]]:
    """The columns of ``table`` and a stream of its rows (nothing held in memory)."""
    if not os.path.exists(db):
        raise FileNotFoundError(f"no store at {db}")
    conn = open_readonly(db)
    try:
        cols = columns(conn, table)
    finally:
        conn.close()
    rows = reports(db) if table == "reports" else select(db, table)
    return cols, (_to_sum(rows) if table == "facts" else rows)


def _to_sum(rows: Iterator[dict]) -> Iterator[dict]:
    """Fact rows with ``value_wan_to_sum``: their ``value_wan`` unless suspect."""
    for row in rows:
        row[TO_SUM] = None if row.get("suspect") else row.get("value_wan")
        yield row
