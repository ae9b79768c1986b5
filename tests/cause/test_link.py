"""Linking an explanation to the fact it explains."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao.cause.classify import Span
from shebao.cause.cues import find
from shebao.cause.link import Anchor, head_effect, link, links, written_rate_effect
from shebao.records import Fact


def _fact(metric: str, measure: str, value: str) -> Fact:
    return Fact("work_injury", None, None, metric, None, 2021, "actual", measure, Decimal(value),
                "%", None, value, "", (), 0, 1, 1.0)


TEXT = "工伤保险基金支出900万元，完成预算的88%，较上年增长5%，增长的主要原因是工亡人数增加。"


@pytest.mark.parametrize(("anchors", "effect", "metric"), [
    pytest.param([(18, "expenditure_total", "budget_rate", "88"), (29, "benefit_expenditure", "yoy_rate", "5")],
                 "increase", "benefit_expenditure", id="headline-word-picks-yoy"),
    pytest.param([(18, "expenditure_total", "budget_rate", "88")], "increase", "expenditure_total",
                 id="no-yoy-fact-keeps-headline-effect"),
])
def test_link_headline_effect_and_fact(anchors, effect: str, metric: str) -> None:
    cue = find(TEXT)[0]
    span = Span(cue.end, len(TEXT) - 1, cue, TEXT[TEXT.index("增长的"):cue.start])
    facts = [Anchor(s, _fact(m, me, v)) for s, m, me, v in anchors]
    got = link(TEXT, span, facts, (0, len(TEXT)), 0, 2021)
    assert (got.effect, got.metric, got.fund, got.year) == (effect, metric, "work_injury", 2021)


def test_link_sign_of_fact_gives_effect() -> None:
    text = "利息收入减少5%，主要因为存款到期。"
    cue = find(text)[0]
    span = Span(cue.end, len(text) - 1, cue, "")
    got = link(text, span, [Anchor(6, _fact("interest_income", "yoy_rate", "-5"))], (0, len(text)), 0, 2021)
    assert got.effect == "decrease"


def test_link_cause_before_effect_uses_following_fact() -> None:
    text = "由于工亡人数难以预测，造成支出完成预算的152%。"
    cue = find(text)[0]
    span = Span(cue.end, 10, cue, "")
    got = link(text, span, [Anchor(20, _fact("expenditure_total", "budget_rate", "152"))],
               (0, len(text)), 0, 2021)
    assert (got.metric, got.effect) == ("expenditure_total", "above_budget")


def test_link_nothing_to_explain_gives_none() -> None:
    text = "主要原因是人数增加。"
    cue = find(text)[0]
    assert link(text, Span(cue.end, 9, cue, ""), [], (0, len(text)), 0, 2021) is None


def _span_after(text: str, cue_text: str) -> Span:
    cue = next(c for c in find(text) if c.text == cue_text)
    clause_start = max(text.rfind(m, 0, cue.start) for m in "，。：\n") + 1
    return Span(cue.end, len(text) - 1, cue, text[clause_start:cue.start])


def test_link_headcount_target_is_no_cause() -> None:
    text = "待遇支出300万元。保障领取待遇人数5120人，低于预期指标值。主要原因为：退休办理滞后。"
    got = link(text, _span_after(text, "主要原因为："), [Anchor(4, _fact("benefit_expenditure", "level", "300"))],
               (text.index("主要原因为"), len(text)), 0, 2021)
    assert got is None


def test_link_budget_fact_wins_over_effect_words_after() -> None:
    text = "实际支出完成预算的80.5%。2021年因受疫情影响，就诊人次减少，支出减少。"
    cue = next(c for c in find(text) if c.name == "affected")
    span = Span(cue.start, cue.end + 6, cue, "")
    got = link(text, span, [Anchor(9, _fact("expenditure_total", "budget_rate", "80.5"))],
               (text.index("2021"), len(text)), 0, 2021)
    assert (got.metric, got.effect) == ("expenditure_total", "below_budget")


def test_link_metric_named_before_cue_without_figure() -> None:
    text = "本县工伤保险基金收支结余受费率调整影响波动较大。"
    cue = next(c for c in find(text) if c.name == "affected")
    span = Span(cue.start, cue.end, cue, text[:cue.start])
    got = link(text, span, [], (0, len(text)), 0, 2021)
    assert (got.fund, got.metric, got.effect) == ("work_injury", "annual_balance", "other")


def test_link_level_fact_gives_other() -> None:
    text = "（2）其他收入：8万元，主要是滞纳金收入。"
    got = link(text, _span_after(text, "主要是"), [Anchor(8, _fact("other_income", "level", "8"))],
               (8, len(text)), 0, 2021)
    assert (got.metric, got.effect) == ("other_income", "other")


def test_link_bracketed_part_figures_are_skipped() -> None:
    text = "征缴收入5000万元，减少4%（其中个人账户收入增加2%）。减少原因：费率下调。"
    anchors = [Anchor(10, _fact("contribution_income", "yoy_rate", "-4")),
               Anchor(22, _fact("income_total", "yoy_rate", "-1"))]
    got = link(text, _span_after(text, "原因："), anchors, (0, len(text)), 0, 2021)
    assert got.metric == "contribution_income"


def _first_span(text: str) -> Span:
    from shebao.cause.classify import stated_first

    return stated_first(text, [])[0]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("本年起实行市级统收统支，造成机关事业单位养老保险基金收入、支出增幅较大。",
                 [("public_pension", "income_total", "increase"), ("public_pension", "expenditure_total", "increase")],
                 id="one-record-per-metric"),
    pytest.param("工伤保险实行市级统筹。各县结余一次性上解，使得本级基金收入大幅增长。",
                 [("work_injury", "income_total", "increase")], id="fund-from-context"),
    pytest.param("通过连续下调费率，失业保险基金当期收不抵支。",
                 [("unemployment", "annual_balance", "other")], id="through-deficit"),
])
def test_link_stated_first_metrics_after_marker(text: str, expected) -> None:
    from shebao.cause.link import links

    got = links(text, _first_span(text), [], (0, len(text)), 0, 2021)
    assert [(k.fund, k.metric, k.effect) for k in got] == expected


def test_link_stated_first_fact_after_marker_gives_effect() -> None:
    from shebao.cause.link import links

    text = "年初测算偏于乐观，使得待遇支出仅完成预算的61.6%。"
    fact = Fact("maternity", None, None, "benefit_expenditure", None, 2021, "actual", "budget_rate",
                Decimal("61.6"), "%", None, "61.6", "", (), 0, 1, 1.0)
    got = links(text, _first_span(text), [Anchor(text.index("61.6"), fact)], (0, len(text)), 0, 2021)
    assert [(k.fund, k.metric, k.effect) for k in got] == [("maternity", "benefit_expenditure", "below_budget")]


def test_link_deficit_headline_explains_annual_balance() -> None:
    text = "当期结余-300万元，累计结余900万元。当期收不抵支的主要原因：待遇提标。"
    anchors = [Anchor(4, _fact("annual_balance", "level", "-300")),
               Anchor(15, _fact("accumulated_balance", "level", "900"))]
    got = link(text, _span_after(text, "主要原因："), anchors, (0, len(text)), 0, 2021)
    assert (got.metric, got.effect) == ("annual_balance", "other")


def test_link_without_effect_word_takes_the_figure_of_its_sentence() -> None:
    text = "待遇支出增长6%。其他支出12万元，变动较大，主要是列支了一次性补助。"
    anchors = [Anchor(6, _fact("benefit_expenditure", "yoy_rate", "6")),
               Anchor(14, _fact("other_expenditure", "level", "12"))]
    got = link(text, _span_after(text, "主要是"), anchors, (10, len(text)), 0, 2021)
    assert (got.metric, got.effect) == ("other_expenditure", "other")


def test_link_level_figure_takes_effect_of_its_change_later_in_sentence() -> None:
    text = "受费率恢复影响，工伤保险基金收入800万元，比上年增长12%。"
    cue = find(text)[0]
    span = Span(cue.start, cue.end, cue, "")
    anchors = [Anchor(text.index("800"), _fact("income_total", "level", "800")),
               Anchor(text.index("12%"), _fact("income_total", "yoy_rate", "12"))]
    got = link(text, span, anchors, (0, len(text)), 0, 2021)
    assert (got.metric, got.effect) == ("income_total", "increase")


@pytest.mark.parametrize(("text", "effect"), [
    ("基金支出预算500万元，执行率为97.5%", "below_budget"),
    ("收入完成预算的112%", "above_budget"),
    ("收入完成预算的100%", None),
    ("收入比上年增长8%", None),
])
def test_link_written_rate_effect(text: str, effect: str | None) -> None:
    assert written_rate_effect(text) == effect


def test_link_reason_last_links_statement_before() -> None:
    text = "工伤保险基金收入800万元，增长12%。行业费率上浮，是增长的主要原因。"
    cue = [c for c in find(text, ("last",))][0]
    span = Span(text.index("行业"), text.index("，是"), cue, "")
    anchors = [Anchor(text.index("800"), _fact("income_total", "level", "800")),
               Anchor(text.index("12%"), _fact("income_total", "yoy_rate", "12"))]
    got = links(text, span, anchors, (span.start, len(text)), 0, 2021)
    assert [(g.metric, g.effect) for g in got] == [("income_total", "increase")]


@pytest.mark.parametrize(("text", "expected"), [
    ("统筹基金收入预算执行率偏低，主要原因是：补助未到位。", "below_budget"),
    ("基金收入增长较快，主要原因为：补缴增加。", "increase"),
    ("基金收入3.2亿元，主要原因为：补缴增加。", None),
])
def test_link_head_effect_from_clause_before_cue(text: str, expected) -> None:
    cue = find(text)[0]
    span = Span(cue.end, len(text) - 1, cue, "")
    assert head_effect(span, text, 0) == expected
