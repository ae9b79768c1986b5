"""The figure patterns of ``resources/figures.yaml``, loaded and compiled once.

Fragments written ``(?&name)`` are inlined; every pattern becomes one named
branch ``(?P<p_NAME>…)`` of a single alternation tried in file order,
compiled by the standard library's ``re`` when it means the same there
(``shebao.stdre``: two to three times faster).

Most branches cannot match at most positions: a range needs 至, 到 or a
dash, a percent needs %, money needs 元.  Each long branch is preceded by a
``guard``, lookaheads for the characters it needs (``tag.needs`` reads them
off the branch), each scanning ahead only over the characters a match can
take before one (``tag.lead``: the digits, signs and units of a number, not
the prose after it), so that where the text ahead lacks one the branch fails
after a look at a few characters instead of after trying its parts; the
matches and their groups are those of the unguarded alternation.
Neighbouring branches whose guards open with the same set (the three
ranges: 至, 到 or a dash) share that lookahead, over the lead characters of
them all, so it is read once per position, not three times.  A long branch
with no set worth a guard is gated on the characters its matches start with.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import re

import regex

from shebao.records import Comparator, FigureKind
from shebao.resources import load
from shebao.stdre import compile_fast
from shebao.tag.lead import lead_chars
from shebao.tag.pairs import starts_source
from shebao.tag.needs import ANY_DIGIT, CharSet, first_chars, needed_sets, set_body

EXAMPLE = {
    "text": str,
    "span?": str,
    "kind?": str,
    "value?": str,
    "unit?": str,
    "high?": str,
    "comparator?": str,
    "default_unit?": str,
}
PATTERN = {
    "name": str,
    "kind": str,
    "regex": str,
    "examples": [EXAMPLE],
    "counter_examples": [str],
}
HEADER = {"name": str, "regex": str, "examples": [EXAMPLE], "counter_examples": [str]}
SCHEMA = {
    "fragments": dict,
    "comparators": {"before": dict, "after": dict},
    "start": str,
    "patterns": [PATTERN],
    "unit_header": HEADER,
}
KINDS = {"money", "percent", "count", "year", "number", "skip"}
FLAGS = regex.VERBOSE

# A fragment call "(?&name)" in a pattern of the YAML file.
FRAGMENT_CALL = regex.compile(
    r"""
    \(\?&                 # the call opener "(?&"
    (?P<name> \w+ )       # the fragment's name
    \)                    # closing parenthesis
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class Patterns:
    """Everything ``figures.py`` needs, compiled."""

    combined: re.Pattern | regex.Pattern  # one alternation of all patterns, in order
    kinds: dict[str, FigureKind | Literal["skip"]]  # branch group name -> kind
    start: re.Pattern | regex.Pattern  # where a match may start (the combined lookahead)
    branches: tuple[tuple[int, str], ...]  # (group index - 1, name) of each branch, in order
    # branch group name -> capture name (num, unit …) -> its group numbers in that branch
    fields: dict[str, dict[str, tuple[int | str, ...]]]
    comparators: dict[str, Comparator]  # comparator word -> >=, <=, >, <, =
    unit_header: re.Pattern | regex.Pattern
    spec: dict  # the raw YAML (examples for the tests)


# Needed sets holding an Arabic digit are not guarded: a sentence where a
# figure may start nearly always has one, so the lookahead would cost more
# than it saves.  Of an alternation, the needed sets are read preferring
# those without one (a calendar date's [./-] or 月/日/号, not its 19|20).
NOT_GUARDED = frozenset("0123456789")
# A branch shorter than this fails in a few steps: a guard before it would
# cost more than it saves.  A guard scans the lead chars only (a number), so
# one pays before a branch that reads a number and then fails on the char
# after it (a serial number's 号, a heading marker's 、): 1000, set when a
# guard scanned the rest of the sentence, left those two unguarded, for
# 2.4 M more instructions over the corpus's figures; at 200 the year and
# file-number branches are guarded too, and that does not pay.
SHORTEST_GUARDED = 500
# A branch without a guard, if not shorter than this, is gated on the chars a
# match can start with: where the next char is none of them (a "（" or a
# numeral in prose) it is not entered (its lookbehinds and groups skipped).
SHORTEST_GATED = 500


# One lookahead of a guard: a set every match needs a char of, and the chars a
# match can take before the first such char (``tag.lead``; None: any).
Guard = tuple[CharSet, CharSet | None]


def guard(source: str) -> str:
    """Lookaheads that fail at once where the text ahead does not read a run of
    lead characters and then a character that every match of ``source`` needs
    ("" when none is worth it).

    Placed before the branch, they change no match and no group number: a
    match starting here takes one character of each needed set, and before
    the first of them only characters it can take (``tag.lead``).  Each scans
    ahead over those only, a few characters (a number and its unit), to the
    needed one or to the first that can lead to none; the branch they spare
    would take about a microsecond to fail.
    """
    return "".join(_lookahead(*g) for g in guards(source))


def guards(source: str) -> tuple[Guard, ...]:
    """The guard of ``source``: its needed sets worth a look, in order, each with
    the characters a match can take before one of it; else a gate, the chars a
    match starts with and an empty lead (none: no guard)."""
    if len(source) < min(SHORTEST_GUARDED, SHORTEST_GATED):
        return ()
    compiled = compile_fast(source, FLAGS).pattern
    needed = needed_sets(compiled, avoid=NOT_GUARDED)
    sets = [s for s in needed if not s & NOT_GUARDED and not any(ch.isspace() for ch in s)]
    if sets and len(source) >= SHORTEST_GUARDED:
        return tuple((s, lead_chars(compiled, s)) for s in sets)
    first = first_chars(compiled)
    if len(source) < SHORTEST_GATED or not needed or first is None or ANY_DIGIT in first:
        return ()  # short, may match the empty string, or may start anywhere
    return ((first, frozenset()),)


def _lookahead(needed: CharSet, lead: CharSet | None = None) -> str:
    """A lookahead for a run of ``lead`` chars, then one of ``needed`` (lead None:
    any chars but ``needed``)."""
    if lead is None:
        return f"(?=[^{set_body(needed)}]*+[{set_body(needed)}])"
    run = f"[{set_body(lead)}]*+" if lead else ""
    return f"(?={run}[{set_body(needed)}])"


def _guarded_alternation(parts: list[tuple[tuple[Guard, ...], str]]) -> str:
    """The branches (guard, named body) in order, each behind its guard;
    neighbours whose guards open with the same needed set share that lookahead
    over the union of their leads (the three ranges all need a 至 or a dash:
    one scan for it, not three)."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        first = _opening(parts[k][0])
        run = k + 1
        while first and run < len(parts) and _opening(parts[run][0]) == first:
            run += 1
        if first is None or run - k == 1:
            out.append("".join(_lookahead(*g) for g in parts[k][0]) + parts[k][1])
        else:
            inner = ["".join(_lookahead(*g) for g in gs[1:]) + body for gs, body in parts[k:run]]
            lead = _union(gs[0][1] for gs, _ in parts[k:run])
            out.append(_lookahead(first, lead) + "(?:" + "|".join(inner) + ")")
        k = run
    return "(?:" + "|".join(out) + ")"


def _opening(lookaheads: tuple[Guard, ...]) -> CharSet | None:
    """The needed set a guard opens with (None: no guard)."""
    return lookaheads[0][0] if lookaheads else None


def _union(leads) -> CharSet | None:
    """The union of ``leads`` (None if any is None)."""
    out: set[str] = set()
    for lead in leads:
        if lead is None:
            return None
        out |= lead
    return frozenset(out)


def branch_name(pattern_name: str) -> str:
    """Group name of a pattern's branch in the combined regex."""
    return f"p_{pattern_name}"


def _alternation(words: dict[str, str]) -> str:
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")"


def _expand(source: str, fragments: dict[str, str]) -> str:
    """Inline every ``(?&name)`` call of ``source``."""

    def call(m: regex.Match) -> str:
        name = m.group("name")
        if name not in fragments:
            raise ValueError(f"figures.yaml: unknown fragment {name!r}")
        return "(?:" + fragments[name] + "\n)"

    return FRAGMENT_CALL.sub(call, source)


def _fragments(spec: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, source in spec["fragments"].items():
        out[name] = _expand(source, out)  # a fragment may call earlier ones
    out["cmp_before"] = _alternation(spec["comparators"]["before"])
    out["cmp_after"] = _alternation(spec["comparators"]["after"])
    return out


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Load ``figures.yaml`` and compile it (once per process)."""
    spec = load("figures.yaml", SCHEMA)
    fragments = _fragments(spec)
    branches: list[tuple[tuple[Guard, ...], str]] = []
    kinds: dict[str, FigureKind | Literal["skip"]] = {}
    for p in spec["patterns"]:
        if p["kind"] not in KINDS:
            raise ValueError(f"figures.yaml: {p['name']}: unknown kind {p['kind']!r}")
        group = branch_name(p["name"])
        source = _expand(p["regex"], fragments)
        regex.compile(source, FLAGS)  # fail here, naming no other pattern
        branches.append((guards(source), f"(?P<{group}>{source}\n)"))
        kinds[group] = p["kind"]
    comparators = {**spec["comparators"]["before"], **spec["comparators"]["after"]}
    header = _expand(spec["unit_header"]["regex"], fragments)
    combined = compile_fast(f"(?={spec['start']}\n)" + _guarded_alternation(branches), FLAGS)
    index = combined.pattern.groupindex
    return Patterns(
        combined=combined.pattern,
        kinds=kinds,
        start=_start(combined.pattern, compile_fast(spec["start"], FLAGS).pattern),
        branches=tuple((index[g] - 1, g) for g in kinds),
        fields=_fields(combined.pattern, combined.names, list(kinds)),
        comparators=comparators,
        unit_header=compile_fast(header, FLAGS).pattern,
        spec=spec,
    )


def _start(combined: re.Pattern | regex.Pattern, declared: re.Pattern | regex.Pattern,
           ) -> re.Pattern | regex.Pattern:
    """Where a figure may start: a char of the declared ``start`` that a figure can
    start with, then one it can take next (``tag.pairs``); the declared start where
    the pairs are unknown."""
    first = first_chars(declared)
    source = None if first is None or ANY_DIGIT in first else starts_source(combined, first)
    return declared if source is None else re.compile(source)


def _fields(pattern: re.Pattern | regex.Pattern, names: dict[str, tuple[str, ...]],
            branches: list[str]) -> dict[str, dict[str, tuple[int | str, ...]]]:
    """Per branch, each capture name and its groups inside that branch (by number
    under ``re``, where every group has a name of its own; by name under ``regex``)."""
    if not isinstance(pattern, re.Pattern):
        return {branch: {name: (name,) for name in names} for branch in branches}
    index = pattern.groupindex
    bounds = [index[b] for b in branches] + [pattern.groups + 1]
    out: dict[str, dict[str, tuple[int | str, ...]]] = {}
    for branch, lo, hi in zip(branches, bounds, bounds[1:]):
        inside = {name: tuple(index[c] for c in compiled if lo < index[c] < hi)
                  for name, compiled in names.items()}
        out[branch] = {name: groups for name, groups in inside.items() if groups}
    return out
