"""Each case of ``link.chain.statement_for``, on sentences written for them."""

from __future__ import annotations

from shebao import confidence as conf
from tests.link.sentences import PENSION, link_texts, summary


def test_chain_group_total_after_income_items() -> None:
    [drafts] = link_texts("征缴收入320万元，财政补贴收入80万元，两项合计400万元。", fund=PENSION)
    assert summary(drafts[-1])[:3] == ("400万元", "enterprise_pension", "income_total")


def test_chain_cue_only_figure_takes_the_metric_named_before() -> None:
    [drafts] = link_texts("利息收入增长较快，全年实现58.4万元。", fund=PENSION)
    assert [summary(d)[2] for d in drafts] == ["interest_income"]


def test_chain_named_metric_opens_a_statement_and_changes_continue_it() -> None:
    [drafts] = link_texts("基金支出1250万元，较上年增加150万元，增长13.6%。", fund=PENSION)
    assert [summary(d)[2::3] for d in drafts] == [
        ("expenditure_total", "level"), ("expenditure_total", "yoy_change"),
        ("expenditure_total", "yoy_rate")]
    assert str(drafts[1].value) == "150"


def test_chain_list_items_without_words_take_the_head_metric() -> None:
    [drafts] = link_texts("基金收入900万元，其中：工伤保险500万元，失业保险400万元。")
    items = drafts[1:]
    assert [(d.fund.id, d.metric) for d in items] == [
        ("work_injury", "income_total"), ("unemployment", "income_total")]
    assert all(d.part_of == drafts[0].figure.start for d in items)


def test_chain_unnamed_level_is_other_with_lower_confidence() -> None:
    [drafts] = link_texts("发放一次性慰问物资折合12万元。", fund=PENSION)
    assert drafts[0].metric == "other"
    assert drafts[0].confidence == round(conf.FUND_INHERITED - conf.METRIC_UNNAMED_PENALTY, 2)


def test_chain_new_fund_change_without_metric_is_no_fact() -> None:
    [drafts] = link_texts("养老保险基金收入800万元，失业保险增长5%。")
    assert [d.measure for d in drafts] == ["level"]


def test_chain_continuation_over_sentences_keeps_the_metric() -> None:
    first, second = link_texts("基金支出2400万元。", "比上年减少120万元。", fund=PENSION)
    assert summary(second[0])[2:] == ("expenditure_total", 2021, "actual", "yoy_change", "-120")


def test_chain_target_rate_then_actual_is_a_budget_rate() -> None:
    [drafts] = link_texts("基金支出预算完成率≥90%，全年完成值96.5%。", fund=PENSION)
    assert [(d.metric, d.measure, str(d.value)) for d in drafts] == [
        ("expenditure_total", "budget_rate", "96.5")]
