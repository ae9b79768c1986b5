"""Execution-rate rows of a self-evaluation table against the prose figures."""

from __future__ import annotations

import pytest

from .texts import flags_of

PROSE = ("2020年失业保险基金预算支出800万元，实际支出760万元。\n"
         "五、附表\n某县失业保险基金支出绩效自评表\n"
         "一级指标\t二级指标\t三级指标\t预期指标值\t实际完成指标值\n"
         "产出指标\t数量指标\t基金支出预算执行率\t95%-105%\t{rate}\n")


@pytest.mark.parametrize(("rate", "flagged"), [
    pytest.param("95%", False, id="matches-actual-over-budget"),
    pytest.param("95.0%", False, id="same-with-a-decimal"),
    pytest.param("61%", True, id="contradicts-the-prose"),
])
def test_indicators_execution_rate_against_prose(rate: str, flagged: bool) -> None:
    kinds = [(f.kind, f.severity) for f in flags_of(PROSE.format(rate=rate))]
    assert (("budget_rate", "warning") in kinds) == flagged


def test_indicators_row_of_another_fund_is_not_compared() -> None:
    text = PROSE.format(rate="95%").replace("基金支出预算执行率\t95%-105%\t95%",
                                            "工伤保险基金支出预算执行率\t95%-105%\t61%")
    assert not [f for f in flags_of(text) if f.kind == "budget_rate"]
