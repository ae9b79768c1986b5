"""Formula-like text: which cells are neutralised, and how CSV and xlsx write them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shebao.export.cells import formula_like, neutral
from shebao.export.csvfile import cell
from shebao.export.table import Column
from shebao.export.xlsx import write_xlsx

HOSTILE = ["=HYPERLINK(\"http://example.invalid\",\"看\")", "@SUM(A1)", "+1基金", "-2+3",
           "\t=1+1", "\r=1+1", "=", "-"]
PLAIN = ["基金收入820万元", "（一）收入", "2022年", "a=b", " =1", "'=1", ""]


@pytest.mark.parametrize("text", HOSTILE)
def test_cells_formula_like_text_gets_a_quote_in_csv(text: str) -> None:
    assert formula_like(text) and neutral(text) == "'" + text and cell(text) == "'" + text


@pytest.mark.parametrize("text", PLAIN)
def test_cells_plain_text_is_left_alone(text: str) -> None:
    assert not formula_like(text) and cell(text) == text


@pytest.mark.parametrize(("value", "written"), [
    (Decimal("-50"), "-50"), (Decimal("-2.08"), "-2.08"), (-3, "-3"), (-0.5, "-0.5"),
    (Decimal("1E-25"), "0.0000000000000000000000001"), (Decimal("3120.40"), "3120.40"),
])
def test_cells_numbers_stay_numbers_in_csv(value, written: str) -> None:
    assert cell(value) == written


def test_cells_json_values_are_checked_too() -> None:
    assert cell(["=1"]) == '["=1"]' and cell("=1") == "'=1"


def test_cells_xlsx_text_is_never_a_formula(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    columns = [Column("text", "text"), Column("value", "decimal")]
    rows = [{"text": t, "value": Decimal("-50")} for t in HOSTILE + PLAIN]
    assert write_xlsx(columns, rows, out) == len(rows)
    sheet = load_workbook(out).active
    texts = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert [c.value or "" for c in texts] == HOSTILE + PLAIN  # the text unchanged
    assert all(c.quotePrefix for c in texts[:len(HOSTILE)])
    assert all(row[1].value == -50 and row[1].data_type == "n"
               for row in sheet.iter_rows(min_row=2))
