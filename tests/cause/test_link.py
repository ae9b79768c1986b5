"""Linking an explanation to the fact it explains."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao.cause.classify import Span
from shebao.cause.cues import find
from shebao.cause.link import Anchor, link
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
