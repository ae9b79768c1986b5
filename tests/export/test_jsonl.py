"""JSON Lines export of report records."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest

from shebao.export.jsonl import record_to_dict, write_jsonl
from shebao.records import Fact, ReportRecord


def _fact(value: str, unit: str, wan: str | None) -> Fact:
    return Fact("work_injury", "工伤保险基金", None, "income_total", "基金收入", 2020, "actual",
                "level", Decimal(value), unit, None if wan is None else Decimal(wan),
                value + unit, "句子", ("一、",), 0, len(value + unit), 0.9)


def _line(record: ReportRecord) -> dict:
    out = io.StringIO()
    assert write_jsonl([record], out) == 1
    (line,) = out.getvalue().splitlines()
    return json.loads(line, parse_float=Decimal)


@pytest.mark.parametrize(("value", "unit", "wan"), [
    pytest.param("1500", "万元", "1500", id="integer"),
    pytest.param("11346.26", "万元", "11346.26", id="two-decimals"),
    pytest.param("-2.08", "%", None, id="negative-percent"),
    pytest.param("3.5", "亿元", "35000.0", id="yi"),
    pytest.param("2743", "元", "0.2743", id="yuan"),
])
def test_jsonl_decimal_is_a_json_number_with_its_value(value: str, unit: str,
                                                        wan: str | None) -> None:
    record = ReportRecord("a.txt", "0" * 64, 0, "ok", facts=(_fact(value, unit, wan),))
    (fact,) = _line(record)["facts"]
    assert isinstance(fact["value"], (int, Decimal)) and fact["value"] == Decimal(value)
    assert fact["value_wan"] == (None if wan is None else Decimal(wan))


def test_jsonl_error_record_has_error_and_status() -> None:
    data = _line(ReportRecord("bad.txt", None, 0, "error", error="bad.txt: empty file"))
    assert (data["status"], data["error"], data["source"]) == ("error", "bad.txt: empty file",
                                                              "bad.txt")


def test_jsonl_ok_record_has_no_error_key() -> None:
    assert "error" not in record_to_dict(ReportRecord("a.txt", "0" * 64, 0, "ok"))


def test_jsonl_extra_fields_are_added_at_top_level() -> None:
    data = record_to_dict(ReportRecord("a.txt", "0" * 64, 0, "ok", extra={"pages": 3}))
    assert data["pages"] == 3 and "extra" not in data


def test_jsonl_keeps_chinese_unescaped() -> None:
    out = io.StringIO()
    write_jsonl([ReportRecord("a.txt", "0" * 64, 0, "ok", title="某县报告")], out)
    assert "某县报告" in out.getvalue()


@pytest.mark.parametrize("record", [
    pytest.param(ReportRecord("a.txt", "0" * 64, 0, "ok",
                              facts=(_fact("12345678901234567.5", "元", None),)), id="lossy-figure"),
    pytest.param(ReportRecord("b\udce9.txt", "0" * 64, 1, "ok", title="某市报告",
                              facts=(_fact("35.2", "%", None),)), id="undecodable-name"),
    pytest.param(ReportRecord("c.txt", "0" * 64, 0, "ok",
                              extra={"total": Decimal("98765432109876543210")}), id="lossy-extra"),
    pytest.param(ReportRecord("d.txt", None, 0, "error", error="d.txt: empty"), id="error"),
])
def test_jsonl_line_equals_the_record_dict_written_by_json(record: ReportRecord) -> None:
    """The encoder's walk (json's default hook) writes what the Python walk gives."""
    out = io.StringIO()
    write_jsonl([record], out)
    assert out.getvalue() == json.dumps(record_to_dict(record), ensure_ascii=False) + "\n"
