"""CSV export: UTF-8 with BOM, written digits, lists as JSON."""

from __future__ import annotations

import codecs
import csv
import json

import pytest

from shebao.export.formats import export_table
from tests.store.records import make_store


@pytest.fixture
def rows(tmp_path) -> tuple[bytes, list[dict]]:
    out = tmp_path / "facts.csv"
    export_table(make_store(tmp_path / "s.sqlite"), "facts", "csv", out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        return out.read_bytes(), list(csv.DictReader(f))


def test_csvfile_starts_with_a_bom(rows) -> None:
    raw, _ = rows
    assert raw.startswith(codecs.BOM_UTF8)


def test_csvfile_values_keep_their_written_digits(rows) -> None:
    _, records = rows
    assert [r["value"] for r in records[:2]] == ["3120.45", "12.50"]


@pytest.mark.parametrize(("column", "expected"), [
    ("section", ["一、基金收支"]),
    ("region", "甲县"),
    ("account", ""),
])
def test_csvfile_cells(rows, column, expected) -> None:
    _, records = rows
    cell = records[0][column]
    assert (json.loads(cell) if isinstance(expected, list) else cell) == expected


def test_csvfile_indicators_met_and_written_digits(tmp_path) -> None:
    out = tmp_path / "indicators.csv"
    export_table(make_store(tmp_path / "s.sqlite"), "indicators", "csv", out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        records = list(csv.DictReader(f))[:3]
    assert [(r["met"], r["actual"]) for r in records] == [("true", "96.30"), ("false", "98.50"),
                                                          ("", "90")]
