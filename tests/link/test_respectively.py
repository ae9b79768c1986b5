"""分别-runs distributed over levels, funds or metric words named before."""

from __future__ import annotations

from shebao import confidence as conf
from tests.link.sentences import PENSION, link_texts, summary


def test_respectively_over_levels_of_the_sentence() -> None:
    [drafts] = link_texts("征缴收入600万元、利息收入40万元，分别增长8%、-3%。", fund=PENSION)
    rates = [d for d in drafts if d.measure == "yoy_rate"]
    assert [(d.metric, str(d.value)) for d in rates] == [
        ("contribution_income", "8"), ("interest_income", "-3")]
    assert all(d.confidence == conf.DISTRIBUTED for d in rates)


def test_respectively_over_a_group_of_funds() -> None:
    [drafts] = link_texts("工伤保险、失业保险基金支出分别为210万元、330万元。")
    assert [(d.fund.id, d.metric, str(d.value)) for d in drafts] == [
        ("work_injury", "expenditure_total", "210"), ("unemployment", "expenditure_total", "330")]


def test_respectively_over_metric_words() -> None:
    [drafts] = link_texts("全年基金收入和支出分别为1500万元和1320万元。", fund=PENSION)
    assert [summary(d)[2] for d in drafts] == ["income_total", "expenditure_total"]


def test_respectively_without_the_cue_is_no_distribution() -> None:
    [drafts] = link_texts("基金收入1500万元、支出1320万元。", fund=PENSION)
    assert [summary(d)[2] for d in drafts] == ["income_total", "expenditure_total"]
    assert all(d.confidence != conf.DISTRIBUTED for d in drafts)
