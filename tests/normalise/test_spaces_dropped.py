"""The space and punctuation patterns written set first (run by re) find what their
lookbehind-first forms (run by regex) find (normalise.spaces, normalise.chars)."""

from __future__ import annotations

import random

import pytest
import regex

from shebao.normalise.chars import ASCII_PUNCT_NEAR_CJK, CJK
from shebao.normalise.spaces import DROPPED_SPACES

LOOKBEHIND_FIRST_SPACES = regex.compile(rf"""
    (?<= [{CJK}] ) [ \u3000\xa0]+
  | [ \u3000\xa0]+ (?= [{CJK}] )
  | (?<= \d ) [ \u3000\xa0]+ (?= [%‰] )
  | (?<= [≥≤<>=] ) [ \u3000\xa0]+ (?= [-+]?\d )
""", regex.VERBOSE)

LOOKBEHIND_FIRST_PUNCT = regex.compile(rf"""
    (?<= [{CJK}] ) [,;:?!()]
  | [,;:?!()] (?= [{CJK}] )
""", regex.VERBOSE)

# spaces, CJK chars and punctuation at the edges of the CJK ranges, digits of several
# scripts, comparators, signs, percent signs, ASCII punctuation and line breaks
PIECES = [" ", "\u3000", "\xa0", "\t", "\n", "收", "\u3400", "\u9fff", "\uf900", "\U00020000",
          "\u303f", "\u3040", "\uff01", "\uff0f", "\uff10", "\uff1a", "\uff20", "\uff21",
          "\uff3b", "\uff40", "\uff5b", "\uff65", "\uff66", "\u2018", "\u201d", "\u2026",
          "\u2017", "1", "\u0663", "\uff17", "%", "‰", "≥", "≤", "<", ">", "=", "-", "+",
          ",", ";", ":", "?", "!", "(", ")", "a", "."]


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("fast", "plain", "seed"), [
    (DROPPED_SPACES, LOOKBEHIND_FIRST_SPACES, 14),
    (ASCII_PUNCT_NEAR_CJK, LOOKBEHIND_FIRST_PUNCT, 15)], ids=["spaces", "punctuation"])
def test_set_first_pattern_matches_the_lookbehind_first_form_on_random_texts(fast, plain, seed) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 10)))
        expected = _spans(plain, text)
        found += len(expected)
        assert _spans(fast, text) == expected, repr(text)
    assert found > 1000
