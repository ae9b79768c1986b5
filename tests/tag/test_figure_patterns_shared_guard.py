"""Neighbouring guarded branches share the lookahead their guards open with."""

from __future__ import annotations

import itertools
import re

from shebao.tag import figure_patterns
from shebao.tag.figure_patterns import patterns

DASH = frozenset("-~")
PCT = frozenset("%")
UNIT = frozenset("$")
PARTS = [
    ((), r"(?P<a>x\d+)"),
    ((DASH, PCT), r"(?P<b>\d+[-~]\d+%)"),
    ((DASH, UNIT), r"(?P<c>\d+[-~]\d+\$)"),
    ((DASH,), r"(?P<d>\d+[-~]\d+)"),
    ((PCT,), r"(?P<e>\d+%)"),
    ((UNIT,), r"(?P<f>\d+\$)"),
]


def _separately_guarded() -> re.Pattern:
    branches = ["".join(map(figure_patterns._lookahead, sets)) + body for sets, body in PARTS]
    return re.compile("(?:" + "|".join(branches) + ")")


def _all_matches(pattern: re.Pattern, text: str) -> list[tuple]:
    found = (pattern.match(text, i) for i in range(len(text) + 1))
    return [(m.span(), m.lastgroup, m.groups()) for m in found if m is not None]


def test_shared_guard_opens_a_run_of_neighbours_once() -> None:
    source = figure_patterns._guarded_alternation(PARTS)
    dash = figure_patterns._lookahead(DASH)
    assert source.count(dash) == 1  # b, c and d share it
    assert source.count(figure_patterns._lookahead(PCT)) == 2  # b's own and e's
    assert re.compile(source).groupindex == _separately_guarded().groupindex


def test_shared_guard_matches_as_each_branch_guarded_alone() -> None:
    shared = re.compile(figure_patterns._guarded_alternation(PARTS))
    alone = _separately_guarded()
    for n in range(1, 6):
        for chars in itertools.product("1-~%$x ", repeat=n):
            text = "".join(chars)
            assert _all_matches(shared, text) == _all_matches(alone, text), text


def test_figure_ranges_share_one_range_guard() -> None:
    source = patterns().combined.pattern
    guards = [m.group() for m in re.finditer(r"\(\?=\[\^[^\]]*\]\*\+", source)]
    assert len(guards) < 9  # nine guards, three of them one shared scan
