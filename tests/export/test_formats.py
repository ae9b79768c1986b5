"""export_table: every table in every format, each file holding every row."""

from __future__ import annotations

import json

import pytest

from shebao.export.formats import FORMATS, export_table, writer
from tests.store.records import COUNTS, make_store


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("table", sorted(COUNTS))
def test_formats_every_table_every_format(tmp_path, table, fmt) -> None:
    db = make_store(tmp_path / "s.sqlite")
    assert export_table(db, table, fmt, tmp_path / f"out.{fmt}") == COUNTS[table]


def test_formats_jsonl_lines_are_objects_with_numbers(tmp_path) -> None:
    out = tmp_path / "facts.jsonl"
    export_table(make_store(tmp_path / "s.sqlite"), "facts", "jsonl", out)
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert (first["value"], first["region"]) == (3120.45, "甲县")


def test_formats_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        writer("dbf")


def test_formats_missing_store_is_refused(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        export_table(tmp_path / "none.sqlite", "facts", "csv", tmp_path / "x.csv")


def test_formats_jsonl_indicators_met_and_numbers(tmp_path) -> None:
    out = tmp_path / "indicators.jsonl"
    export_table(make_store(tmp_path / "s.sqlite"), "indicators", "jsonl", out)
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[1])
    assert (first["met"], first["actual"], first["level3"]) == (False, 98.5, "待遇按时发放率")
