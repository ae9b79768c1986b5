"""Unit and digit slips: the flagged figure and the correction that makes the report agree."""

from __future__ import annotations

import pytest

from .texts import HEAD, flags_of

SAME_TOTAL_TWICE = (
    "2020年城乡居民基本养老保险基金支出8600万元。\n"
    "二、预算执行\n"
    "2020年城乡居民基本养老保险基金支出8600亿元，完成预算的101%。\n"
)
CHANGE_AGAINST_LEVEL_AND_RATE = (
    "2020年工伤保险基金收入1500万元，较上年增加120亿元，增长8.7%；支出1300万元。\n"
)
CHANGE_AGAINST_TWO_YEARS = (
    "2020年工伤保险基金收入1500万元，较上年增加120亿元，增长8.7%。"
    "2019年工伤保险基金收入1380万元。\n"
)
ITEM_IN_YUAN = (
    "2020年失业保险基金支出960万元，其中：失业保险金支出520元，职业技能提升补贴支出300万元。\n"
)


@pytest.mark.parametrize(("body", "figure", "severity", "suggestion"), [
    pytest.param(SAME_TOTAL_TWICE, "8600亿元", "error", "8600万元", id="same-total-twice"),
    pytest.param(CHANGE_AGAINST_LEVEL_AND_RATE, "120亿元", "error", "120万元",
                 id="change-vs-level-and-rate"),
    pytest.param(CHANGE_AGAINST_TWO_YEARS, "120亿元", "error", "120万元",
                 id="change-vs-two-years"),
    pytest.param(ITEM_IN_YUAN, "520元", "warning", "520万元", id="item-in-yuan-under-total"),
])
def test_fixes_unit_slip_is_flagged_with_the_right_unit(body: str, figure: str, severity: str,
                                                        suggestion: str) -> None:
    (flag,) = flags_of(body)
    assert (flag.kind, flag.severity, flag.text, flag.suggestion) == (
        "unit", severity, figure, suggestion)


def test_fixes_unit_slip_points_at_the_original_text() -> None:
    (flag,) = flags_of(SAME_TOTAL_TWICE)
    text = HEAD + SAME_TOTAL_TWICE
    assert text[flag.start:flag.end] == "8600亿元"
    assert [text[r.start:r.end] for r in flag.related] == ["8600万元"]


BALANCE_DIGIT = "2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余20万元。\n"
CHANGE_DIGIT = ("2020年工伤保险基金收入1500万元，较上年增加12万元。"
                "2019年工伤保险基金收入1380万元。\n")
RATE_DIGIT = "2020年工伤保险基金预算收入1400万元，实际收入1500万元，预算完成率为17.14%。\n"
STATED_TWICE_DIGIT = (
    "2020年城乡居民基本养老保险基金支出8600万元。\n"
    "二、预算执行\n"
    "2020年城乡居民基本养老保险基金支出860万元。\n"
)


@pytest.mark.parametrize(("body", "figure", "suggestion"), [
    pytest.param(BALANCE_DIGIT, "20万元", "200万元", id="balance-exposes-dropped-digit"),
    pytest.param(CHANGE_DIGIT, "12万元", "120万元", id="change-exposes-dropped-digit"),
    pytest.param(RATE_DIGIT, "17.14%", "107.14%", id="budget-rate-exposes-dropped-digit"),
    pytest.param(STATED_TWICE_DIGIT, "860万元", "8600万元", id="second-statement-drops-digit"),
])
def test_fixes_digit_slip_suggests_the_corrected_figure(body: str, figure: str,
                                                        suggestion: str) -> None:
    (flag,) = flags_of(body)
    assert (flag.kind, flag.text, flag.suggestion) == ("digit", figure, suggestion)
