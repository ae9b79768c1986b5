"""Flags shown for people and programs, and the exit status."""

from __future__ import annotations

import json

import pytest

from shebao.check.report import exit_status, flag_line, format_json, format_text, shown
from shebao.records import Flag, Related, ReportRecord

UNIT = Flag("unit", "error", "8600亿元 contradicts 8600万元", "8600\n\n亿元", 86, 94,
            "8600\n\n万元", (Related("8600万元", 52, 58),))
SUM = Flag("sum", "warning", "the items exceed the total", "300万元", 78, 83)


def _record(*flags: Flag, index: int = 0, status: str = "ok") -> ReportRecord:
    return ReportRecord(source="a.txt", sha256=None, report_index=index, status=status,
                        title="某县报告", flags=flags,
                        error="cannot read a.txt" if status == "error" else None)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("709003\n\n万元", "709003⏎万元", id="blank-line"),
    pytest.param("150204 万\r\n 元", "150204 万⏎元", id="crlf-and-spaces"),
    pytest.param("246656 亿元", "246656 亿元", id="no-break"),
])
def test_report_shown_puts_a_figure_on_one_line(text: str, expected: str) -> None:
    assert shown(text) == expected


def test_report_flag_line_holds_every_part() -> None:
    line = flag_line(UNIT)
    parts = ["error", "unit", "8600⏎亿元", "[86:94]", "8600亿元 contradicts 8600万元",
             "→ 8600⏎万元", "8600万元 [52:58]"]
    assert ([p for p in parts if p not in line], "\n" in line) == ([], False)


def test_report_format_text_groups_flags_under_their_report() -> None:
    text = format_text([_record(UNIT, SUM), _record(index=1)])
    lines = text.splitlines()
    assert lines[0] == "a.txt [report 0] 某县报告"
    assert [l.split()[:2] for l in lines[1:3]] == [["error", "unit"], ["warning", "sum"]]
    assert lines[4:6] == ["a.txt [report 1] 某县报告", "  no flags"]
    assert lines[-1] == "2 reports: 1 errors, 1 warnings, 0 unreadable"


def test_report_format_text_names_unreadable_files() -> None:
    text = format_text([_record(status="error")])
    assert "a.txt: unreadable: cannot read a.txt" in text and "1 unreadable" in text


def test_report_format_json_is_one_object_per_report() -> None:
    objects = [json.loads(l) for l in format_json([_record(UNIT), _record(index=1)]).splitlines()]
    assert [(o["source"], o["report_index"], o["title"], len(o["flags"])) for o in objects] == [
        ("a.txt", 0, "某县报告", 1), ("a.txt", 1, "某县报告", 0)]
    assert objects[0]["flags"][0]["related"] == [{"text": "8600万元", "start": 52, "end": 58}]


@pytest.mark.parametrize(("flags", "fail_on", "status"), [
    pytest.param((), "error", 0, id="clean"),
    pytest.param((SUM,), "error", 0, id="warning-below-error"),
    pytest.param((SUM,), "warning", 1, id="warning-at-warning"),
    pytest.param((UNIT,), "error", 1, id="error-at-error"),
    pytest.param((UNIT, SUM), "warning", 1, id="error-at-warning"),
])
def test_report_exit_status_follows_fail_on(flags: tuple, fail_on: str, status: int) -> None:
    assert exit_status([_record(*flags)], fail_on) == status


def test_report_exit_status_is_2_for_an_unreadable_file() -> None:
    assert exit_status([_record(UNIT), _record(status="error")]) == 2
