"""Cue frames of explanations (``resources/cause_cues.yaml``), compiled once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from shebao.quickinit import mypyc_attr, quick_init
from shebao.records import Effect
from shebao.resources import load
from shebao.stdre import Match, Pattern, compile_cue
from shebao.tag.needs import needed_sets
from shebao.textcache import text_cache
from shebao.units import money_units

_ENTRY = {"name": str, "kind?": str, "pattern": str, "examples": [str], "counter_examples": [str],
          "anchors?": [str], "reach?": int}
_STATE = {**_ENTRY, "metric": str, "effect": str}
CUE_SCHEMA = {"frames": [_ENTRY], "effects": [_ENTRY], "states": [_STATE],
              "ordinal_words": [{"word": str, "family": str, "ordinal": int}]}
CAUSE_KINDS = ("after", "inside")


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init  # built per cue and explanation: its fields filled at once
@dataclass(frozen=True)
class Cue:
    """A frame matched in a text (offsets into that text)."""

    name: str
    kind: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def cue_table() -> dict[str, dict]:
    """Frames and effect words by name, as written in the YAML file."""
    data = load("cause_cues.yaml", CUE_SCHEMA)
    return {e["name"]: e for e in [*data["frames"], *data["effects"], *data["states"]]}


@dataclass(frozen=True)
class State:
    """An effect stated without a figure (资金吃紧, 穿底): its metric and effect."""

    name: str
    metric: str
    effect: Effect
    start: int
    end: int


@lru_cache(maxsize=1)
def ordinal_words() -> dict[str, tuple[str, int]]:
    """Ordinal word → (family, ordinal): 其次 → ("首先", 2)."""
    words = load("cause_cues.yaml", CUE_SCHEMA)["ordinal_words"]
    return {w["word"]: (w["family"], w["ordinal"]) for w in words}


# Patterns run by ``re`` (``stdre.compile_cue``: where it means the same as
# ``regex``): the ones read mostly in short texts (a clause, a headline), where
# ``re`` costs a third to a half of ``regex`` a call.  The others stay with
# ``regex``, which finds a pattern's literals faster in a long text (``reason_is``,
# ``due_to``) or runs a lookbehind of varying width.
BY_RE = frozenset({
    "below_budget", "above_budget", "decrease", "increase", "deficit", "budget_rate",
    "exclude", "speaker", "pronoun_only", "undated", "fund_word", "outpaced_spending",
    "outpaced_income", "strained", "lead_in", "affected_open", "then_stop", "back_marker",
    "year_only",
    "related",  # (read over a whole report, but opening with a class: ``re`` skips by it)
})


@lru_cache(maxsize=None)
def pattern(name: str) -> Pattern:
    """The compiled pattern of frame or effect ``name`` ({money}: the money units),
    by ``re`` for the names of ``BY_RE``."""
    if name in BY_RE:
        return compile_cue(_source(name))
    return regex.compile(_source(name), regex.VERBOSE)


def _source(name: str) -> str:
    money = "|".join(sorted(money_units(), key=len, reverse=True))
    return cue_table()[name]["pattern"].replace("{money}", money)


@lru_cache(maxsize=None)
def scan_pattern(name: str) -> Pattern:
    """``pattern(name)`` compiled by ``re`` where it means the same
    (``stdre.compile_cue``), else by ``regex``: for a pattern ``re`` runs faster
    in a long text too (``list_item``, tried at most characters of a report)."""
    return compile_cue(_source(name))


@lru_cache(maxsize=None)
def anchors(name: str) -> tuple[tuple[str, ...], int] | None:
    """(anchors, reach) of pattern ``name`` as its YAML entry gives them: every
    match holds one of the anchors, starting at most ``reach`` characters after
    the match starts (None: no anchors given)."""
    entry = cue_table()[name]
    if "anchors" not in entry:
        return None
    return tuple(entry["anchors"]), int(entry["reach"])


def finditer(name: str, text: str) -> Iterator[Match]:
    """``pattern(name).finditer(text)``; for a pattern with ``anchors``, read
    from near each anchor only (``_gated``).

    Run over a whole report, a pattern whose matches open with optional words
    (其/之所以……/主要 before its anchor) has the regex engine try every
    character; the anchors are found by ``str.find`` at a fraction of that.
    The matches are the same: one at or after ``lo`` holds an anchor at or
    after ``lo``, at most ``reach`` after its start, so it starts no earlier
    than the first anchor at or after ``lo`` less ``reach``; a search from there
    finds it (lookbehinds see the text before a search's start)."""
    gated = anchors(name)
    if gated is None:
        return pattern(name).finditer(text)
    return _gated(pattern(name), text, *gated)


def occurs(name: str, text: str) -> bool:
    """``pattern(name).search(text) is not None``, searched from near the
    pattern's anchors when it has some (``finditer``: a long text is not
    read position by position up to a first match it may not hold)."""
    return next(finditer(name, text), None) is not None


PROBE_REACH = 4  # within this reach, matches are tried at each start before an anchor


def _gated(found: Pattern, text: str, words: tuple[str, ...], reach: int) -> Iterator[Match]:
    """The matches of ``found`` from near each anchor: a search from ``reach``
    before it, or, for a short reach, a match tried at each start up to it (a
    search would read on to the next match when an anchor opens none)."""
    lo = 0
    nxt = [text.find(w) for w in words]  # the next occurrence of each anchor (-1: none)
    while True:
        j = -1
        for k, at in enumerate(nxt):
            if 0 <= at < lo:  # before ``lo``: its next one
                at = nxt[k] = text.find(words[k], lo)
            if at >= 0 and (j < 0 or at < j):
                j = at
        if j < 0:
            return
        if reach > PROBE_REACH:
            m = found.search(text, max(lo, j - reach))
            if m is None:
                return
        else:
            for start in range(max(lo, j - reach), j + 1):
                m = found.match(text, start)
                if m is not None:
                    break
            else:  # no match starts at or before this anchor
                lo = j + 1
                continue
        yield m
        lo = m.end()  # > m.start(): a match holds an anchor


def frames(kind: str | None = None) -> list[str]:
    """Names of the frames (of ``kind`` when given), in file order."""
    return list(_frames(kind))


@lru_cache(maxsize=None)
def _frames(kind: str | None) -> tuple[str, ...]:
    return tuple(n for n, e in cue_table().items() if "kind" in e and kind in (None, e["kind"]))


@lru_cache(maxsize=None)
def _patterns(kind: str) -> tuple[tuple[str, Pattern], ...]:
    """(name, compiled pattern) of the frames of ``kind``, in file order."""
    return tuple((n, pattern(n)) for n in _frames(kind))


def find(text: str, kinds: tuple[str, ...] = CAUSE_KINDS) -> list[Cue]:
    """Non-overlapping cues of ``kinds`` in ``text``, leftmost-longest first."""
    found = [Cue(name=n, kind=kind, start=m.start(), end=m.end(), text=m.group())
             for kind in kinds for n, p in _patterns(kind)
             for m in (p.finditer(text) if anchors(n) is None else finditer(n, text))
             if m.end() > m.start()]
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Cue] = []
    for cue in found:
        if not kept or cue.start >= kept[-1].end:
            kept.append(cue)
    return kept


def excluded(clause_before_cue: str) -> bool:
    """True when a conditional or purpose opens the clause before the cue."""
    for _, p in _patterns("exclude"):  # a loop, not any() over a generator made per clause
        if p.search(clause_before_cue):
            return True
    return False


@lru_cache(maxsize=None)
def gate(names: tuple[str, ...]) -> re.Pattern | None:
    """A class of characters every match of every pattern of ``names`` holds one
    of (the union of each one's smallest needed set, ``tag.needs`` read from its
    ``re`` form): a text it does not find holds no match.  None: a pattern with
    no needed set (or none ``re`` reads)."""
    chars: set[str] = set()
    for name in names:
        sets = needed_sets(scan_pattern(name))
        if not sets:
            return None
        chars |= min(sets, key=len)
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


EFFECTS: tuple[Effect, ...] = ("below_budget", "above_budget", "decrease", "increase")


@text_cache(maxsize=1024)
def effect_word(text: str) -> Effect | None:
    """The effect stated by the words right before a cue (未完成预算的 → below_budget);
    kept per text: a clause is asked again by the features of each cue whose
    window holds it, and by the extent and link of its explanation."""
    best: tuple[int, Effect] | None = None
    needed = gate(EFFECTS)
    if needed is not None and needed.search(text) is None:
        return None
    for name, found, own in _effect_patterns():  # a pattern whose own gate fails: no match
        if own is not None and own.search(text) is None:
            continue
        for m in found.finditer(text):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return None if best is None else best[1]


@lru_cache(maxsize=1)
def _effect_patterns() -> tuple[tuple[Effect, Pattern, re.Pattern | None], ...]:
    """(name, pattern, its own gate) of each effect, in ``EFFECTS`` order: the text
    that passes the gate of them all mostly holds the characters of one or two."""
    return tuple((name, pattern(name), gate((name,))) for name in EFFECTS)


def states(text: str) -> list[State]:
    """Figure-less effect statements in ``text`` (支出增幅高于收入增幅 → spending up)."""
    data, names = _states()
    needed = gate(names)
    if needed is not None and needed.search(text) is None:
        return []
    found = [State(name=e["name"], metric=e["metric"], effect=e["effect"], start=m.start(),
                   end=m.end())
             for e in data for m in pattern(e["name"]).finditer(text)]
    return sorted(found, key=lambda s: s.start)


@lru_cache(maxsize=1)
def _states() -> tuple[list[dict], tuple[str, ...]]:
    """The state entries as written, and their names (read once)."""
    data = load("cause_cues.yaml", CUE_SCHEMA)["states"]
    return data, tuple(e["name"] for e in data)


@text_cache(maxsize=1024)
def has_result(text: str) -> bool:
    """``text`` holds a result word (``result``: 导致, 造成 …); kept per text, as
    ``effect_word``, for the clauses the features and links read again."""
    return pattern("result").search(text) is not None


def undated(text: str) -> bool:
    """The statement is about a general trend, not one year (近年来, 逐年)."""
    return pattern("undated").search(text) is not None
