"""Unit slips shown by peers: income beside spending, last year, the budget."""

from __future__ import annotations

import pytest

from tests.check.texts import text_flags


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("工伤保险基金收入3684.25万元，基金支出2917.40亿元。",
                 ("unit", "2917.40亿元", "2917.40万元"), id="income-beside-spending"),
    pytest.param("生育保险基金收入1520万元，上年为1436亿元；当年结余84万元。",
                 ("unit", "1436亿元", "1436万元"), id="last-year"),
    pytest.param("失业保险基金支出8,204.6元，预算数为7,950万元，当年结余2,110万元。",
                 ("unit", "8,204.6元", "8,204.6万元"), id="budget-beside-actual-yuan"),
])
def test_peers_unit_slip_between_figures_of_one_order(body: str, expected: tuple) -> None:
    text = f"松河县2022年社会保险基金决算说明\n一、基金收支\n{body}\n"
    assert expected in text_flags(text)


@pytest.mark.parametrize("body", [
    pytest.param("工伤保险基金收入3684.25万元，基金支出2917.40万元。", id="same-order"),
    pytest.param("长期护理保险基金收入5200万元，基金支出0.05万元。", id="far-apart-not-a-slip"),
    pytest.param("医疗救助资金收入2.6亿元，上年为2.4亿元，支出2.1亿元。", id="all-in-yiyuan"),
])
def test_peers_silent_when_no_slip(body: str) -> None:
    text = f"松河县2022年社会保险基金决算说明\n一、基金收支\n{body}\n"
    assert [f for f in text_flags(text) if f[0] == "unit"] == []
