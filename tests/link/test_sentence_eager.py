"""What every sentence view is asked is found on construction: its fund
words (less those inside a qualifier), completion-rate cues and periods."""

from __future__ import annotations

from shebao.link import clauses, cues
from shebao.link.periods import last_period
from shebao.link.sentence import SentenceView, _funds
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


def test_funds_leave_out_those_inside_a_qualifier() -> None:
    text = "职工医疗保险基金（含生育保险基金，下同）收入9万元，失业保险基金收入2万元。"
    view = _view(text)
    assert [t.text for t in view.terms if t.kind == "fund"] == [
        "职工医疗保险基金", "生育保险基金", "失业保险基金"]
    qualifiers = cues.spans("qualifier", text)
    assert [t.text for t in _funds(text, view.terms, qualifiers)] == [
        "职工医疗保险基金", "失业保险基金"]
    assert view.funds == _funds(text, view.terms, qualifiers)


def test_qualifiers_are_found_once_for_the_funds_and_the_layout() -> None:
    for text in ["养老保险基金（含补贴，下同）收入9万元，支出（不含利息）2万元。",
                 "失业保险基金(含稳岗返还)支出3万元，收入4万元。", "收入5万元，支出1万元。"]:
        view = _view(text)
        assert view._qualifiers == cues.spans("qualifier", text)
        assert view.layout == clauses.layout(text, lists=view.lists)  # found by itself


def test_funds_inside_an_ascii_bracket_qualifier_stay() -> None:
    text = "养老保险基金(含失业保险基金)收入9万元。"
    assert [t.text for t in _view(text).funds] == ["养老保险基金", "失业保险基金"]


def test_funds_without_a_bracket_are_every_fund_word() -> None:
    text = "养老保险基金收入5万元，工伤保险基金支出1万元。"
    view = _view(text)
    assert view.funds == [t for t in view.terms if t.kind == "fund"]
    assert len(view.funds) == 2


def test_rates_and_periods_are_ready_on_construction() -> None:
    text = "1-6月，医疗保险基金支出8万元，完成预算的45%。"
    view = _view(text)
    assert {"funds", "_rates", "_qualifiers", "period_index", "_fund_memo"} <= set(vars(view))
    assert view.says_rate() and view._fund_memo == {}
    for pos in range(len(text) + 1):
        assert view.period_before(pos) == view.period_index.last_before(pos) \
            == last_period(text[:pos])
