"""Excel export: a header row, figures as numeric cells showing their written decimals."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from shebao.export.formats import export_table
from shebao.export.xlsx import number_format
from tests.store.records import COUNTS, make_store


@pytest.fixture
def sheet(tmp_path):
    out = tmp_path / "facts.xlsx"
    export_table(make_store(tmp_path / "s.sqlite"), "facts", "xlsx", out)
    return openpyxl.load_workbook(out).active


def _column(sheet, name: str) -> list:
    header = [c.value for c in sheet[1]]
    return [row[header.index(name)] for row in sheet.iter_rows(min_row=2)]


def test_xlsx_header_then_one_row_per_fact(sheet) -> None:
    assert [c.value for c in sheet[1]][:3] == ["sha256", "report_index", "fact_index"]
    assert sheet.max_row == 1 + COUNTS["facts"]


@pytest.mark.parametrize("name", ["value", "value_wan", "year", "start", "confidence"])
def test_xlsx_figures_are_numeric_cells(sheet, name) -> None:
    cells = [c for c in _column(sheet, name) if c.value is not None]
    assert cells and all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in cells)


def test_xlsx_values_read_back(sheet) -> None:
    assert [c.value for c in _column(sheet, "value")][:2] == [3120.45, 12.5]


@pytest.mark.parametrize(("value", "fmt"), [
    ("1500", "0"), ("3.5", "0.0"), ("12.50", "0.00"), ("0.1234", "0.0000"),
])
def test_xlsx_number_format_keeps_written_decimals(value, fmt) -> None:
    assert number_format(Decimal(value)) == fmt


def test_xlsx_cells_carry_the_number_format(sheet) -> None:
    assert [c.number_format for c in _column(sheet, "value")][:2] == ["0.00", "0.00"]


def test_xlsx_indicators_met_is_a_boolean_cell(tmp_path) -> None:
    out = tmp_path / "indicators.xlsx"
    export_table(make_store(tmp_path / "s.sqlite"), "indicators", "xlsx", out)
    cells = _column(openpyxl.load_workbook(out).active, "met")[:3]
    assert [(c.data_type, c.value) for c in cells[:2]] + [cells[2].value] == [
        ("b", True), ("b", False), None]
