"""``_cuts`` takes a paragraph whose first terminator's tail runs to its end as one
sentence without reading its marks: the cuts equal those read off every terminator and
bracket (``_marked_cuts``, the former form), and ``FIRST_STOP`` finds the first
terminator with the tail ``MARK_TAIL`` gives it."""

from __future__ import annotations

import random

import pytest

from shebao.segment.sentences import (
    CLOSERS, FIRST_STOP, FIRST_STOP_OR_SEMICOLON, MARK_TAIL, MARK_TAIL_OR_SEMICOLON, PAIRS,
    SEMICOLONS, TERMINATORS, _cuts, _marked_cuts,
)

ALPHABET = TERMINATORS + SEMICOLONS + "".join(PAIRS) + "".join(CLOSERS) + "甲乙丙 1.，、ab"


def _texts(seed: int, n: int = 600) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        # many end in a run of terminators and closers, as most paragraphs do
        tail = "".join(rng.choice(TERMINATORS + "".join(CLOSERS)) for _ in range(rng.randint(0, 3)))
        out.append(body + tail)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_sentences_first_stop_cuts_as_every_mark_read(seed: int) -> None:
    for text in _texts(seed):
        for semicolon in (False, True):
            assert _cuts(text, semicolon) == _marked_cuts(text, semicolon), (text, semicolon)


@pytest.mark.parametrize("seed", range(2))
def test_sentences_first_stop_is_the_first_terminator_with_its_tail(seed: int) -> None:
    for text in _texts(seed):
        for first, marks in ((FIRST_STOP, MARK_TAIL), (FIRST_STOP_OR_SEMICOLON, MARK_TAIL_OR_SEMICOLON)):
            stops = [(m.start(), m.end(1)) for m in marks.finditer(text) if m.end(1) >= 0]
            found = first.search(text)
            assert (found.span() if found else None) == (stops[0] if stops else None), text


def test_sentences_first_stop_one_sentence_closed_by_its_marks() -> None:
    assert _cuts("甲（乙。）丙。”", False) == [8]
    assert _cuts("甲。乙（丙）", False) == [2, 6]
    assert _cuts("甲；乙。", False) == [4]
    assert _cuts("甲；乙。", True) == [2, 4]
    assert _cuts("", False) == [0]
