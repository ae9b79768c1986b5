"""Exported columns follow the store schema, typed; rows stream with their report context."""

from __future__ import annotations

import pytest

from shebao.export.table import Column, columns, table_rows
from shebao.store.schema import connect
from tests.store.records import COUNTS


@pytest.mark.parametrize(("table", "column"), [
    ("facts", Column("value", "decimal")),
    ("facts", Column("year", "int")),
    ("facts", Column("confidence", "float")),
    ("facts", Column("section", "list")),
    ("facts", Column("region", "text")),
    ("facts", Column("report_year", "int")),
    ("causes", Column("categories", "list")),
    ("causes", Column("extra", "json")),
    ("flags", Column("related", "json")),
    ("reports", Column("year", "int")),
    ("indicators", Column("target", "decimal")),
    ("indicators", Column("actual", "decimal")),
    ("indicators", Column("met", "bool")),
    ("indicators", Column("section", "list")),
    ("indicators", Column("report_year", "int")),
])
def test_table_column_kinds(db, table, column) -> None:
    conn = connect(db)
    assert column in columns(conn, table)
    conn.close()


@pytest.mark.parametrize(("table", "name"), [
    ("facts", "id"), ("facts", "value_exact"), ("facts", "value_wan_exact"),
    ("indicators", "id"), ("indicators", "target_exact"), ("indicators", "actual_exact"),
])
def test_table_internal_columns_are_left_out(db, table, name) -> None:
    conn = connect(db)
    assert name not in [c.name for c in columns(conn, table)]
    conn.close()


@pytest.mark.parametrize("table", sorted(COUNTS))
def test_table_rows_stream_every_row(db, table) -> None:
    _, rows = table_rows(db, table)
    assert sum(1 for _ in rows) == COUNTS[table]


def test_table_unknown_table_is_refused(db) -> None:
    with pytest.raises(ValueError, match="unknown table"):
        table_rows(db, "words")
