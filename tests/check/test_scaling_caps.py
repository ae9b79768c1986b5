"""The checks stay linear on one slot stated many times (caps from shebao.limits)."""

from __future__ import annotations

from shebao.check.run import check_facts
from shebao.pipeline import extract_document
from shebao.records import Document

HEAD = "某县工伤保险基金决算情况说明\n一、基金收入\n"


def _records(text: str):
    return extract_document(Document(path="t.txt", sha256="0", text=text, encoding="utf-8"))


def test_scaling_long_item_list_is_checked_without_diagnosis() -> None:
    items = "".join(f"第{i}项补助收入{i % 7 + 1}万元，" for i in range(1, 120))
    (record,) = _records(HEAD + "本年基金收入合计90万元，其中：" + items + "。\n")
    assert record.status == "ok" and len(record.facts) > 100
    assert any(f.kind == "sum" for f in record.flags)  # the items exceed the total


def test_scaling_repeated_statement_gives_no_flags() -> None:
    unit = "本年度工伤保险基金支出合计356万元，比上年增长4.2%。"
    (record,) = _records(HEAD + unit * 300 + "\n")
    assert record.status == "ok" and not record.flags
    assert check_facts(list(record.facts)) == []


def test_scaling_digit_run_is_no_figure() -> None:
    (record,) = _records(HEAD + "本年基金收入" + "9" * 400 + "万元，支出12万元。\n")
    assert record.status == "ok"
    assert all(len(str(f.value)) < 40 for f in record.facts)
