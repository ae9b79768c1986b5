"""Report text that looks like a spreadsheet formula: extract → store → export in every format.

CSV and xlsx must not hand a formula to a spreadsheet: a text cell starting
with = + - @ (or tab, CR) gets a leading quote in CSV and is a string cell
in xlsx; figures stay numbers, negative ones included.  Parquet and JSON
Lines keep the text as written.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from shebao.cli.main import main
from shebao.export.cells import FORMULA_STARTS
from shebao.export.formats import export_table
from tests.check.archive_texts import make_archive

HOSTILE = ("=HYPERLINK(\"http://example.invalid/x\",\"打开\")某县2022年失业保险基金决算说明\n"
           "一、基金收支\n"
           "=HYPERLINK(\"http://example.invalid/y\",\"明细\")本年失业保险基金收入820万元。\n"
           "@SUM(A1:A9)失业保险基金支出610万元，较上年减少50万元。\n"
           "+1当年失业保险基金结余210万元。\n"
           "-2+3年末失业保险基金滚存结余1500万元。\n"
           "\t=1+1失业保险基金征缴收入700万元。\n")
TABLES = ("facts", "reports")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return make_archive(tmp_path_factory.mktemp("hostile"), {"r.txt": HOSTILE})


def _export(db: Path, tmp_path: Path, table: str, fmt: str) -> Path:
    out = tmp_path / f"{table}.{fmt}"
    export_table(db, table, fmt, out)
    return out


@pytest.mark.parametrize("table", TABLES)
def test_hostile_csv_cells_are_quoted_numbers_stay_numbers(db, tmp_path, table) -> None:
    out = _export(db, tmp_path, table, "csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    risky = [v for r in rows for v in r.values() if v.startswith(FORMULA_STARTS)]
    for value in risky:  # only numbers may start with "-"
        assert float(value) < 0, value
    quoted = {v[:2] for r in rows for v in r.values() if v.startswith("'")}
    assert {"'=", "'@", "'+", "'-"} <= quoted if table == "facts" else "'=" in quoted
    if table == "facts":
        assert "-50" in [r["value"] for r in rows] and "-50" in [r["value_wan"] for r in rows]


@pytest.mark.parametrize("table", TABLES)
def test_hostile_xlsx_has_no_formula_cell(db, tmp_path, table) -> None:
    sheet = load_workbook(_export(db, tmp_path, table, "xlsx")).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    risky = [c for c in cells if isinstance(c.value, str) and c.value.startswith(FORMULA_STARTS)]
    assert {c.value[0] for c in risky} >= ({"=", "@", "+", "-"} if table == "facts" else {"="})
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
    if table == "facts":
        negative = [c for c in cells if isinstance(c.value, (int, float)) and c.value < 0]
        assert negative and all(c.data_type == "n" for c in negative)


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_hostile_text_kept_as_written_in_data_formats(db, tmp_path, fmt) -> None:
    out = _export(db, tmp_path, "facts", fmt)
    if fmt == "parquet":
        rows = pq.read_table(out).to_pylist()
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    starts = {r["sentence"][:1] for r in rows}
    assert {"=", "@", "+", "-"} <= starts
    assert -50 in [r["value"] for r in rows]


def test_hostile_query_csv_is_neutralised_too(db, capsys) -> None:
    assert main(["facts", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows and not [v for r in rows for v in r.values()
                         if v.startswith(FORMULA_STARTS) and not v.lstrip("-").isdigit()]
    assert any(r["sentence"].startswith("'=") for r in rows)
