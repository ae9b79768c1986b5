"""Fact exports carry page, flags and suspect, and a column to sum that leaves slips out."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from shebao.export.formats import FORMATS, export_table
from shebao.records import Flag, ReportRecord
from shebao.store.rows import file_rows
from shebao.store.schema import connect
from shebao.store.write import write_file
from tests.store.records import S1, fact

SLIP = "某县养老保险基金收入3120.45亿元，上年为2980.10万元。"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """One PDF report: a clean fact on page 2, and a unit slip on page 3."""
    clean = replace(fact("resident_pension", "accumulated_balance", "3120.45", S1, 20), page=2)
    slip = replace(fact("resident_pension", "income_total", "3120.45", SLIP, 90, unit="亿元"),
                   value_wan=Decimal("31204500"), page=3)
    flag = Flag(kind="unit", severity="error", message="3120.45亿元 is 10^4 off the year before",
                text="3120.45亿元", start=90, end=99, suggestion="3120.45万元")
    record = ReportRecord(source="a.pdf", sha256=None, report_index=0, status="ok",
                          title="某县报告", region="某县", year=2021, facts=(clean, slip),
                          flags=(flag,))
    path = tmp_path_factory.mktemp("flags") / "s.sqlite"
    conn = connect(path)
    write_file(conn, file_rows([record], "ab" * 32, "a.pdf", 100))
    conn.close()
    return path


def _read(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        return [{k: (v if v != "" else None) for k, v in r.items()} for r in rows]
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    sheet = load_workbook(path).active
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    return [dict(zip(header, r)) for r in body]


def _plain(value):
    """A cell as Python: JSON text parsed, "true"/"false" as bools, numbers as Decimal."""
    if isinstance(value, str) and value[:1] in "[{":
        return json.loads(value)
    if value in ("true", "false"):
        return value == "true"
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            return Decimal(str(value))
        except ArithmeticError:
            return value
    return value


@pytest.mark.parametrize("fmt", FORMATS)
def test_fact_exports_carry_page_flags_and_suspect(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    export_table(db, "facts", fmt, out)
    rows = [{k: _plain(v) for k, v in r.items()} for r in _read(out, fmt)]
    clean, slip = sorted(rows, key=lambda r: r["start"])
    assert (clean["page"], slip["page"]) == (2, 3)
    assert slip["flags"] == [{"kind": "unit", "severity": "error", "suggestion": "3120.45万元",
                              "origin": "report"}]
    assert (slip["suspect"], clean["suspect"], clean["flags"]) == (True, False, None)
    assert slip["value_wan"] == Decimal("31204500") and slip["value_wan_to_sum"] is None
    assert clean["value_wan_to_sum"] == clean["value_wan"] == Decimal("3120.45")
    total = sum(r["value_wan_to_sum"] for r in rows if r["value_wan_to_sum"] is not None)
    assert total == Decimal("3120.45")  # the slip is not summed


def test_flag_exports_carry_the_flag_itself(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "flags.jsonl"
    export_table(db, "flags", "jsonl", out)
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (row["kind"], row["text"], row["suggestion"], row["source"]) == (
        "unit", "3120.45亿元", "3120.45万元", "a.pdf")
