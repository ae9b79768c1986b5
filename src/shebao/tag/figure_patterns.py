"""The figure patterns of ``resources/figures.yaml``, loaded and compiled once.

Fragments written ``(?&name)`` are inlined; every pattern becomes one named
branch ``(?P<p_NAME>…)`` of a single alternation tried in file order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from shebao.records import Comparator, FigureKind
from shebao.resources import load

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

    combined: regex.Pattern  # one alternation of all patterns, in order
    kinds: dict[str, FigureKind | Literal["skip"]]  # branch group name -> kind
    start: regex.Pattern  # where a match may start (the combined lookahead)
    branches: tuple[tuple[int, str], ...]  # (group index - 1, name) of each branch, in order
    comparators: dict[str, Comparator]  # comparator word -> >=, <=, >, <, =
    unit_header: regex.Pattern
    spec: dict  # the raw YAML (examples for the tests)


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
    branches, kinds = [], {}
    for p in spec["patterns"]:
        if p["kind"] not in KINDS:
            raise ValueError(f"figures.yaml: {p['name']}: unknown kind {p['kind']!r}")
        group = branch_name(p["name"])
        source = _expand(p["regex"], fragments)
        regex.compile(source, FLAGS)  # fail here, naming no other pattern
        branches.append(f"(?P<{group}>{source}\n)")
        kinds[group] = p["kind"]
    comparators = {**spec["comparators"]["before"], **spec["comparators"]["after"]}
    header = _expand(spec["unit_header"]["regex"], fragments)
    combined = regex.compile(f"(?={spec['start']}\n)(?:" + "|".join(branches) + ")", FLAGS)
    return Patterns(
        combined=combined,
        kinds=kinds,
        start=regex.compile(spec["start"], FLAGS),
        branches=tuple((combined.groupindex[g] - 1, g) for g in kinds),
        comparators=comparators,
        unit_header=regex.compile(header, FLAGS),
        spec=spec,
    )
