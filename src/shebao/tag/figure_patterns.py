"""The figure patterns of ``resources/figures.yaml``, loaded and compiled once.

Fragments written ``(?&name)`` are inlined; every pattern becomes one named
branch ``(?P<p_NAME>…)`` of a single alternation tried in file order,
compiled by the standard library's ``re`` when it means the same there
(``shebao.stdre``: two to three times faster).

Most branches cannot match in most sentences: a range needs 至, 到 or a
dash, a percent needs %, money needs 元.  Each long branch is preceded by a
``guard``, lookaheads for the characters it needs (``tag.needs`` reads them
off the branch), so that where the sentence lacks one the branch fails at
once instead of after trying its parts; the matches and their groups are
those of the unguarded alternation.  Neighbouring branches whose guards open
with the same set (the three ranges: 至, 到 or a dash) share that lookahead,
so a sentence without one is scanned for it once per position, not three times.
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
from shebao.tag.needs import CharSet, needed_sets

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
# than it saves.
NOT_GUARDED = frozenset("0123456789")
# A branch shorter than this fails in a few steps: a guard before it would
# cost more than it saves.
SHORTEST_GUARDED = 1000


def _set_body(chars: CharSet) -> str:
    """``chars`` as the inside of a set, in ``regex`` syntax."""
    return "".join("\\" + ch if not ch.isalnum() else ch for ch in sorted(chars))


def guard(source: str) -> str:
    """Lookaheads that fail at once where the rest of the text lacks a
    character that every match of ``source`` needs ("" when none is worth it).

    Placed before the branch, they change no match and no group number: a
    match starting here takes one character of each needed set, so the
    rest of the text holds one.  Each scans ahead only to the first such
    character, or to the end of a sentence that has none; the branch they
    spare would take about a microsecond to fail.
    """
    return "".join(map(_lookahead, guarded_sets(source)))


def guarded_sets(source: str) -> tuple[CharSet, ...]:
    """The needed sets of ``source`` its guard looks for, in order (none: no guard)."""
    if len(source) < SHORTEST_GUARDED:
        return ()
    sets = needed_sets(compile_fast(source, FLAGS).pattern)
    return tuple(s for s in sets if not s & NOT_GUARDED and not any(ch.isspace() for ch in s))


def _lookahead(chars: CharSet) -> str:
    """A lookahead for one of ``chars`` in the rest of the text."""
    return f"(?=[^{_set_body(chars)}]*+[{_set_body(chars)}])"


def _guarded_alternation(parts: list[tuple[tuple[CharSet, ...], str]]) -> str:
    """The branches (needed sets, named body) in order, each behind its guard;
    neighbours whose guards open with the same set share that lookahead (the
    three ranges all need a 至 or a dash: one scan for it, not three)."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        first = parts[k][0][:1]
        run = k + 1
        while first and run < len(parts) and parts[run][0][:1] == first:
            run += 1
        if run - k == 1:
            out.append("".join(map(_lookahead, parts[k][0])) + parts[k][1])
        else:
            inner = ["".join(map(_lookahead, sets[1:])) + body for sets, body in parts[k:run]]
            out.append(_lookahead(first[0]) + "(?:" + "|".join(inner) + ")")
        k = run
    return "(?:" + "|".join(out) + ")"


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
    branches: list[tuple[tuple[CharSet, ...], str]] = []
    kinds: dict[str, FigureKind | Literal["skip"]] = {}
    for p in spec["patterns"]:
        if p["kind"] not in KINDS:
            raise ValueError(f"figures.yaml: {p['name']}: unknown kind {p['kind']!r}")
        group = branch_name(p["name"])
        source = _expand(p["regex"], fragments)
        regex.compile(source, FLAGS)  # fail here, naming no other pattern
        branches.append((guarded_sets(source), f"(?P<{group}>{source}\n)"))
        kinds[group] = p["kind"]
    comparators = {**spec["comparators"]["before"], **spec["comparators"]["after"]}
    header = _expand(spec["unit_header"]["regex"], fragments)
    combined = compile_fast(f"(?={spec['start']}\n)" + _guarded_alternation(branches), FLAGS)
    index = combined.pattern.groupindex
    return Patterns(
        combined=combined.pattern,
        kinds=kinds,
        start=compile_fast(spec["start"], FLAGS).pattern,
        branches=tuple((index[g] - 1, g) for g in kinds),
        fields=_fields(combined.pattern, combined.names, list(kinds)),
        comparators=comparators,
        unit_header=compile_fast(header, FLAGS).pattern,
        spec=spec,
    )


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
