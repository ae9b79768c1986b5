"""The whole flow on files: errors become records, batches go on."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import shebao.pipeline as pipeline
from shebao.pipeline import extract_document, extract_file, extract_paths
from shebao.records import Document

REPORT = """某县2020年失业保险基金决算说明
一、基金收支情况
本年失业保险基金收入910万元，支出760万元。
"""

TWO_REPORTS = """甲县工伤保险基金绩效评价报告
（2020年度）
一、基金收支情况
本年工伤保险基金收入1500万元，支出1300万元。
二、评价结论
基金运行总体平稳。
乙县失业保险基金绩效评价报告
（2020年度）
一、基金收支情况
本年失业保险基金收入910万元，支出760万元。
二、评价结论
基金收支基本平衡。
"""


@pytest.mark.parametrize(("data", "reason"), [
    pytest.param(bytes(range(256)) * 8, "not text", id="binary"),
    pytest.param(b"", "empty", id="empty"),
])
def test_pipeline_unreadable_file_is_one_error_record(tmp_path: Path, data: bytes,
                                                      reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (record,) = extract_file(path)
    assert (record.status, record.source, record.facts) == ("error", str(path), ())
    assert str(path) in record.error and reason in record.error


def test_pipeline_missing_file_is_one_error_record(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    (record,) = extract_file(path)
    assert record.status == "error" and str(path) in record.error


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-8"])
def test_pipeline_encoded_file_gives_ok_record(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "report.txt"
    data = REPORT.encode(encoding)
    path.write_bytes(data)
    (record,) = extract_file(path)
    assert (record.status, record.source, record.sha256) == (
        "ok", str(path), hashlib.sha256(data).hexdigest())
    assert [(f.text, f.fund, f.metric) for f in record.facts] == [
        ("910万元", "unemployment", "income_total"),
        ("760万元", "unemployment", "expenditure_total"),
    ]


def _boom(*args, **kwargs):
    raise RuntimeError("stage exploded")


def test_pipeline_stage_bug_becomes_error_record(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    monkeypatch.setattr(pipeline, "segment", _boom)
    (record,) = extract_file(path)
    assert record.status == "error"
    assert str(path) in record.error and "stage exploded" in record.error
    assert record.sha256 == hashlib.sha256(REPORT.encode()).hexdigest()


def test_pipeline_batch_goes_on_after_a_failing_file(tmp_path: Path, monkeypatch) -> None:
    for name, body in (("a.txt", REPORT), ("b.txt", REPORT + "坏\n"), ("c.txt", REPORT)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    real = pipeline.normalise

    def fails_on_marker(text: str):
        if "坏" in text:
            raise ValueError("stage exploded")
        return real(text)

    monkeypatch.setattr(pipeline, "normalise", fails_on_marker)
    got = [(Path(r.source).name, r.status) for r in extract_paths([str(tmp_path)])]
    assert got == [("a.txt", "ok"), ("b.txt", "error"), ("c.txt", "ok")]


def test_pipeline_two_reports_get_their_index() -> None:
    doc = Document("two.txt", "0" * 64, TWO_REPORTS, "utf-8")
    records = extract_document(doc)
    assert [(r.report_index, r.status, r.region) for r in records] == [
        (0, "ok", "甲县"), (1, "ok", "乙县")]
    assert [{f.fund for f in r.facts} for r in records] == [{"work_injury"}, {"unemployment"}]


def test_pipeline_missing_models_stop_before_any_file(no_models: Path, tmp_path: Path) -> None:
    from shebao.cause.models import ModelError

    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    with pytest.raises(ModelError, match="no-models"):
        extract_file(path)
    with pytest.raises(ModelError):
        list(extract_paths([str(tmp_path)]))
    (record,) = extract_file(path, pipeline.Stages(causes=False))  # facts need no model
    assert record.status == "ok" and record.facts
