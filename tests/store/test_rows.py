"""Indicator rows: written digits kept beside the numbers, met as 1, 0 or NULL."""

from __future__ import annotations

import pytest

from shebao.store.rows import file_rows, indicator_row
from shebao.store.schema import FILE_COLUMNS, INDICATOR_COLUMNS
from tests.store.records import INDICATORS, record


def _row(n: int) -> dict:
    return dict(zip(INDICATOR_COLUMNS, indicator_row("aa", 0, n, INDICATORS[n])))


@pytest.mark.parametrize(("column", "value"), [
    ("target_exact", "99.0"),
    ("actual_exact", "98.50"),
    ("actual", 98.5),
    ("target_high", None),
    ("section", '["附件"]'),
    ("indicator_index", 1),
])
def test_rows_indicator_columns(column, value) -> None:
    assert _row(1)[column] == value


@pytest.mark.parametrize(("n", "met"), [(0, 1), (1, 0), (2, None)])
def test_rows_indicator_met_is_one_zero_or_null(n, met) -> None:
    assert _row(n)["met"] == met


def test_rows_file_row_counts_indicators() -> None:
    rows = file_rows([record("a.txt", "某县"), record("a.txt", "某县", 1)], "aa", "a.txt", 10)
    assert (len(rows.indicators), dict(zip(FILE_COLUMNS, rows.file))["indicators"]) == (6, 6)
