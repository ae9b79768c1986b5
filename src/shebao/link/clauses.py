"""Clause structure of a sentence: clause starts, 其中 lists, 、-runs.

All positions are offsets into the sentence text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from shebao import stdre
from shebao.link import cues
from shebao.quickinit import mypyc_attr, quick_init
from shebao.records import Figure

DIGIT = re.compile(stdre.DIGIT)
AMOUNTS = ("money", "count")  # kinds that may stand in one 、-run together


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class Layout:
    breaks: tuple[int, ...]  # positions just after each clause break
    lists: tuple[tuple[int, int], ...]  # 其中 regions (start, end)

    def clause_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos) - 1
        return self.breaks[i] if i >= 0 else 0

    def list_at(self, pos: int) -> tuple[int, int] | None:
        """The innermost 其中 list holding ``pos``."""
        return list_at(self.lists, pos)


def list_at(lists: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The innermost of ``lists`` (sorted 其中 regions) holding ``pos``."""
    found = None
    for start, end in lists:
        if start <= pos < end:
            found = (start, end)
    return found


def _closing(text: str, start: int) -> int:
    """Position of the bracket closing the one opened before ``start``."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _list_regions(text: str, money_ends: frozenset[int]) -> list[tuple[int, int]]:
    """其中 regions: to the matching close bracket, else the next ；/。.

    A bracket right after an amount that holds figures ("20462.29万元（住院
    费用支出19111.27万元，…）") is a breakdown of that amount too.
    """
    regions = []
    for end in sorted(money_ends):
        if text.startswith(("（", "("), end):
            close = _closing(text, end + 1)
            if DIGIT.search(text, end + 1, close) and not cues.has("list_word", text[end + 1:end + 3]):
                regions.append((end, close))
    if cues.lacks_gate("of_list", text):
        return regions  # most sentences hold neither 其 nor 中: no scan (by ``regex``)
    for m in cues.cue("of_list").finditer(text):
        start = m.start()
        stop = cues.cue("sentence_break").search(text, m.end())
        end = stop.start() if stop else len(text)
        if text[:start].rstrip().endswith(("（", "(")):
            end = _closing(text, m.end())
        regions.append((start, end))
    return regions


def list_regions(text: str, money_ends: frozenset[int] = frozenset()
                 ) -> tuple[tuple[int, int], ...]:
    """The 其中 lists of ``text``, sorted (``money_ends``: see _list_regions)."""
    return tuple(sorted(_list_regions(text, money_ends)))


def layout(text: str, money_ends: frozenset[int] = frozenset(),
           lists: tuple[tuple[int, int], ...] | None = None,
           qualifiers: list[tuple[int, int]] | None = None) -> Layout:
    """Clause breaks and 其中 lists; qualifier brackets ("（含…）") break nothing.

    ``money_ends`` are the ends of the sentence's amounts (see _list_regions);
    ``lists``, when given, are ``list_regions(text, money_ends)``, and
    ``qualifiers`` ``cues.spans("qualifier", text)``.
    """
    if qualifiers is None:
        qualifiers = cues.spans("qualifier", text)
    found = cues.cue("clause_break").finditer(text)
    breaks = tuple(m.end() for m in found if not any(a <= m.start() < b for a, b in qualifiers)
                   ) if qualifiers else tuple(m.end() for m in found)
    return Layout(breaks, list_regions(text, money_ends) if lists is None else lists)


def runs(text: str, figures: list[Figure]) -> list[list[int]]:
    """Indexes of figures that form 、-runs of two or more of one kind."""
    groups: list[list[int]] = []
    current: list[int] = []
    for i, fig in enumerate(figures):
        if current:
            prev = figures[current[-1]]
            same = prev.kind == fig.kind or (prev.kind in AMOUNTS and fig.kind in AMOUNTS)
            if same and cues.has("run_glue", text[prev.end:fig.start]):
                current.append(i)
                continue
            if len(current) > 1:
                groups.append(current)
        current = [i]
    if len(current) > 1:
        groups.append(current)
    return groups
