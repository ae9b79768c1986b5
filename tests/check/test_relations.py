"""Sum, balance, change and budget-rate relations that a report's figures break."""

from __future__ import annotations

import pytest

from .texts import flags_of, summary

LIST_EXCEEDS_TOTAL = (
    "2020年失业保险基金支出960万元，其中：失业保险金支出720万元，职业技能提升补贴支出300万元。\n"
)
# The funds add up for income (1500 + 900 + 1800 = 4200), so the table is
# complete, and must add up for expenditure too (1300 + 700 + 1400 ≠ 3500).
COMPLETE_TABLE = """各项社会保险基金收支情况表
单位：万元
项  目
一、基金收入
工伤保险
失业保险
生育保险
二、基金支出
工伤保险
失业保险
生育保险
2019 2020
3900 4200
1400 1500
800 900
1700 1800
3300 3500
1200 1300
650 700
1450 1400
基金运行总体平稳。
"""
INCOME_MINUS_EXPENDITURE = "2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余260万元。\n"
ROLLOVER = ("2020年工伤保险基金本年收支结余200万元，年末累计结余2600万元。"
            "2019年末工伤保险基金累计结余2300万元。\n")
CHANGE_VS_YEARS = ("2020年工伤保险基金收入1500万元，较上年增加150万元。"
                   "2019年工伤保险基金收入1380万元。\n")
RATE_VS_CHANGE = ("2020年工伤保险基金收入1500万元，较上年增加120万元，增长12%。"
                  "2019年工伤保险基金收入1380万元。\n")
BUDGET_RATE = "2020年工伤保险基金预算收入1400万元，实际收入1500万元，预算完成率为103%。\n"


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(LIST_EXCEEDS_TOTAL, [("sum", "error", "960万元")], id="sum-list-exceeds-total"),
    pytest.param(COMPLETE_TABLE, [("sum", "error", "3500")], id="sum-complete-table"),
    pytest.param(INCOME_MINUS_EXPENDITURE, [("balance", "error", "260万元")],
                 id="balance-income-minus-expenditure"),
    pytest.param(ROLLOVER, [("balance", "error", "2600万元")], id="balance-accumulated-rollover"),
    pytest.param(CHANGE_VS_YEARS, [("change", "error", "150万元")], id="change-vs-two-years"),
    pytest.param(RATE_VS_CHANGE, [("change", "error", "12%")], id="change-rate-vs-change"),
    pytest.param(BUDGET_RATE, [("budget_rate", "error", "103%")], id="budget-rate"),
])
def test_relations_broken_relation_is_flagged(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected


@pytest.mark.parametrize(("body", "numbers"), [
    pytest.param(LIST_EXCEEDS_TOTAL, ["720", "300", "960"], id="sum"),
    pytest.param(INCOME_MINUS_EXPENDITURE, ["1500", "1300", "260"], id="balance"),
    pytest.param(BUDGET_RATE, ["1500", "1400", "103"], id="budget-rate"),
])
def test_relations_message_shows_the_numbers(body: str, numbers: list[str]) -> None:
    (flag,) = flags_of(body)
    assert [n for n in numbers if n not in flag.message] == []


@pytest.mark.parametrize(("body", "related"), [
    pytest.param(INCOME_MINUS_EXPENDITURE, ["1500万元", "1300万元"], id="balance"),
    pytest.param(CHANGE_VS_YEARS, ["1500万元", "1380万元"], id="change"),
])
def test_relations_flag_names_the_related_figures(body: str, related: list[str]) -> None:
    (flag,) = flags_of(body)
    assert [r.text for r in flag.related] == related
