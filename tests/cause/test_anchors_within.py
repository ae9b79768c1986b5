"""Anchors in a span of text, by bisection, are those a scan of all anchors finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.cause.anchors import Anchor, last_before, within

# the fact of each anchor stands for itself: its index tells anchors at one offset apart
ANCHORS = st.lists(st.integers(0, 60), max_size=30).map(
    lambda starts: [Anchor(start=s, fact=k) for k, s in enumerate(sorted(starts))])


@settings(max_examples=200, deadline=None)
@given(ANCHORS, st.integers(-5, 70), st.integers(-5, 70))
def test_within_equals_the_scan_of_all_anchors(anchors: list[Anchor], lo: int, hi: int) -> None:
    assert within(anchors, lo, hi) == [a for a in anchors if lo <= a.start < hi]
    before = [a for a in anchors if a.start < hi]
    assert last_before(anchors, hi) == (before[-1] if before else None)
