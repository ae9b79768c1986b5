"""The one-char repairs written char first (run by re) find what their lookbehind-first
forms (run by regex) find (normalise.chars)."""

from __future__ import annotations

import random
import re

import pytest
import regex

from shebao.normalise import chars as C
from shebao.normalise.chars import CHARS_SCHEMA
from shebao.resources import load

UNITS = "|".join(regex.escape(u) for u in sorted(
    load("normalise_chars.yaml", CHARS_SCHEMA)["decimal_units"], key=len, reverse=True))

LOOKBEHIND_FIRST = {
    "dot": regex.compile(r"(?<= \d ) ． (?= \d )", regex.VERBOSE),
    "comma": regex.compile(r"(?<= \d ) ， (?= \d{3} )", regex.VERBOSE),
    "decimal": regex.compile(rf"(?<= \d ) 。 (?= \d+ \s* (?: {UNITS} ) )", regex.VERBOSE),
}

PIECES = ["1", "23", "456", "789", "0", "\u0663", "．", "，", "。", " ", "\u3000", "\n", "万元", "%",
          "亿", "元", "人", "收入", "a", "."]


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 12))) for _ in range(8000)]


@pytest.mark.parametrize(("name", "fast"), [
    ("dot", C.DOT_BETWEEN_DIGITS), ("comma", C.THOUSANDS_COMMA),
    ("decimal", C.decimal_point_pattern())])
def test_char_first_pattern_matches_the_lookbehind_first_form(name, fast) -> None:
    assert isinstance(fast, re.Pattern)
    found = 0
    for text in _texts(41):
        expected = [m.span() for m in LOOKBEHIND_FIRST[name].finditer(text)]
        found += len(expected)
        assert [m.span() for m in fast.finditer(text)] == expected, repr(text)
    assert found > 20


def test_decimal_marks_are_still_repaired() -> None:
    assert C.fold_chars("收入3。5万元，增长2．5%，合计1，234元") == "收入3.5万元，增长2.5%，合计1,234元"
