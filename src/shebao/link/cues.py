"""Cue phrases around figures (``resources/link_cues.yaml``), compiled once."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from functools import lru_cache

import regex

from shebao import resources
from shebao.resources import load
from shebao.stdre import Match, Pattern, compile_cue
from shebao.tag.needs import needed_sets
from shebao.textcache import text_cache

FILE = "link_cues.yaml"
GATES_FILE = "link_gates.yaml"


def cue_table() -> dict[str, dict]:
    """The cue entries by name, as written in the YAML file."""
    return resources.cue_table(FILE)


@lru_cache(maxsize=None)  # the linker asks for cues in its inner loop
def cue(name: str) -> Pattern:
    """The compiled pattern of cue ``name`` (by ``re`` where it means the same)."""
    return compile_cue(cue_table()[name]["pattern"])


class _Bound(dict):
    """Cue name → that cue's compiled ``method``, bound on first use: the
    linker's inner loop calls them by name thousands of times a report."""

    def __init__(self, method: str):
        super().__init__()
        self.method = method

    def __missing__(self, name: str):
        bound = self[name] = getattr(cue(name), self.method)
        return bound


_search = _Bound("search")
_finditer = _Bound("finditer")


def has(name: str, text: str) -> bool:
    return _search[name](text) is not None


@text_cache(maxsize=4096)
def word_has(name: str, word: str) -> bool:
    """``has`` for a term's word: few distinct words, so the answers are kept."""
    return has(name, word)


def end_of_last(name: str, text: str) -> int:
    """End of the last match of cue ``name`` in ``text``, -1 when none."""
    m = None
    for m in _finditer[name](text):
        pass
    return -1 if m is None else m.end()


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """Characters most sentences of a report hold (``resources/link_gates.yaml``)."""
    return frozenset(load(GATES_FILE, {"common_chars": str})["common_chars"])


@lru_cache(maxsize=None)
def gate_chars(name: str) -> str | None:
    """The characters one of which every match of cue ``name`` holds (its
    smallest needed set, ``tag.needs``, of those holding no common char
    if any, sorted), or None when nothing small is known."""
    common = common_chars()
    # the sets read avoiding the common chars, and those read plainly (where
    # every set touches them, avoiding may only have widened one)
    found = (*needed_sets(cue(name), common), *needed_sets(cue(name)))
    sets = sorted((s for s in found if len(s) <= GATE_WIDEST),
                  key=lambda s: (not s.isdisjoint(common), len(s)))
    return "".join(sorted(sets[0])) if sets else None


def _class_search(chars: str):
    return re.compile("[" + re.escape(chars) + "]").search


class _Gates(dict):
    """Cue name → the ``search`` of a class of its ``gate_chars``, or None."""

    def __missing__(self, name: str):
        chars = gate_chars(name)
        gate = self[name] = None if chars is None else _class_search(chars)
        return gate


GATE_WIDEST = 32  # a wider needed set rules out too few texts to gate them
_gates = _Gates()


NARROW = 5  # a gate of this many chars or fewer is tested by ``in`` (``lacks_gate``)


class _Narrow(dict):
    """Cue name → its gate characters where they are few (``NARROW``), else ""."""

    def __missing__(self, name: str) -> str:
        chars = gate_chars(name)
        found = self[name] = chars if chars is not None and len(chars) <= NARROW else ""
        return found


_narrow = _Narrow()


def lacks_gate(name: str, text: str) -> bool:
    """Whether ``text`` holds no character of the gate of cue ``name`` (then
    it holds no match; False where the cue has no gate).  A few ``in``
    tests, one C scan each, cost less than a class search (about 0.2
    against 0.35-0.65 us over a sentence), so a narrow gate is tested so."""
    chars = _narrow[name]
    if chars:
        for ch in chars:
            if ch in text:
                return False
        return True
    gate = _gates[name]
    return gate is not None and gate(text) is None


def end_of_last_rare(name: str, text: str) -> int:
    """``end_of_last`` of a cue most of the texts asked about lack: a text
    without any character of a set every match needs is not scanned (one
    class search costs less than a scan that finds nothing)."""
    if lacks_gate(name, text):
        return -1
    m = None
    for m in _finditer[name](text):
        pass
    return -1 if m is None else m.end()


def gate_start(name: str, text: str) -> int:
    """Where the first character of ``text`` of the gate of cue ``name`` stands
    (see ``end_of_last_rare``): every match holds one, so no slice of the text
    before there holds a match.  0 when the cue has no gate, ``len(text)``
    when the text holds none."""
    gate = _gates[name]
    if gate is None:
        return 0
    m = gate(text)
    return len(text) if m is None else m.start()


@lru_cache(maxsize=None)
def _any_gate(names: tuple[str, ...]):
    """The ``search`` of a class of every gate character of the cues
    ``names`` (None when one of them has no gate, or the mask's ＿ is one)."""
    chars: set[str] = set()
    for name in names:
        own = gate_chars(name)
        if own is None:
            return None
        chars.update(own)
    return None if MASK in chars else _class_search("".join(sorted(chars)))


def may_match_any(names: tuple[str, ...], text: str, lo: int, hi: int) -> bool:
    """False when ``text[lo:hi]`` holds no gate character of any of the cues
    ``names`` (see ``end_of_last_rare``): then none of them matches there, nor
    in that slice with other cues masked (``masked`` only writes ＿)."""
    gate = _any_gate(names)
    return gate is None or gate(text, lo, hi) is not None


MASK = "＿"  # what ``masked`` writes over a match


def _blanked(m: Match) -> str:
    return MASK * len(m.group())


def masked(name: str, text: str) -> str:
    """``text`` with every match of cue ``name`` masked, lengths kept."""
    if lacks_gate(name, text):
        return text  # no match to mask (see ``end_of_last_rare``)
    return cue(name).sub(_blanked, text)


def spans(name: str, text: str) -> list[tuple[int, int]]:
    """The spans of cue ``name`` in ``text`` (a text the cue's gate rules
    out, see ``end_of_last_rare``, is not scanned)."""
    if lacks_gate(name, text):
        return []
    return [m.span() for m in _finditer[name](text)]


# What may make a pattern read past the end of its match (lookaheads, atomic
# groups, possessive quantifiers, end anchors, word boundaries): over a
# prefix such a pattern may match where it does not over the whole text.
LOOKS_AHEAD = regex.compile(r"\(\?[=!>(]|[*+?}]\+|\$|\\[ZzbBG]")


def prefix_stable(pattern: str) -> bool:
    """Whether the matches of ``pattern`` within ``text[:pos]`` are those of
    ``text`` ending by ``pos`` whenever no match of ``text`` spans ``pos``."""
    return LOOKS_AHEAD.search(pattern) is None


@lru_cache(maxsize=None)
def _stable(name: str) -> bool:
    return prefix_stable(cue(name).pattern)


def end_of_last_by(name: str, text: str, found: list[tuple[int, int]], pos: int) -> int:
    """``end_of_last(name, text[:pos])`` from ``found``, the spans of cue
    ``name`` over the whole of ``text`` (the prefix is scanned itself where
    they cannot tell)."""
    if _stable(name):
        # the matches starting by pos are the first k; of them only the last
        # can span pos (matches do not overlap), and its end is the last end
        k = bisect_right(found, (pos, _AFTER_ANY))
        if k == 0:
            return -1
        a, b = found[k - 1]
        if not a <= pos < b:
            return b
    return end_of_last(name, text[:pos])


_AFTER_ANY = sys.maxsize  # a span end after any other: (pos, _AFTER_ANY) sorts after (pos, b)


# What may make a pattern read before the start of its match (lookbehinds,
# anchors, word boundaries; ``^`` of a negated set too, to be safe): over a
# slice such a pattern may match where it does not over the whole text.
LOOKS_BEHIND = regex.compile(r"\(\?<[=!]|\^|\\[AbBGKmM]")


@lru_cache(maxsize=None)
def window_stable(name: str) -> bool:
    """Whether the matches of cue ``name`` within ``text[lo:hi]`` are those of
    ``text`` lying in it whenever no match of ``text`` spans ``lo`` or ``hi``:
    it reads neither before its start nor past its end, and never matches
    the empty string."""
    pattern = cue(name)
    return (_stable(name) and LOOKS_BEHIND.search(pattern.pattern) is None
            and pattern.search("") is None)


def masked_by(name: str, text: str, found: list[tuple[int, int]], lo: int, hi: int) -> str:
    """``masked(name, text[lo:hi])`` from ``found``, the spans of cue ``name``
    over the whole of ``text`` (the slice is scanned itself where they
    cannot tell)."""
    if window_stable(name):
        parts, at = [], lo
        for a, b in found:
            if b <= lo:
                continue
            if a >= hi:
                break
            if a < lo or b > hi:
                return masked(name, text[lo:hi])  # a match spans an end
            parts.append(text[at:a])
            parts.append(MASK * (b - a))
            at = b
        if not parts:
            return text[lo:hi]
        parts.append(text[at:hi])
        return "".join(parts)
    return masked(name, text[lo:hi])


def end_of_last_in(name: str, text: str, found: list[tuple[int, int]], lo: int, hi: int) -> int:
    """``end_of_last(name, text[lo:hi])`` from ``found``, the spans of cue
    ``name`` over the whole of ``text`` (the slice is scanned itself where
    they cannot tell)."""
    if window_stable(name):
        end = -1
        for a, b in found:
            if b <= lo:
                continue
            if a >= hi:
                return end
            if a < lo or b > hi:
                break  # a match spans an end
            end = b - lo
        else:
            return end
    return end_of_last(name, text[lo:hi])
