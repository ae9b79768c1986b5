"""Neighbouring guarded branches share the lookahead their guards open with,
scanning over the lead characters of them all."""

from __future__ import annotations

import itertools
import re

from shebao.resources import load
from shebao.tag import figure_patterns
from shebao.tag.figure_patterns import patterns
from shebao.tag.lead import lead_chars

DASH = frozenset("-~")
PCT = frozenset("%")
UNIT = frozenset("$")
# (needed sets, body): b, c and d need a dash, each with its own lead before it
BRANCHES = [
    ((), r"(?P<a>x[0-9]+)"),
    ((DASH, PCT), r"(?P<b>[0-9]+%?[-~][0-9]+%)"),
    ((DASH, UNIT), r"(?P<c>[0-9]+\$?[-~][0-9]+\$)"),
    ((DASH,), r"(?P<d>[0-9]+[-~][0-9]+)"),
    ((PCT,), r"(?P<e>[0-9]+%)"),
    ((UNIT,), r"(?P<f>[0-9]+\$)"),
]


def _parts(leads: bool = True) -> list:
    """The branches with their guards (lead None: the lookahead scans any chars)."""
    return [(tuple((s, lead_chars(re.compile(body), s) if leads else None) for s in sets), body)
            for sets, body in BRANCHES]


def _separately_guarded(parts: list) -> re.Pattern:
    branches = ["".join(figure_patterns._lookahead(*g) for g in guard) + body
                for guard, body in parts]
    return re.compile("(?:" + "|".join(branches) + ")")


def _all_matches(pattern: re.Pattern, text: str) -> list[tuple]:
    found = (pattern.match(text, i) for i in range(len(text) + 1))
    return [(m.span(), m.lastgroup, m.groups()) for m in found if m is not None]


def test_shared_guard_opens_a_run_of_neighbours_once() -> None:
    parts = _parts()
    source = figure_patterns._guarded_alternation(parts)
    assert source.count("(?=") == 5  # the shared dash, b's and e's %, c's and f's $
    shared = figure_patterns._lookahead(DASH, frozenset("0123456789%$"))  # the leads' union
    assert source.count(shared) == 1
    assert re.compile(source).groupindex == _separately_guarded(parts).groupindex


def test_shared_guard_matches_as_each_branch_guarded_alone() -> None:
    unguarded = re.compile("(?:" + "|".join(body for _, body in BRANCHES) + ")")
    for parts in (_parts(), _parts(leads=False)):
        shared = re.compile(figure_patterns._guarded_alternation(parts))
        alone = _separately_guarded(parts)
        for n in range(1, 6):
            for chars in itertools.product("1-~%$x ", repeat=n):
                text = "".join(chars)
                expected = _all_matches(unguarded, text)
                assert _all_matches(shared, text) == expected, text
                assert _all_matches(alone, text) == expected, text


def test_a_run_with_an_unknown_lead_scans_any_chars() -> None:
    parts = _parts()
    parts[2] = ((parts[2][0][0][0], None), parts[2][0][1]), parts[2][1]
    source = figure_patterns._guarded_alternation(parts)
    assert source.count(figure_patterns._lookahead(DASH)) == 1  # (?=[^-~]*+[-~])


def _guards() -> dict[str, tuple]:
    spec = load("figures.yaml", figure_patterns.SCHEMA)
    fragments = figure_patterns._fragments(spec)
    return {p["name"]: figure_patterns.guards(figure_patterns._expand(p["regex"], fragments))
            for p in spec["patterns"]}


def test_figure_ranges_share_one_range_guard_over_their_leads() -> None:
    guards = _guards()
    ranges = [guards[name] for name in guards if name.endswith("_range")]
    assert len(ranges) == 3
    (separator,) = {guard[0][0] for guard in ranges}  # all open with the same needed set
    assert separator >= frozenset("至到-")
    leads = [guard[0][1] for guard in ranges]
    assert all(lead is not None and lead.isdisjoint(separator) for lead in leads)
    union = frozenset().union(*leads)
    source = patterns().combined.pattern
    assert source.count(figure_patterns._lookahead(separator, union)) == 1
    assert figure_patterns._lookahead(separator) not in source  # no scan over any chars


def test_figure_guards_scan_over_lead_chars_only() -> None:
    guards = [g for guard in _guards().values() for g in guard]
    # the ranges, percent, money, count, the magnitude number (its lookbehind needs 万/亿),
    # the serial number (号), the heading marker (、 . （) and the calendar date (./- 月 日 号)
    assert len([lead for _, lead in guards if lead]) == 13
    for needed, lead in guards:
        assert lead is not None and lead.isdisjoint(needed)
        assert not lead & frozenset("，。；的是")  # prose ends the scan
    assert "(?=[^" not in patterns().combined.pattern


def test_figure_branches_without_a_guard_are_gated_on_their_first_chars() -> None:
    guards = _guards()
    gated = {name for name, guard in guards.items() if guard and not guard[0][1]}
    assert gated >= {"bare_number"}
    for name in gated:
        ((first, _),) = guards[name]
        assert first and not first & frozenset("，。的是")  # prose is not entered


def test_the_magnitude_number_is_guarded_on_its_magnitude() -> None:
    """Its lookbehind (?<=[万亿]) reads a char the number has taken: every match
    holds a 万 or 亿, and the guard looks for one past the number's chars."""
    ((needed, lead),) = _guards()["magnitude_number"]
    assert needed == frozenset("万亿")
    assert lead is not None and frozenset("0123456789.一十") <= lead
    assert not lead & frozenset("，。元人是")
