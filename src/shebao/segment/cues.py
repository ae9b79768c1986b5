"""Cue patterns of the segment stage, loaded from ``resources/segment_*.yaml``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count
from operator import add

import regex

from shebao.resources import load
from shebao.stdre import Match, Pattern, compile_cue
from shebao.tag.needs import needed_strings

MARKER_SCHEMA = {
    "markers": [
        {"family": str, "pattern": str, "examples": [str], "counter_examples": [str]}
    ]
}
CUE_SCHEMA = {
    "cues": [{"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}]
}


@dataclass(frozen=True)
class Marker:
    """A heading-marker family and its compiled pattern."""

    family: str
    pattern: regex.Pattern


def compile_pattern(pattern: str) -> regex.Pattern:
    """Compile a resource pattern (always VERBOSE)."""
    return regex.compile(pattern, regex.VERBOSE)


@lru_cache(maxsize=1)
def markers() -> tuple[Marker, ...]:
    """The marker families, in their usual nesting order."""
    data = load("segment_markers.yaml", MARKER_SCHEMA)["markers"]
    return tuple(Marker(m["family"], compile_pattern(m["pattern"])) for m in data)


@lru_cache(maxsize=1)
def marker_alternation() -> tuple[Pattern, tuple[str, ...]]:
    """Every marker pattern as one branch ``(?P<mK>…)`` of an alternation tried in
    file order (the first that matches wins, as one by one), and each branch's family."""
    data = load("segment_markers.yaml", MARKER_SCHEMA)["markers"]
    source = "|".join(f"(?P<m{k}>{m['pattern']}\n)" for k, m in enumerate(data))
    return compile_cue(source, regex.VERBOSE), tuple(m["family"] for m in data)


# Unanchored cues read in short texts (a line's last char, a heading's body, a
# paragraph's first clause, a title or headline): run by ``re`` like the anchored
# ones.  Not year_any, read over whole paragraphs: by ``re`` it cost the segment
# stage 4% more.
BY_RE = frozenset({"row_end", "heading_figure", "label_end", "title_year",
                   "title_year_any", "sentence_mark", "region_own"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, Pattern]:
    data = load("segment_cues.yaml", CUE_SCHEMA)["cues"]
    return {c["name"]: _compile(c["pattern"], c["name"] in BY_RE) for c in data}


def _compile(pattern: str, short: bool = False) -> Pattern:
    """A cue anchored at the line start, or read in ``short`` texts, by ``re`` where
    it means the same (its lower cost per call wins on a short line); a cue that
    scans by ``regex``, which finds where a match may start faster."""
    if short or pattern.lstrip().startswith("^"):
        return compile_cue(pattern)
    return compile_pattern(pattern)


# The cues asked for so far, by name: read here, not through ``_cues()``'s cache
# wrapper, by the per-line tests.
_ASKED: dict[str, Pattern] = {}


def cue(name: str) -> Pattern:
    """The compiled cue pattern called ``name`` (KeyError if unknown)."""
    found = _ASKED.get(name)
    if found is None:
        found = _ASKED[name] = _cues()[name]
    return found


NEEDED_SET_MAX = 4  # a wider needed set costs more ``in`` scans than it spares


@lru_cache(maxsize=1)
def _needed() -> dict[str, tuple[str, ...]]:
    """Per cue, the needed sets (``tag.needs``) worth a look, each as a string."""
    return {name: needed_strings(pattern, NEEDED_SET_MAX) for name, pattern in _cues().items()}


# Per cue name, its needed single chars, its other needed sets and its bound ``search``,
# read off the two loaded tables above at the first ``cue_search`` of that name (no
# table lookups per call; a one-char set is one ``in`` test, no loop).
_Gate = tuple[str, tuple[str, ...], Callable[[str], Match | None]]
_GATES: dict[str, _Gate] = {}


def _gate(name: str) -> _Gate:
    needed = _needed()[name]
    singles = "".join(chars for chars in needed if len(chars) == 1)
    others = tuple(chars for chars in needed if len(chars) != 1)  # an empty set: never
    gate = _GATES[name] = (singles, others, _cues()[name].search)
    return gate


def cue_search(name: str, text: str) -> Match | None:
    """``cue(name).search(text)``, not run on a text lacking every char of one of
    the cue's needed sets (no match holds none of them): most lines lack the one
    word a title, note or self-evaluation cue needs, and an ``in`` scan of a short
    line costs a small part of a pattern's search.  (``tag.needs.may_hold`` inlined: this
    runs for every cue on every line.)"""
    gate = _GATES.get(name)
    singles, others, search = gate if gate is not None else _gate(name)
    for ch in singles:
        if ch not in text:
            return None
    for chars in others:
        for ch in chars:
            if ch in text:
                break
        else:
            return None
    return search(text)


class CueLines:
    """Where among some lines' texts (no line breaks in them) each cue may match: the
    lines holding a char of the cue's first needed set (``cue_search`` searches no
    other), found by ``str.find`` over the texts joined, at a few instructions a char,
    not by a test per line (most lines lack the one word a title or caption cue needs)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._count = len(texts)
        self._joined = "\n".join(texts)
        # text k starts after the k texts before it and their breaks
        self._starts = list(map(add, accumulate(map(len, texts), initial=0), count()))

    def may_match(self, name: str) -> set[int] | None:
        """Indices of the texts where cue ``name`` may match (None: any, it needs no char)."""
        needed = _needed()[name]
        if not needed:
            return None
        joined, starts, found = self._joined, self._starts, set()
        for ch in needed[0]:
            at = joined.find(ch)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                found.add(k)
                at = joined.find(ch, starts[k + 1])  # on from the next text: one hit a text
        return found

    def candidates(self, name: str) -> set[int] | range:
        """``may_match``, or every index (a range) where cue ``name`` needs no char."""
        found = self.may_match(name)
        return range(self._count) if found is None else found
