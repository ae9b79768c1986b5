"""Causes stated before their effect: ……，使得/造成…… and 通过……，基金……"""

from __future__ import annotations

import pytest

from shebao.cause.before import Taken, effect_follows, outcomes, reason_last, through
from shebao.cause.clauses import split
from shebao.cause.cues import find


def _follows(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], cue.text) for a, b, cue in effect_follows(text, split(text), Taken(), find(text))]


def _through(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], cue.text) for a, b, cue in through(text, split(text), Taken())]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("养老金标准连续上调，使得居民养老保险基金支出明显增长。",
                 [("养老金标准连续上调", "使得")], id="one-clause"),
    pytest.param("本年起实行市级统收统支。各县按月将资金上缴市级专户，造成本级基金收入、支出增幅较大。",
                 [("本年起实行市级统收统支。各县按月将资金上缴市级专户", "造成")], id="plain-sentences-before"),
    pytest.param("基金支出增长8%。定期存款集中到期，导致利息收入减少。",
                 [("定期存款集中到期", "导致")], id="figure-sentence-stops"),
    pytest.param("生育保险基金运行平稳。两险合并实施，导致生育保险基金支出下降。",
                 [("两险合并实施", "导致")], id="fund-statement-stops"),
    pytest.param("药品集中采购降价导致统筹基金支出下降。", [("药品集中采购降价", "导致")], id="mid-clause-marker"),
])
def test_before_effect_follows_spans(text: str, expected) -> None:
    assert _follows(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("加强窗口服务，使得参保群众满意度提高。", id="subject-not-a-fund-metric"),
    pytest.param("如果费率继续下调，将导致基金收入减少。", id="conditional"),
    pytest.param("由于人数增加，导致基金支出增长。", id="opening-cue-owns-it"),
    pytest.param("支出增长的主要原因是标准上调，导致基金支出增加。", id="after-cue-owns-it"),
    pytest.param("是由于缴费基数下调造成的。", id="closing-word"),
])
def test_before_effect_follows_rejects(text: str) -> None:
    assert _follows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("通过连续两年降低单位费率，同时提高待遇标准，本市工伤保险基金出现当期收不抵支。",
                 [("连续两年降低单位费率，同时提高待遇标准", "通过")], id="deficit-outcome"),
    pytest.param("二是扩面见效。通过开展全民参保登记，保费收入较上年增长。",
                 [("开展全民参保登记", "通过")], id="metric-outcome"),
])
def test_before_through_spans(text: str, expected) -> None:
    assert _through(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("通过开展业务培训，经办人员能力增强。", id="outcome-not-a-fund"),
    pytest.param("方案经会议审议通过，基金收入增长。", id="passed-a-review"),
    pytest.param("通过上解核算，使得基金收入增长。", id="result-marker-left-to-effect-follows"),
    pytest.param("通过加强稽核，追回基金50万元。", id="no-direction"),
    pytest.param("通过提高缴费基数增加了基金收入。", id="single-clause"),
])
def test_before_through_rejects(text: str) -> None:
    assert _through(text) == []


@pytest.mark.parametrize(("clause", "expected"), [
    pytest.param("基金收入、基金支出呈大幅增长", [("income_total", "increase"), ("expenditure_total", "increase")],
                 id="shared-direction"),
    pytest.param("征缴收入减少、待遇支出增加", [("contribution_income", "decrease"), ("benefit_expenditure", "increase")],
                 id="own-direction"),
    pytest.param("利息收入变化较大", [("interest_income", "other")], id="no-direction"),
    pytest.param("工伤保险基金出现收不抵支", [("annual_balance", "other")], id="deficit"),
    pytest.param("群众满意度提高", [], id="no-metric"),
])
def test_before_outcomes_of_effect_clause(clause: str, expected) -> None:
    assert [(o.metric, o.effect) for o in outcomes(clause)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("失业保险金收入增长9%。参保企业扩面明显，是增长的主要原因。",
                 [("参保企业扩面明显", "是增长的主要原因")], id="own-sentence"),
    pytest.param("集中清理欠费为收入增加的重要原因；", [("集中清理欠费", "为收入增加的重要原因")], id="semicolon"),
    pytest.param("如果人数下降，是支出减少的主要原因。", [], id="conditional"),
    pytest.param("主要原因是人数增加。", [], id="cue-first-is-not-last"),
])
def test_before_reason_last_spans(text: str, expected) -> None:
    got = reason_last(text, split(text), Taken())
    assert [(text[a:b], cue.text) for a, b, cue in got] == expected
