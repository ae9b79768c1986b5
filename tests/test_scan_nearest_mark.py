"""``shebao.scan`` finds the same nearest mark as scanning the whole text for each mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.scan import first_of, last_of, positions

MARKS = "。；;\n（）()"
TEXTS = st.text(alphabet="ab。；;\n（）()", max_size=300)
SETTINGS = settings(max_examples=200, deadline=None)


@SETTINGS
@given(TEXTS, st.integers(0, 320), st.sampled_from(["。；;\n", "；", "()", MARKS]))
def test_first_of_is_the_least_find(text: str, pos: int, marks: str) -> None:
    ends = [i for i in (text.find(m, pos) for m in marks) if i >= 0]
    assert first_of(text, marks, pos) == min(ends, default=-1)


@SETTINGS
@given(TEXTS, st.integers(0, 320), st.integers(0, 40), st.sampled_from(["。；;\n", "；", MARKS]))
def test_last_of_is_the_greatest_rfind(text: str, end: int, start: int, marks: str) -> None:
    assert last_of(text, marks, end, start) == max(text.rfind(m, start, end) for m in marks)


@SETTINGS
@given(TEXTS)
def test_positions_lists_every_mark_in_order(text: str) -> None:
    assert positions(text, "（）()") == [i for i, ch in enumerate(text) if ch in "（）()"]


def test_first_of_reads_past_the_first_window() -> None:
    text = "a" * 1000 + "；" + "b" * 10
    assert first_of(text, "。；", 3) == 1000
    assert last_of(text, "；", len(text)) == 1000
    assert first_of(text, "。", 0) == -1 and last_of(text, "。", len(text)) == -1
