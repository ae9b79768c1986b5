"""marker_of, gated by the chars a marker can start with and its marks kept per marker
text, reads every paragraph start as matching the whole alternation did (segment.headings)."""

from __future__ import annotations

import random

from shebao.segment.cues import marker_alternation
from shebao.segment.headings import Mark, _mark, marker_of, number_of

PIECES = ["一", "十二", "、", "：", "（", "(", "）", ")", "1", "12", "123", ".", "．", " ", "\u3000",
          "①", "⑳", "３", "\u0663", "%", "万元", "基金", "是", "第", "章", "2020年"]


def old_marker_of(text: str) -> Mark | None:
    """marker_of as written before: the alternation matched at every paragraph start."""
    pattern, families = marker_alternation()
    found = pattern.match(text)
    if found is None:
        return None
    k = int(str(found.lastgroup)[1:])
    return Mark(families[k], found.end(), number_of(found.group()))


def test_marker_of_reads_as_the_whole_alternation() -> None:
    rng = random.Random(14)
    for _ in range(6000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 7)))
        assert marker_of(text) == old_marker_of(text), repr(text)


def test_marks_are_kept_per_marker_text() -> None:
    first = marker_of("（三）收支情况")
    assert first == Mark("cn_paren", 3, 3)
    assert marker_of("（三）结余情况") is first
    assert _mark.cache_info().currsize >= 1
