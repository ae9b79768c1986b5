"""Space repair: drop PDF spacing around CJK text, keep spaces between figures.

Removed: spaces next to a CJK character or CJK punctuation (so "2020 年",
"36.67 万人", "喀什市 绩效" lose them), between a figure and its percent sign,
and after a comparator ("≥ 90%").  Kept: spaces between two figures
("355212 347833 -7379") or two ASCII words, and every TAB (TAB rows are
tables).  Digit groups split by a space ("1 234") are never merged: a table
row of small numbers looks the same.
"""

from __future__ import annotations

import regex

from shebao.normalise.chars import CJK
from shebao.normalise.offsets import MappedText, apply_edits

DROPPED_SPACES = regex.compile(rf"""
    (?<= [{CJK}] ) [ \u3000\xa0]+             # after a CJK char or CJK punctuation
  | [ \u3000\xa0]+ (?= [{CJK}] )              # before one
  | (?<= \d ) [ \u3000\xa0]+ (?= [%‰] )        # between a figure and its percent sign
  | (?<= [≥≤<>=] ) [ \u3000\xa0]+ (?= [-+]?\d ) # between a comparator and a figure
""", regex.VERBOSE)


def drop_spaces(mt: MappedText) -> MappedText:
    """Remove the spaces that PDF extraction inserts into Chinese text."""
    edits = [(m.start(), m.end(), "") for m in DROPPED_SPACES.finditer(mt.text)]
    return apply_edits(mt, edits)
