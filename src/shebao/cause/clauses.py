"""Clauses of a text and the window of clauses around a cue."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

from shebao.cause.cues import Cue, pattern, scan_pattern
from shebao.quickinit import mypyc_attr
from shebao.textcache import text_cache

# One clause ends after one of these marks (kept in the clause).
CLAUSE_MARKS = "，,；;。：:！!？?\n"  # Chinese and ASCII clause marks, line breaks
# The text up to and with the next run of them (or to its end): the pieces
# ``findall`` gives join to the text, then one empty match at its end (strings
# from one scan: no match object, no slice per piece).
CLAUSE_PIECE = re.compile(f"[^{CLAUSE_MARKS}]*+[{CLAUSE_MARKS}]*+")
# A clause holds clause marks only in the run it ends with (each run ends a
# clause), so a sentence ends with the clause when its last character is one
# of these marks.
SENTENCE_MARKS = "。！!？?\n"


class Clause(NamedTuple):
    """A clause of a text (offsets into that text); a named tuple: a report has
    hundreds, made afresh for each."""

    start: int
    end: int
    text: str
    sentence: int  # index of the sentence the clause belongs to



def _list_cuts(text: str) -> list[int]:
    """Boundaries before list markers (sorted; 0 among them when one opens the text)."""
    # list_cut finds a digit item at its mark (its group ``number``): one before
    return [m.start() - 1 if m.lastgroup else m.start()
            for m in scan_pattern("list_cut").finditer(text)]


def _pieces(text: str) -> tuple[list[str], list[int]]:
    """The pieces of ``text`` between its boundaries (after clause marks, before
    list markers), none empty, and their ends."""
    pieces = CLAUSE_PIECE.findall(text)
    pieces.pop()  # the empty match at the end
    ends = list(accumulate(map(len, pieces)))
    for cut in reversed(_list_cuts(text)):  # from the last: ``ends`` left of it stay put
        k = bisect_right(ends, cut)
        start = ends[k - 1] if k else 0
        if start < cut:  # inside piece k (not at a boundary already)
            pieces[k:k + 1] = [text[start:cut], text[cut:ends[k]]]
            ends.insert(k, cut)
    return pieces, ends


@mypyc_attr(native_class=False)  # a list subclass, which mypyc compiles only as a Python class
class Clauses(list):
    """The clauses of a text, in order, with their starts (to find a clause by
    offset) and the list markers opening them and the reach of an explanation
    from each, worked out once (``opening``, ``extent.reach``)."""

    def __init__(self, clauses: list[Clause]) -> None:
        super().__init__(clauses)
        self.starts = [c.start for c in clauses]
        self.openings: dict[int, str | None] = {}
        self.reaches: dict[int, int] = {}  # ``extent.reach`` by first clause


def split(text: str) -> list[Clause]:
    """The clauses of ``text`` (whitespace-only pieces dropped), in one pass over
    the pieces: a clause's sentence is the count of kept clauses before it
    that end with a sentence mark."""
    out: list[Clause] = []
    sentence = start = 0
    new = tuple.__new__
    pieces, ends = _pieces(text)
    for piece, end in zip(pieces, ends):
        if not piece.isspace():
            out.append(new(Clause, (start, end, piece, sentence)))
            if piece[-1] in SENTENCE_MARKS:  # the sentence ends with the clause
                sentence += 1
        start = end
    return Clauses(out)


def starts_list(clause: Clause) -> bool:
    return list_marker(clause) is not None


def list_marker(clause: Clause) -> str | None:
    """The list marker opening ``clause`` (一是, （2）), if any."""
    m = scan_pattern("list_item").match(clause.text.lstrip())
    return m.group() if m else None


def opening(clauses: list[Clause], i: int) -> str | None:
    """``list_marker`` of clause ``i``, once per clause of a ``split`` text."""
    if not isinstance(clauses, Clauses):
        return list_marker(clauses[i])
    if i not in clauses.openings:
        clauses.openings[i] = list_marker(clauses[i])
    return clauses.openings[i]


def index_of(clauses: list[Clause], pos: int) -> int:
    """Index of the clause holding offset ``pos`` (the last clause when none does)."""
    starts = clauses.starts if isinstance(clauses, Clauses) else [c.start for c in clauses]
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < clauses[i].end else len(clauses) - 1


def window(clauses: list[Clause], at: int, before: int = 2, after: int = 12) -> range:
    """Clauses around clause ``at``: ``before`` back in its sentence, forward to the
    end of its sentence and on through a numbered list that continues after it.

    A clause of the same sentence is taken whatever opens it, so the list markers
    (``opening``) are read only where a sentence ends inside the window."""
    lo = at
    while lo > 0 and at - lo < before and clauses[lo - 1].sentence == clauses[at].sentence:
        lo -= 1
    hi = at + 1
    headline = clauses[at].text.rstrip().endswith(("：", ":"))
    listed = False  # a list marker opens a clause of at … seen - 1
    seen = at
    stop = min(len(clauses), at + after + 1)
    while hi < stop:
        if clauses[hi].sentence != clauses[hi - 1].sentence and not (headline and hi == at + 1):
            while not (headline or listed) and seen < hi:
                listed = opening(clauses, seen) is not None
                seen += 1
            if not ((headline or listed) and opening(clauses, hi) is not None):
                break
        hi += 1
    return range(lo, hi)


@text_cache(maxsize=1024)
def has_figure(text: str) -> bool:
    """``text`` states a figure with its unit; kept per text (a clause is read
    again by the features of each cue, by extent, link and statement)."""
    return pattern("figure").search(text) is not None


def cue_clause(clauses: list[Clause], cue: Cue) -> int:
    return index_of(clauses, cue.start)
