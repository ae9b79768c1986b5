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


ACCOUNTS_ADD_UP = ("2021年职工基本医疗保险基金收入5200.50万元，其中统筹基金收入3100.20万元，"
                   "个人账户收入2100.30万元。\n")
ACCOUNT_DROPS_DIGIT = ("2021年职工基本医疗保险基金收入5200.50万元，其中统筹基金收入3100.20万元，"
                       "个人账户收入210.30万元。\n")
# The split is listed under 征缴收入: it splits that figure, not the fund's income.
SPLIT_OF_A_COMPONENT = ("2021年职工基本医疗保险基金收入5200.50万元。2021年职工基本医疗保险基金"
                        "征缴收入4800.40万元，其中：统筹基金收入2700.10万元，个人账户收入2100.30万元。\n")


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(ACCOUNTS_ADD_UP, [], id="accounts-add-up"),
    pytest.param(ACCOUNT_DROPS_DIGIT, [("digit", "warning", "210.30万元")],
                 id="account-drops-digit"),
    pytest.param(SPLIT_OF_A_COMPONENT, [], id="split-of-a-component"),
])
def test_relations_accounts_add_up_to_their_fund(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected


# The employee fund counts its 4.00 transfer into its benefits, the total does not.
FUNDS_EXCEED_BY_STATED_ITEM = (
    "2020年基本医疗保险基金待遇支出5000.00万元，转移支出4.00万元。\n"
    "2020年职工基本医疗保险基金转移支出4.00万元，待遇支出3004.00万元。\n"
    "2020年城乡居民基本医疗保险基金待遇支出2000.00万元。\n")
FUNDS_EXCEED_BY_OTHER_AMOUNT = FUNDS_EXCEED_BY_STATED_ITEM.replace("3004.00", "3010.00")


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(FUNDS_EXCEED_BY_STATED_ITEM, [], id="excess-is-a-stated-item"),
    pytest.param(FUNDS_EXCEED_BY_OTHER_AMOUNT, [("sum", "warning", "5000.00万元")],
                 id="excess-unexplained"),
])
def test_relations_fund_excess_explained_by_stated_item(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected


# 1500.46 − 1300.29 = 200.17; the expenditure written 1300.2 (a decimal lost) is no rounding.
AMOUNT_LOSES_DECIMAL = "2020年工伤保险基金收入1500.46万元，支出1300.2万元，本年收支结余200.17万元。\n"
AMOUNT_ROUNDED = "2020年工伤保险基金收入1500.46万元，支出1300.3万元，本年收支结余200.17万元。\n"


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(AMOUNT_LOSES_DECIMAL, [("balance", "error", "200.17万元")], id="decimal-lost"),
    pytest.param(AMOUNT_ROUNDED, [], id="decimal-rounded"),
])
def test_relations_amounts_are_rounded_not_cut(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected
