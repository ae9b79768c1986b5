"""``occurs`` (a first match read from near the anchors) answers as a search
of the whole text does."""

from __future__ import annotations

from shebao.cause import cues
from shebao.cause.classify import STATED_FIRST
from shebao.cause.cues import occurs, pattern
from tests.cause.test_cues_anchors import _texts


def test_cues_occurs_equals_a_search_of_the_whole_text() -> None:
    names = sorted({*STATED_FIRST, *(n for n in cues.cue_table() if cues.anchors(n) is not None)})
    found = missed = 0
    for text in _texts():
        for name in names:
            expected = pattern(name).search(text) is not None
            assert occurs(name, text) == expected, (name, text)
            found += expected
            missed += not expected
    assert found > 1000 and missed > 1000
