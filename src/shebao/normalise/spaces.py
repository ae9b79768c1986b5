"""Space repair: drop PDF spacing around CJK text, keep spaces between figures.

Removed: spaces next to a CJK character or CJK punctuation (so "2020 年",
"36.67 万人", "喀什市 绩效" lose them), between a figure and its percent sign,
after a comparator ("≥ 90%"), and inside a figure written with thousands
groups ("7 215.90万元"; the ``thousands_figures`` of ``normalise_spaces.yaml``).
Kept: spaces between two figures ("355212 347833 -7379", "1 234" without a
unit), two ASCII words, and every TAB (TAB rows are tables).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao.normalise.chars import CJK
from shebao.normalise.offsets import MappedText, apply_edits
from shebao.resources import load
from shebao.stdre import Pattern, compile_cue

PATTERN = {"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}
SPACES_SCHEMA = {"thousands_figures": [PATTERN]}

WIDE_SPACES = "\u3000\xa0"  # the spaces dropped beside the ASCII one
_SPACE = r"[ \u3000\xa0]"
_ASCII_SPACE = "[ ]"  # one char: ``re`` reads it as a literal, found by a plainer scan


def dropped_spaces(space: str) -> Pattern:
    """The spaces to drop (``space``: the set of spaces), each match opening with the
    space it drops (a set first: ``re`` skips to it at once), then the lookbehind read
    past that space; the same matches as
      (?<= [CJK] ) S+ | S+ (?= [CJK] ) | (?<= \\d ) S+ (?= [%‰] ) | (?<= [≥≤<>=] ) S+ (?= [-+]?\\d )
    (tests/normalise/test_spaces_dropped.py compares the two)."""
    return compile_cue(rf"""
        {space} (?: (?<= [{CJK}] . ) {space}*         # after a CJK char or CJK punctuation
                | {space}* (?= [{CJK}] )              # before one
                | (?<= \d . ) {space}* (?= [%‰] )     # between a figure and its percent sign
                | (?<= [≥≤<>=] . ) {space}* (?= [-+]?\d ) )  # between a comparator and a figure
    """, regex.VERBOSE)


DROPPED_SPACES = dropped_spaces(_SPACE)
# The same for a text holding no WIDE_SPACES (most): a literal first, a quicker scan.
DROPPED_ASCII_SPACES = dropped_spaces(_ASCII_SPACE)


# What every ``thousands_figures`` match holds (its groups of three digits after single
# spaces): a space between a digit and three more, the space first (a literal: ``re``
# skips to it at once, a far quicker scan than the figures' own; most texts hold none),
# then the lookbehind read past it.  tests/normalise/test_spaces_gate.py checks it
# against every example of the YAML and many made-up texts.
SPACED_GROUP = compile_cue(r"[ ] (?<= \d [ ] ) (?= \d{3} )", regex.VERBOSE)


@lru_cache(maxsize=1)
def thousands_figure() -> regex.Pattern:
    """A figure with space-separated thousands groups (from the YAML)."""
    items = load("normalise_spaces.yaml", SPACES_SCHEMA)["thousands_figures"]
    body = "\n| ".join(f"(?: {item['pattern']} )" for item in items)
    return regex.compile(f"(?: {body} )", regex.VERBOSE)


def drop_spaces(mt: MappedText) -> MappedText:
    """Remove the spaces that PDF extraction inserts into Chinese text."""
    wide = any(space in mt.text for space in WIDE_SPACES)
    dropped = DROPPED_SPACES if wide else DROPPED_ASCII_SPACES
    # the spaces' deletions in order, made unique with those of the thousands figures only
    # where a text holds such a figure (few do)
    edits = [(m.start(), m.end(), "") for m in dropped.finditer(mt.text)]
    in_order = True  # found in order, not sorted again, unless merged with those below
    if SPACED_GROUP.search(mt.text):
        spans = {edit[:2] for edit in edits}
        for m in thousands_figure().finditer(mt.text):
            spans |= {(m.start() + k, m.start() + k + 1) for k, ch in enumerate(m.group())
                      if ch == " "}
        edits, in_order = [(start, end, "") for start, end in spans], False
    return apply_edits(mt, edits, in_order=in_order)
