"""Texts without wide spaces are read with the ASCII-space pattern, and the spaced-group
gate run by re finds what its regex form finds (normalise.spaces)."""

from __future__ import annotations

import random
import re

import regex

from shebao.normalise import spaces as S
from shebao.normalise.offsets import MappedText, apply_edits

PIECES = [" ", "  ", "\u3000", "\xa0", "\t", "\n", "收入", "，", "1", "23", "456", "\u0663",
          "%", "‰", "≥", "=", "-", "+", "a", ".", "万元", "人次"]

FIGURE_PIECES = ["1", "23", "456", "7890", "\u0663", " ", "  ", "\u3000", ".", "万元"]


def _texts(seed: int, pieces: list[str]) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14))) for _ in range(5000)]


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _drop_with_every_space(mt: MappedText) -> MappedText:
    """drop_spaces with the pattern of every space and no gate on the figures."""
    spans = {m.span() for m in S.DROPPED_SPACES.finditer(mt.text)}
    for m in S.thousands_figure().finditer(mt.text):
        spans |= {(m.start() + k, m.start() + k + 1) for k, ch in enumerate(m.group()) if ch == " "}
    return apply_edits(mt, [(start, end, "") for start, end in spans])


def test_dropped_spaces_builds_a_pattern_per_space_set() -> None:
    assert isinstance(S.dropped_spaces("[ ]"), re.Pattern)
    assert _spans(S.dropped_spaces("[ ]"), "收入 12") == [(2, 3)]
    assert _spans(S.dropped_spaces("[ ]"), "收入\u300012") == []
    assert _spans(S.dropped_spaces(r"[ \u3000]"), "收入\u300012") == [(2, 3)]


def test_the_ascii_pattern_matches_the_full_one_where_no_wide_space_is() -> None:
    narrow = [p for p in PIECES if p not in ("\u3000", "\xa0")]
    found = 0
    for text in _texts(31, narrow):
        expected = _spans(S.DROPPED_SPACES, text)
        found += len(expected)
        assert _spans(S.DROPPED_ASCII_SPACES, text) == expected, repr(text)
    assert found > 500


def test_drop_spaces_gives_what_the_full_pattern_gives() -> None:
    for text in _texts(32, PIECES):
        mt = MappedText.identity(text)
        assert S.drop_spaces(mt) == _drop_with_every_space(mt), repr(text)


def test_the_spaced_group_gate_matches_its_regex_form() -> None:
    written = regex.compile(r"(?<= \d ) [ ] (?= \d{3} )", regex.VERBOSE)
    assert isinstance(S.SPACED_GROUP, re.Pattern)
    found = 0
    for text in _texts(33, FIGURE_PIECES):
        expected = _spans(written, text)
        found += len(expected)
        assert _spans(S.SPACED_GROUP, text) == expected, repr(text)
    assert found > 100


def test_wide_spaces_beside_chinese_are_still_dropped() -> None:
    assert S.drop_spaces(MappedText.identity("收入\u3000 12万元")).text == "收入12万元"
    assert S.drop_spaces(MappedText.identity("结余\xa03 450 万元")).text == "结余3450万元"
