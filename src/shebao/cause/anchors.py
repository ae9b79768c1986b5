"""Facts by the offset of their figure, for the explanations that look for them nearby."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import NamedTuple

from shebao.records import Fact


class Anchor(NamedTuple):
    """A fact with the normalised start of its figure (a named tuple: a report has
    hundreds, built from its (start, fact) pairs without a Python step each)."""

    start: int
    fact: Fact


_start = attrgetter("start")  # an anchor's start, read in C by each bisection step


def within(anchors: list[Anchor], lo: int, hi: int) -> list[Anchor]:
    """The anchors with ``lo <= start < hi``, in order (``anchors`` in text order, as
    ``report.anchors_of`` gives them: a bisection, not a scan of the report's facts)."""
    return anchors[bisect_left(anchors, lo, key=_start):bisect_left(anchors, hi, key=_start)]


def last_before(anchors: list[Anchor], pos: int) -> Anchor | None:
    """The last anchor starting before ``pos`` (``anchors`` in text order)."""
    k = bisect_left(anchors, pos, key=_start)
    return anchors[k - 1] if k else None
