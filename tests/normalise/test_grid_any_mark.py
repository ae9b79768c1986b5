"""The one scan for grid marks runs by re, set first, and finds what the marks'
alternation run by regex finds (normalise.grid)."""

from __future__ import annotations

import random
import re

import regex

from shebao.normalise.grid import MARKS, _any_mark, grid_cue

PIECES = ["收入", "12", " ", "  ", "\u3000", "\xa0", "|", "｜", "-", "---", "==", "━━━",
          "\t", "\n", "—", "─", "a"]


def _written() -> regex.Pattern:
    body = "\n| ".join(f"(?: {grid_cue()[name].pattern} )" for name in MARKS)
    return regex.compile(f"( {body}\n| \\t ) [^\\n]*", regex.VERBOSE)


def test_the_scan_is_run_by_re_and_opens_with_the_marks_first_chars() -> None:
    pattern = _any_mark()
    assert isinstance(pattern, re.Pattern)
    assert pattern.pattern.startswith("[")


def test_the_scan_finds_the_marks_of_the_alternation() -> None:
    rng = random.Random(16)
    written = _written()
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        expected = [(m.span(), m.span(1)) for m in written.finditer(text)]
        found += len(expected)
        assert [(m.span(), m.span(1)) for m in _any_mark().finditer(text)] == expected, repr(text)
    assert found > 1000
