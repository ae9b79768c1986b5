"""Structural reach of an explanation: lists, sentences, closing effect clauses."""

from __future__ import annotations

import pytest

from shebao.cause.clauses import split
from shebao.cause.extent import closing_cut, marker, reach


def _index(clauses, prefix: str) -> int:
    return next(i for i, c in enumerate(clauses) if c.text.startswith(prefix))


@pytest.mark.parametrize(("clause", "expected"), [
    ("（2）参保人数增加", ("（#）", 2)),
    ("③待遇标准上调", ("#", 3)),
    ("二是缴费基数提高", ("#是", 2)),
    ("其二，缴费基数提高", ("其#", 2)),
    ("其次，缴费基数提高", ("首先", 2)),
    ("另一方面，领取人数减少", ("一方面", 2)),
    ("基金收入增加", None),
])
def test_extent_marker_family_and_number(clause: str, expected) -> None:
    assert marker(split(clause)[0]) == expected


@pytest.mark.parametrize(("text", "first", "last"), [
    pytest.param("支出增加的原因：\n（1）退休人员新增3000人，\n人均养老金上调。\n（2）丧葬补助标准提高。\n三、下一步工作",
                 "（1）", "（2）", id="list-items-over-lines"),
    pytest.param("原因：①存款到期集中；②利率上调，利息增多。其他收入5万元。\n（一）存在问题",
                 "①", "其他收入", id="last-item-runs-to-line-end"),
    pytest.param("主要原因为：补贴资金未拨付，\n年底才入账，故完成率偏低。\n4.下一条指标",
                 "补贴资金", "故完成率", id="sentence-through-wrapped-line"),
    pytest.param("主要是缴费人数减少，基数下调。收入另有变化。", "主要是", "基数下调", id="sentence-only"),
])
def test_extent_reach_of_first_clause(text: str, first: str, last: str) -> None:
    clauses = split(text)
    assert clauses[reach(clauses, _index(clauses, first))].text.startswith(last)


@pytest.mark.parametrize(("labels", "expected"), [
    pytest.param(["cause", "cause", "effect"], 1, id="closing-effect-cut"),
    pytest.param(["cause", "effect", "cause"], 2, id="cause-after-result-kept"),
])
def test_extent_closing_cut(labels: list[str], expected: int) -> None:
    clauses = split("编制时人数预测偏大，标准未调整，导致支出较预算减少。")
    if labels[1] == "effect":
        clauses = split("预算编制偏大，造成支出偏低，转出人员增多。")
    assert closing_cut(clauses, 0, 2, dict(enumerate(labels))) == expected


@pytest.mark.parametrize(("text", "first"), [
    pytest.param("支出增长5%。实行统收统支。资金按月上缴，使得收入增长。", "实行统收统支", id="back-over-plain"),
    pytest.param("基金运行平稳。资金按月上缴，使得收入增长。", "资金按月上缴", id="stop-at-fund-statement"),
    pytest.param("由于人数增加。资金按月上缴，使得收入增长。", "资金按月上缴", id="stop-at-cue"),
    pytest.param("二、基金收支情况\n资金按月上缴，使得收入增长。", "资金按月上缴", id="stop-at-heading"),
    pytest.param("一是人数多。资金按月上缴，使得收入增长。", "资金按月上缴", id="stop-at-list"),
    pytest.param("甲事。乙事。丙事。丁事。资金按月上缴，使得收入增长。", "乙事", id="at-most-three-back"),
])
def test_extent_back_start_of_stated_first(text: str, first: str) -> None:
    from shebao.cause.extent import back_start

    clauses = split(text)
    assert clauses[back_start(text, clauses, _index(clauses, "使得"))].text.startswith(first)
