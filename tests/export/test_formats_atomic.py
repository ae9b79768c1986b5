"""A failed export, and a failed ``extract -o``, leave no partial file and no temporary one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from shebao import pipeline
from shebao.cli.main import main
from shebao.export.formats import FORMATS, export_table, writer
from shebao.export.table import table_rows
from shebao.records import ReportRecord
from tests.store.records import make_store


class Broken(RuntimeError):
    """A fault in the middle of a write."""


def _then_fail(rows: Iterator[dict]) -> Iterator[dict]:
    yield next(rows)
    yield next(rows)
    raise Broken("the store went away")


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_export_leaves_no_file(tmp_path: Path, fmt: str) -> None:
    db = make_store(tmp_path / "s.sqlite")
    out = tmp_path / "out" / f"facts.{fmt}"
    out.parent.mkdir()
    columns, rows = table_rows(db, "facts")
    with pytest.raises(Broken):
        writer(fmt)(columns, _then_fail(rows), out)
    assert os.listdir(out.parent) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_export_keeps_the_earlier_file(tmp_path: Path, fmt: str) -> None:
    db = make_store(tmp_path / "s.sqlite")
    out = tmp_path / "out" / f"facts.{fmt}"
    out.parent.mkdir()
    export_table(db, "facts", fmt, out)
    before = out.read_bytes()
    columns, rows = table_rows(db, "facts")
    with pytest.raises(Broken):
        writer(fmt)(columns, _then_fail(rows), out)
    assert out.read_bytes() == before and os.listdir(out.parent) == [out.name]


def test_failed_extract_output_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    calls: list[str] = []

    def budgeted(path, stages=None) -> list[ReportRecord]:  # the first file, then a bug
        calls.append(str(path))
        if len(calls) > 1:
            raise Broken("a stage bug that escaped")
        return [ReportRecord(source="a.txt", sha256="0" * 64, report_index=0, status="ok")]

    monkeypatch.setattr(pipeline, "extract_budgeted", budgeted)
    out = tmp_path / "out.jsonl"
    with pytest.raises(Broken):
        main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)])
    assert len(calls) == 2 and os.listdir(tmp_path) == []


def test_extract_output_replaces_the_file_whole(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("某县2022年失业保险基金决算说明\n本年失业保险基金收入820万元。\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old line\n", encoding="utf-8")
    assert main(["extract", str(report), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and '"status": "ok"' in lines[0]
    assert sorted(os.listdir(tmp_path)) == ["out.jsonl", "r.txt"]
