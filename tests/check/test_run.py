"""All checks together: honest rounding and explained gaps raise no error."""

from __future__ import annotations

import pytest

from .texts import flags_of, summary

# 25 / 1200 = 2.0833…%, written 2.08%.
RATE_ROUNDED = ("2020年工伤保险基金收入1225万元，较上年增长2.08%。"
                "2019年工伤保险基金收入1200万元。\n")
# 2.08亿元 stands for 20750 … 20900万元; 20375 × 1.0208 = 20798.8.
LEVEL_ROUNDED = ("2020年工伤保险基金收入2.08亿元，较上年增长2.08%。"
                 "2019年工伤保险基金收入20375万元。\n")
# 500.06 + 460.05 = 960.11, written total 960.10.
ITEMS_OFF_BY_LAST_DIGIT = ("2020年失业保险基金支出960.10万元，其中：失业保险金支出500.06万元，"
                           "职业技能提升补贴支出460.05万元。\n")
# A complete table (income adds up) whose expenditure rows miss by 0.01.
TABLE_OFF_BY_LAST_DIGIT = """各项社会保险基金收支情况表
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
2020
4200
1500
900
1800
3500.00
1300.33
700.33
1499.33
基金运行总体平稳。
"""
# 1976.8 / 1000 = 197.68%, written 197% (cut, not rounded).
RATE_TRUNCATED = "2020年工伤保险基金预算支出1000万元，实际支出1976.8万元，预算执行率为197%。\n"
PARTIAL_LIST = ("2020年失业保险基金支出960万元，其中：失业保险金支出500万元，"
                "职业技能提升补贴支出200万元。\n")
# 120 / 1620 = 7.407…%, a decrease written with its sign in words.
DECREASE_ROUNDED = ("2020年工伤保险基金收入1500万元，较上年减少120万元，下降7.41%。"
                    "2019年工伤保险基金收入1620万元。\n")


@pytest.mark.parametrize("body", [
    pytest.param(RATE_ROUNDED, id="rate-rounded"),
    pytest.param(LEVEL_ROUNDED, id="level-in-yi-rounded"),
    pytest.param(ITEMS_OFF_BY_LAST_DIGIT, id="items-off-by-last-digit"),
    pytest.param(TABLE_OFF_BY_LAST_DIGIT, id="table-off-by-last-digit"),
    pytest.param(RATE_TRUNCATED, id="rate-truncated"),
    pytest.param(PARTIAL_LIST, id="partial-list-short-of-total"),
    pytest.param(DECREASE_ROUNDED, id="decrease-rounded"),
])
def test_run_honest_figures_raise_no_flag(body: str) -> None:
    assert flags_of(body) == []


NOTE_IN_SENTENCE_BALANCE = ("2020年工伤保险基金收入1500万元（不含上解下拨），支出1300万元，"
                            "本年收支结余260万元。\n")
NOTE_IN_SENTENCE_SUM = ("2020年失业保险基金支出960万元（不含上解下拨），其中：失业保险金支出720万元，"
                        "职业技能提升补贴支出300万元。\n")
NOTE_AFTER_FIGURES = ("2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余260万元，"
                      "以上数据不含上解下拨。\n")
NOTE_OWN_SENTENCE = ("本报告基金收支数据均不含上解下拨。"
                     "2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余260万元。\n")
NOTE_OWN_SENTENCE_SUM = ("本报告基金收支数据均不含上解下拨。2020年失业保险基金支出960万元，"
                         "其中：失业保险金支出720万元，职业技能提升补贴支出300万元。\n")


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(NOTE_IN_SENTENCE_BALANCE, [("balance", "warning", "260万元")],
                 id="balance-note-in-sentence"),
    pytest.param(NOTE_IN_SENTENCE_SUM, [("sum", "warning", "960万元")], id="sum-note-in-sentence"),
    pytest.param(NOTE_AFTER_FIGURES, [("balance", "warning", "260万元")],
                 id="balance-note-after-figures"),
    pytest.param(NOTE_OWN_SENTENCE, [("balance", "warning", "260万元")],
                 id="balance-note-own-sentence"),
    pytest.param(NOTE_OWN_SENTENCE_SUM, [("sum", "warning", "960万元")],
                 id="sum-note-own-sentence"),
])
def test_run_explained_gap_only_warns(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected


def test_run_one_flag_per_figure_in_text_order() -> None:
    body = ("2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余260万元。\n"
            "2020年失业保险基金支出960万元，其中：失业保险金支出720万元，"
            "职业技能提升补贴支出300万元。\n")
    assert summary(flags_of(body)) == [("balance", "error", "260万元"), ("sum", "error", "960万元")]
