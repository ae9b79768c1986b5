"""find_spans skips a text with no cue and no frame of stated_first: the
answer stays that of the plain computation (no cue: stated_first alone)."""

from __future__ import annotations

import pytest

from shebao.cause import classify
from shebao.cause.cues import find

CUELESS = [
    "",
    "今年参保人数持续增加，基金收入平稳。",
    "一、基本情况\n全年征缴收入12.5亿元，同比增长3.1%；支出10.2亿元。",
    "年初测算偏于保守，使得待遇支出增长较快。",
    "通过扩大征缴范围，职工医保基金收入增加。",
    "退休人员逐年增多，是支出增长的主要原因。",
    "各县结余一次性上解，造成本级基金收入大幅增长；其他收入1万元。",
]


@pytest.mark.parametrize("text", CUELESS)
def test_classify_find_spans_cueless_text_as_stated_first(model_dir, text: str) -> None:
    model = classify.load_model(model_dir)
    assert find(text) == []
    got = classify.find_spans(text, model)
    assert got == classify.stated_first(text, [])


def test_classify_find_spans_gate_keeps_stated_first_frames(model_dir) -> None:
    model = classify.load_model(model_dir)
    text = "年初测算偏于保守，使得待遇支出增长较快。"
    assert [text[s.start:s.end] for s in classify.find_spans(text, model)] == ["年初测算偏于保守"]
    assert classify.find_spans("今年参保人数持续增加，基金收入平稳。", model) == []
