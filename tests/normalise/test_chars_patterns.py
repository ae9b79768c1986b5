"""The character-repair patterns run by ``re`` match as their plain forms (normalise.chars)."""

from __future__ import annotations

import random
import re

import regex

from shebao.normalise import chars as C

PIECES = ["１２", "３", "ａ", "Ｚ", "％", "＋", "＞", "1", "收入", "(", ")", "（", "）", "\n",
          "年度", "abc", " ", "，", "2021"]


def _texts() -> list[str]:
    rng = random.Random(16)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14))) for _ in range(3000)]


def test_always_run_finds_the_runs_of_the_plus_form() -> None:
    plus = re.compile(C._ALWAYS_SET + "+")
    for text in _texts():
        assert [m.span() for m in C.ALWAYS_RUN.finditer(text)] == \
            [m.span() for m in plus.finditer(text)], repr(text)


def test_paren_pair_and_cjk_char_are_run_by_re_and_match_as_regex() -> None:
    written = regex.compile(r"\( ( [^()\n]* ) \)", regex.VERBOSE)
    cjk = regex.compile(rf"[{C.CJK}]")
    assert isinstance(C.PAREN_PAIR, re.Pattern) and isinstance(C.CJK_CHAR, re.Pattern)
    for text in _texts():
        assert [m.span(1) for m in C.PAREN_PAIR.finditer(text)] == \
            [m.span(1) for m in written.finditer(text)], repr(text)
        assert (C.CJK_CHAR.search(text) is None) == (cjk.search(text) is None), repr(text)


def test_brackets_around_chinese_become_full_width() -> None:
    assert C.fold_chars("(二)支出") == "（二）支出"
    assert C.fold_chars("(12)") == "(12)"
