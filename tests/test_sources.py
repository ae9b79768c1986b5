"""Records read from their sources: report files extracted, extract JSON Lines read back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from shebao.check.report import format_json
from shebao.export.jsonl import write_jsonl
from shebao.records import Cause, Flag, Related, ReportRecord
from shebao.sources import SourceError, load_records, records_from_jsonl

UNIT = Flag("unit", "error", "8600亿元 contradicts 8600万元", "8600\n\n亿元", 86, 94,
            "8600\n\n万元", (Related("8600万元", 52, 58),))
SUM = Flag("sum", "warning", "the items exceed the total", "300万元", 78, 83)
CAUSE = Cause("pension", "income", 2021, "increase", "参保人数增加", "主要原因是",
              ("coverage",), "收入增长，主要原因是参保人数增加。", 40, 46, 34, 39, ("一、收支",))
REPORT = ("某县工伤保险基金绩效评价报告\n（2020年度）\n一、基金收支情况\n"
          "2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余260万元。\n")


def _record(*flags: Flag, causes: tuple = ()) -> ReportRecord:
    return ReportRecord(source="a.txt", sha256=None, report_index=0, status="ok",
                        title="某县报告", region="某县", year=2021, flags=flags, causes=causes)


def test_sources_jsonl_keeps_flags_of_check_output(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(format_json([_record(UNIT, SUM)]), encoding="utf-8")
    (record,) = records_from_jsonl(path)
    assert (record.status, record.flags) == ("ok", (UNIT, SUM))


def test_sources_jsonl_keeps_causes_of_extract_output(tmp_path: Path) -> None:
    out = io.StringIO()
    write_jsonl([_record(causes=(CAUSE,))], out)
    path = tmp_path / "out.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    (record,) = records_from_jsonl(path)
    assert (record.causes, record.region, record.year) == ((CAUSE,), "某县", 2021)


@pytest.mark.parametrize("line", [
    pytest.param("not json", id="not-json"),
    pytest.param("[1, 2]", id="not-an-object"),
    pytest.param('{"flags": [{"kind": "unit"}]}', id="flag-without-fields"),
    pytest.param('{"causes": [{"fund": "pension"}]}', id="cause-without-fields"),
])
def test_sources_bad_line_is_an_error_record_naming_file_and_line(tmp_path: Path,
                                                                   line: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text('{"source": "x"}\n' + line + "\n", encoding="utf-8")
    good, bad = records_from_jsonl(path)
    assert good.status == "ok" and bad.status == "error" and f"{path}:2" in bad.error


def test_sources_bad_line_raises_when_strict(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(SourceError, match=f"{path}:1: not an extract record"):
        records_from_jsonl(path, strict=True)


def test_sources_missing_jsonl_raises_when_strict_else_error_record(tmp_path: Path) -> None:
    path = tmp_path / "gone.jsonl"
    with pytest.raises(OSError):
        records_from_jsonl(path, strict=True)
    (record,) = records_from_jsonl(path)
    assert record.status == "error" and "cannot read" in record.error


def test_sources_load_records_checks_reports_and_reads_jsonl(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "old.jsonl").write_text(format_json([_record(SUM)]), encoding="utf-8")
    records = list(load_records([tmp_path, tmp_path / "old.jsonl"]))
    assert [[f.kind for f in r.flags] for r in records] == [["balance"], ["sum"]]


def test_sources_json_suffix_read_as_jsonl_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(format_json([_record(SUM)]), encoding="utf-8")
    (asked,) = load_records([path], jsonl_suffixes=(".jsonl", ".json"))
    assert [f.kind for f in asked.flags] == ["sum"]
    assert all(not r.flags for r in load_records([path]))
