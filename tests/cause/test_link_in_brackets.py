"""``in_brackets`` from the text's bracket offsets answers as the backward scans for each bracket did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.cause.link import in_brackets


def _scanned(text: str, pos: int, hi: int) -> bool:
    opened = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
    closed = max(text.rfind("）", 0, pos), text.rfind(")", 0, pos))
    return opened > closed and any(c in text[pos:hi] for c in "）)")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab（）()", max_size=60), st.integers(0, 65), st.integers(0, 70))
def test_in_brackets_equals_the_backward_scans(text: str, pos: int, hi: int) -> None:
    assert in_brackets(text, pos, hi) == _scanned(text, pos, hi)
