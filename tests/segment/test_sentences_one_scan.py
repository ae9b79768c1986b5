"""Sentence cuts found by one scan for terminators and brackets equal those of the
plain computation: a terminator scan, then a per-character map of matched pairs."""

from __future__ import annotations

import random

import pytest

from shebao.records import Sentence
from shebao.segment.sentences import (
    CLOSERS, PAIRS, SEMICOLONS, TERMINATORS, _pair_spans, protected, split_sentences,
)

ALPHABET = TERMINATORS + SEMICOLONS + "".join(PAIRS) + "".join(CLOSERS) + "甲乙丙 1.，、ab"


def _plain_protected(text: str) -> list[bool]:
    inside = [False] * len(text)
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in CLOSERS:
            open_at = [k for k, (o, _) in enumerate(stack) if PAIRS[o] == ch]
            if open_at:
                k = open_at[-1]
                for j in range(stack[k][1] + 1, i):
                    inside[j] = True
                del stack[k:]
        elif ch in PAIRS:
            stack.append((ch, i))
    return inside


def _plain_split(text: str, offset: int, semicolon: bool) -> tuple[Sentence, ...]:
    ends = TERMINATORS + (SEMICOLONS if semicolon else "")
    inside = _plain_protected(text)
    cuts, i = [], 0
    while i < len(text):
        if text[i] in ends and not inside[i]:
            j = i + 1
            while j < len(text) and (text[j] in ends or text[j] in CLOSERS):
                j += 1
            cuts.append(j)
            i = j
        else:
            i += 1
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    out, start = [], 0
    for cut in cuts:
        piece = text[start:cut]
        body = piece.strip()
        if body:
            s = offset + start + len(piece) - len(piece.lstrip())
            out.append(Sentence(s, s + len(body), body))
        start = cut
    return tuple(out)


def _texts(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(5))
def test_sentences_one_scan_cuts_as_the_plain_computation(seed: int) -> None:
    for text in _texts(seed):
        assert protected(text) == _plain_protected(text), text
        for semicolon in (False, True):
            assert split_sentences(text, 7, semicolon=semicolon) == _plain_split(text, 7, semicolon), text


def test_sentences_one_scan_keeps_a_terminator_inside_a_pair() -> None:
    text = "甲说（乙。丙）完。丁！"
    assert [s.text for s in split_sentences(text)] == ["甲说（乙。丙）完。", "丁！"]


def _old_pair_spans(brackets: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """``_pair_spans`` as it was written before the stack held each opener's closer."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in brackets:
        if ch in CLOSERS:
            open_at = [k for k, (o, _) in enumerate(stack) if PAIRS[o] == ch]
            if open_at:
                k = open_at[-1]
                spans.append((stack[k][1] + 1, i))
                del stack[k:]
        else:
            stack.append((ch, i))
    return spans


@pytest.mark.parametrize("seed", range(4))
def test_pair_spans_equal_the_old_form(seed: int) -> None:
    rng = random.Random(seed)
    marks = "".join(PAIRS) + "".join(CLOSERS)
    for _ in range(2000):
        brackets = [(i, rng.choice(marks)) for i in sorted(rng.sample(range(60), rng.randint(0, 12)))]
        assert _pair_spans(brackets) == _old_pair_spans(brackets), brackets


def test_pair_spans_close_the_innermost_matching_opener() -> None:
    # 《 … （ … 》: the 》 closes 《 and drops the unmatched （ inside it
    assert _pair_spans([(0, "《"), (2, "（"), (5, "》"), (7, "）")]) == [(1, 5)]
    assert _pair_spans([(0, "（"), (1, "（"), (3, "）"), (4, "）")]) == [(2, 3), (1, 4)]
    assert _pair_spans([(0, "）"), (1, "“")]) == []
