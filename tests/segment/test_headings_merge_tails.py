"""_merge_tails asks _is_heading only of a line opening with a marker: its lines, heading
flags and marks are those of the form that asked it of every line (segment.headings)."""

from __future__ import annotations

import random

from shebao.segment import headings
from shebao.segment.headings import BREAKS, Mark, _is_heading, marker_of
from shebao.segment.lines import Line, split_lines

PIECES = ["一、", "（二）", "1.", "（3）", "①", "基金收入", "情况", "：", "。", "，", "12万元", "5%",
          "说明", " ", "支出", "二、", "其中"]


def old_merge_tails(lines: list[Line], text: str) -> list[tuple[Line, bool, Mark | None]]:
    """_merge_tails as written before: _is_heading asked of every line."""
    out: list[tuple[Line, bool, Mark | None]] = []
    for line in lines:
        mark = marker_of(line.text)
        if out and out[-1][1] and headings.cue("heading_tail").match(line.text):
            head = out[-1][0]
            if head.text[-1] not in BREAKS and mark is None:
                joined = Line(head.start, line.end, text[head.start:line.end])
                out[-1] = (joined, True, marker_of(joined.text))
                continue
        out.append((line, _is_heading(line.text, mark), mark))
    return out


def test_merge_tails_as_when_every_line_was_asked() -> None:
    rng = random.Random(16)
    for _ in range(400):
        text = "\n".join("".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 6)))
                         for _ in range(rng.randrange(1, 8)))
        lines = split_lines(text)
        assert headings._merge_tails(lines, text) == old_merge_tails(lines, text), repr(text)


def test_a_line_without_marker_is_no_heading() -> None:
    text = "一、基金收入情况\n基金收入12万元。"
    merged = headings._merge_tails(split_lines(text), text)
    assert [(heading, mark is not None) for _, heading, mark in merged] == [(True, True), (False, False)]
