"""Periods: the YAML rules against their examples, and the period of facts."""

from __future__ import annotations

import hashlib

import pytest
from shebao.link.periods import PeriodIndex, context_period, last_period, rule_table
from shebao.pipeline import extract_document
from shebao.records import Document, Fact
from tests.yaml_cases import entry_cases, matches

@pytest.mark.parametrize(("pattern", "text", "expected"), entry_cases(rule_table()))
def test_periods_examples_match_and_counter_examples_do_not(pattern: str, text: str,
                                                             expected: bool) -> None:
    assert matches(pattern, text) == expected


@pytest.mark.parametrize(("text", "period"), [
    ("2021年1-6月，全市", "H1"), ("1至9月份", "M01-M09"), ("一至三月", "Q1"),
    ("截至8月底", "M01-M08"), ("第二季度", "Q2"), ("前三季度", "M01-M09"),
    ("1—12月", "year"), ("去年四季度受影响，全年", "year"), ("前7个月", "M01-M07"),
    ("2020年基金收入", None), ("较上一季度增长", None),
])
def test_periods_last_period(text: str, period: str | None) -> None:
    assert last_period(text) == period


def test_periods_context_prefers_the_innermost_heading() -> None:
    assert context_period(("一、上半年执行情况", "（一）1-3月"), "某市2022年报告") == "Q1"
    assert context_period(("一、基金收支",), "某市2022年1-9月医保基金运行情况") == "M01-M09"
    assert context_period((), None) == "year"


def _facts(text: str) -> list[Fact]:
    doc = Document("t.txt", hashlib.sha256(text.encode()).hexdigest(), text, "utf-8")
    return [f for r in extract_document(doc) for f in r.facts]


@pytest.mark.parametrize(("text", "expected"), [
    ("某县2023年上半年社会保险基金运行情况\n一、收支情况\n"
     "上半年，失业保险基金收入860万元，同比增长4.2%。基金支出610万元。\n",
     ["H1", "H1", "H1"]),
    ("某市2019年1-9月医疗保险基金运行情况\n"
     "1-9月，职工医保基金收入3.2亿元。9月底累计结余5.6亿元。\n",
     ["M01-M09", "M01-M09"]),
    ("某区2021年社会保险基金决算说明\n一、基金收入\n"
     "第一季度工伤保险基金收入120万元；全年工伤保险基金收入505万元。\n",
     ["Q1", "year"]),
])
def test_periods_on_facts_from_sentence_paragraph_and_title(text: str,
                                                            expected: list[str]) -> None:
    assert [f.period for f in _facts(text)] == expected


def test_periods_half_year_and_year_figures_never_conflict() -> None:
    text = ("某市2022年社会保险基金执行情况报告\n一、收支\n"
            "上半年，工伤保险基金收入300万元。全年工伤保险基金收入640万元。\n")
    doc = Document("t.txt", "0", text, "utf-8")
    [record] = extract_document(doc)
    assert [f.period for f in record.facts] == ["H1", "year"]
    assert [f for f in record.flags if f.kind == "conflict"] == []


def test_periods_every_example_holds_a_cue_word() -> None:
    from shebao.link.periods import cue_words
    for entry in rule_table():
        for text in entry["examples"]:
            assert any(w in text for w in cue_words()), text


@pytest.mark.parametrize("text", [
    "2022年1-6月，全市征缴收入3.2亿元，二季度支出1.1亿元，全年累计结余9亿元",
    "截至9月底基金滚存结余40亿元，前三季度支出12亿元",
    "在三季度前补发到位，四季度末发放5万元，较上一季度增长3%",
    "下半年 收入 上半年 1至12月份 前 5 个月",
    "没有任何期间的句子12万元",
])
def test_periods_index_answers_as_last_period_of_every_prefix(text: str) -> None:
    index = PeriodIndex(text)
    assert [index.last_before(pos) for pos in range(len(text) + 1)] == [
        last_period(text[:pos]) for pos in range(len(text) + 1)]
