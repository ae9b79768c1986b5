"""分别-runs distributed over levels, funds or metric words named before."""

from __future__ import annotations

from shebao import confidence as conf
from shebao.pipeline import Stages, extract_document
from shebao.records import Document
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


def _facts(text: str):
    [record] = extract_document(Document("t.txt", "0", text, "utf-8"), Stages(False, False))
    return [(f.fund, f.metric, f.text) for f in record.facts]


def test_respectively_over_the_funds_of_the_heading() -> None:
    text = ("河口县2022年社会保险基金决算说明\n（四）生育保险基金和工伤保险基金\n"
            "两项基金全年收入分别为812万元和1,460万元，支出分别为776万元和1,205万元。\n")
    assert _facts(text) == [
        ("maternity", "income_total", "812万元"), ("work_injury", "income_total", "1,460万元"),
        ("maternity", "expenditure_total", "776万元"),
        ("work_injury", "expenditure_total", "1,205万元")]


def test_respectively_metric_words_of_an_earlier_run_are_not_this_runs() -> None:
    [drafts] = link_texts("基金收入为900万元，支出和当年结余分别为700万元和200万元。", fund=PENSION)
    assert [summary(d)[2] for d in drafts] == [
        "income_total", "expenditure_total", "annual_balance"]


def test_respectively_heading_with_other_count_of_funds_is_not_used() -> None:
    text = ("河口县2022年社会保险基金决算说明\n（四）生育保险基金\n"
            "两项基金全年收入分别为812万元和1,460万元。\n")
    assert {f for f, _, _ in _facts(text)} <= {"all_funds", "maternity"}
