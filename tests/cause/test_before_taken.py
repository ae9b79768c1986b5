"""Spans already explained: ``Taken.overlaps`` answers as a scan of every span would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.cause.before import Taken

SPANS = st.lists(st.tuples(st.integers(0, 80), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=12)


@settings(max_examples=200, deadline=None)
@given(SPANS, st.lists(st.tuples(st.booleans(), st.integers(-5, 90), st.integers(0, 30)), max_size=20))
def test_overlaps_equals_the_scan_of_all_spans(first: list[tuple[int, int]],
                                              steps: list[tuple[bool, int, int]]) -> None:
    taken, spans = Taken(first), list(first)
    for add, start, size in steps:
        end = start + size
        assert taken.overlaps(start, end) == any(a < end and start < b for a, b in spans)
        if add:
            taken.add(start, end)
            spans.append((start, end))
