"""Every input accounted for: one record at least per file, whatever fails inside a stage."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

import shebao.pipeline as pipeline
from shebao.ingest.walk import Refused
from shebao.limits import reset_limits
from shebao.pipeline import extract_budgeted, extract_file, extract_paths
from tests.ingest.builders import write_docx

REPORT = "某县2021年工伤保险基金决算说明\n一、基金收支\n本年工伤保险基金收入640万元，支出590万元。\n"


def _damaged_docx(path: Path, tmp_path: Path) -> Path:
    """A DOCX whose body stream is cut short (a zlib or XML error inside python-docx)."""
    good = write_docx(tmp_path / "good.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]  # XML broken off mid-element
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path


def test_pipeline_damaged_docx_is_an_error_record(tmp_path: Path) -> None:
    (record,) = extract_file(_damaged_docx(tmp_path / "bad.docx", tmp_path))
    assert record.status == "error" and "not a valid DOCX" in record.error


def test_pipeline_docx_over_paragraph_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SHEBAO_MAX_DOCX_PARAGRAPHS", "2")
    reset_limits()
    try:
        (record,) = extract_file(write_docx(tmp_path / "r.docx"))
    finally:
        monkeypatch.delenv("SHEBAO_MAX_DOCX_PARAGRAPHS")
        reset_limits()
    assert record.status == "error" and "SHEBAO_MAX_DOCX_PARAGRAPHS" in record.error


@pytest.mark.parametrize("data", [b"   \n\t\n", "\ufeff".encode("utf-8"), b"\xef\xbb\xbf \n"])
def test_pipeline_blank_file_is_an_error_record(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    (record,) = extract_file(path)
    assert record.status == "error"


def test_pipeline_refused_input_is_an_error_record() -> None:
    (record,) = extract_file(Refused("/x/locked", "cannot list folder: Permission denied"))
    assert (record.status, record.source) == ("error", "/x/locked")
    assert "cannot list folder" in record.error


def test_pipeline_huge_number_does_not_end_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT.replace("640", "9" * 4400), encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    records = list(extract_paths([str(tmp_path)]))
    assert [Path(r.source).name for r in records] == ["a.txt", "b.txt"]
    assert records[1].status == "ok" and records[1].facts


def test_pipeline_failing_check_keeps_the_facts(tmp_path: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise OverflowError("int too large to convert to float")

    monkeypatch.setattr(pipeline, "check_facts", broken)
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    (record,) = extract_file(path)
    assert record.status == "ok" and record.facts
    assert record.extra["stage_errors"] == ["checks: OverflowError: int too large to convert "
                                            "to float"]


def test_pipeline_failing_facts_stage_is_an_error_record(tmp_path: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")

    monkeypatch.setattr(pipeline, "tagged_sentences", broken)
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    (record,) = extract_file(path)
    assert record.status == "error" and "ValueError: Exceeds the limit" in record.error


def test_pipeline_stray_byte_is_counted_not_fatal(tmp_path: Path) -> None:
    data = REPORT.encode("utf-8")
    path = tmp_path / "r.txt"
    path.write_bytes(data[:13] + b"\xfe" + data[13:])
    (record,) = extract_file(path)
    assert record.status == "ok" and record.extra["decode_errors"] == 1


def test_pipeline_file_over_time_budget_is_an_error_record(tmp_path: Path,
                                                           monkeypatch) -> None:
    def slow(*args, **kwargs):
        while True:
            pass

    monkeypatch.setattr(pipeline, "segment", slow)
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    monkeypatch.setenv("SHEBAO_TIME_BUDGET", "0.2")
    reset_limits()
    try:
        (record,) = extract_budgeted(path)
    finally:
        monkeypatch.delenv("SHEBAO_TIME_BUDGET")
        reset_limits()
    assert record.status == "error" and "time budget" in record.error


def test_pipeline_name_in_any_bytes_is_a_printable_source(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"r-\xff.txt")
    path.write_text(REPORT, encoding="utf-8")
    (record,) = extract_paths([str(tmp_path)])
    assert record.status == "ok" and record.source.endswith("r-\\xff.txt")
