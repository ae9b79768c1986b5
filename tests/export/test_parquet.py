"""Parquet export: typed columns, exact digits beside the float, written in batches."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from shebao.export import parquet
from shebao.export.formats import export_table
from tests.store.records import COUNTS


def _table(db, tmp_path, name: str = "facts") -> pa.Table:
    out = tmp_path / f"{name}.parquet"
    export_table(db, name, "parquet", out)
    return pq.read_table(out)


@pytest.mark.parametrize(("table", "column", "kind"), [
    ("facts", "value", pa.float64()),
    ("facts", "value_exact", pa.string()),
    ("facts", "year", pa.int64()),
    ("facts", "confidence", pa.float64()),
    ("facts", "section", pa.list_(pa.string())),
    ("facts", "fund", pa.string()),
    ("causes", "categories", pa.list_(pa.string())),
    ("causes", "extra", pa.string()),
    ("flags", "related", pa.string()),
    ("reports", "report_index", pa.int64()),
    ("indicators", "met", pa.bool_()),
    ("indicators", "target", pa.float64()),
    ("indicators", "target_exact", pa.string()),
    ("indicators", "section", pa.list_(pa.string())),
])
def test_parquet_column_types(db, tmp_path, table, column, kind) -> None:
    assert _table(db, tmp_path, table).schema.field(column).type == kind


def test_parquet_values_and_their_written_digits(db, tmp_path) -> None:
    data = _table(db, tmp_path).slice(0, 2).to_pydict()
    assert (data["value"], data["value_exact"]) == ([3120.45, 12.5], ["3120.45", "12.50"])


def test_parquet_written_in_batches(db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(parquet, "BATCH", 4)
    out = tmp_path / "f.parquet"
    export_table(db, "facts", "parquet", out)
    meta = pq.ParquetFile(out).metadata
    assert (meta.num_row_groups, meta.num_rows) == (2, COUNTS["facts"])


def test_parquet_indicators_met_and_written_digits(db, tmp_path) -> None:
    data = _table(db, tmp_path, "indicators").slice(0, 3).to_pydict()
    assert (data["met"], data["target_exact"]) == ([True, False, None], ["95", "99.0", "90"])
