"""What the review reads: report files, extract JSON Lines (source read again), stores."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from shebao.cli.main import main
from shebao.review.gather import gather, is_store
from tests.review.reports import REPORT


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="gb18030")
    return path


def _jsonl(report: Path, out: Path) -> Path:
    assert main(["extract", str(report), "-o", str(out)]) == 0
    return out


def test_gather_report_file_gives_record_and_decoded_text(report: Path) -> None:
    (item,) = gather([report])
    assert item.record["status"] == "ok" and item.record["facts"]
    assert item.text == REPORT and item.note is None and item.origin == str(report)


def test_gather_jsonl_keeps_its_facts_and_reads_the_source_again(report: Path,
                                                                 tmp_path: Path) -> None:
    jsonl = _jsonl(report, tmp_path / "out.jsonl")
    (item,) = gather([jsonl])
    assert item.record == json.loads(jsonl.read_text(encoding="utf-8"))
    assert item.text == REPORT and item.note is None
    assert item.origin == f"{jsonl}:1"


def test_gather_jsonl_source_gone_says_so(report: Path, tmp_path: Path) -> None:
    jsonl = _jsonl(report, tmp_path / "out.jsonl")
    report.unlink()
    (item,) = gather([jsonl])
    assert item.text is None and item.record["facts"]
    assert "cannot be read" in item.note and str(report) in item.note


def test_gather_jsonl_source_changed_leaves_highlights_out(report: Path, tmp_path: Path) -> None:
    jsonl = _jsonl(report, tmp_path / "out.jsonl")
    report.write_text(REPORT.replace("1200", "1300"), encoding="gb18030")
    (item,) = gather([jsonl])
    assert item.text is None and "changed since extraction" in item.note


def test_gather_jsonl_bad_line_is_an_error_item(tmp_path: Path) -> None:
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text('not json\n\n[1, 2]\n', encoding="utf-8")
    items = list(gather([jsonl]))
    assert [i.record["status"] for i in items] == ["error", "error"]
    assert items[0].record["error"].startswith(f"{jsonl}:1: not JSON")
    assert items[1].record["error"] == f"{jsonl}:3: not an extract record"


@pytest.mark.slow
def test_gather_store_extracts_the_files_it_lists(report: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    assert main(["extract", str(report), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    assert is_store(db) and not is_store(report)
    (item,) = gather([db])
    assert item.record["source"] == str(report) and item.text == REPORT
    assert item.origin == f"store {db}"
    report.write_text(REPORT.replace("1200", "1300"), encoding="gb18030")
    (changed,) = gather([db])
    assert changed.record["status"] == "error" and "changed since it was stored" in (
        changed.record["error"])


def test_gather_file_that_is_no_store_is_an_error_item(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    (item,) = gather([db])
    assert item.record["status"] == "error" and "not a shebao store" in item.record["error"]
