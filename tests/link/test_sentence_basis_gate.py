"""A view whose sentence holds no gate character of the basis cues answers
``basis_before`` with None at once (``_may_name_basis``): the answers stay
those of the phrase-by-phrase reading."""

from __future__ import annotations

import random

import pytest
from shebao.link import cues
from shebao.link.sentence import BASIS_CUES, SentenceView
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


def _answers(view: SentenceView) -> list:
    return [view.basis_before(pos, strong) for pos in range(len(view.text) + 1)
            for strong in (False, True)]


def _ungated_answers(text: str) -> list:
    view = _view(text)
    view._may_name_basis = True  # the old form: every phrase read
    return _answers(view)


@pytest.mark.parametrize("text", [
    "基金收入12万元，比上年增长3%。",
    "年初预算安排支出9万元，实际执行8万元，完成预算的89%。",
    "决算收入7万元，较预算数增加1万元。",
    "工伤保险基金（含补贴）支出5万元，同比下降2%。",
])
def test_basis_gate_keeps_the_answers(text: str) -> None:
    view = _view(text)
    gates = "".join(cues.gate_chars(name) or "" for name in BASIS_CUES)
    assert view._may_name_basis == any(c in text for c in gates)
    assert _answers(view) == _ungated_answers(text)


def test_basis_gate_keeps_the_answers_on_random_texts() -> None:
    pieces = [*"收入支出万元年上比较增减，；（）、为了的", "预算", "执行", "实际", "决算",
              "年初预算", "调整预算", "完成预算的", "12万元", "3%", "较预算数"]
    rng = random.Random(16)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _answers(_view(text)) == _ungated_answers(text), text
