"""Clauses and the window of a cue: numbered lists run over sentences."""

from __future__ import annotations

import pytest

from shebao.cause.clauses import split, window

LIST = "支出增长的主要原因：一是人数增加。二是标准提高。其他支出3万元。"
PLAIN = "支出增长的主要原因是人数增加。其他支出3万元。"
HEADLINE = "减少的主要原因：\n（1）费率下调；\n（2）人数减少。\n三、绩效情况"


@pytest.mark.parametrize(("text", "last"), [
    pytest.param(LIST, "二是标准提高。", id="list-over-sentences"),
    pytest.param(PLAIN, "支出增长的主要原因是人数增加。", id="plain-sentence-stops"),
    pytest.param(HEADLINE, "（2）人数减少。\n", id="headline-and-list"),
])
def test_clauses_window_ends_with_list(text: str, last: str) -> None:
    clauses = split(text)
    span = window(clauses, 0)
    assert clauses[span[-1]].text == last


def test_clauses_split_before_list_marker_without_punctuation() -> None:
    texts = [c.text for c in split("原因一是住院增加二是门诊增加")]
    assert texts == ["原因", "一是住院增加", "二是门诊增加"]
