"""continues (now ``wraps`` behind the kind tests) decides as its old form did, where the
caption and unit-line tests came first and ran on every pair (normalise.join)."""

from __future__ import annotations

import random

import pytest

from shebao.normalise import join
from shebao.normalise.join import (FULL_SHARE, LONG_WIDTH, SENTENCE_END_INSIDE, continues,
                                   shapes, typical_widths)
from shebao.normalise.lines import Line
from shebao.normalise.patterns import line_cues
from shebao.tag.needs import may_hold

PIECES = ["收入", "1,016.07", "万", "元", "亿元", "万人", "%", "。", "，", "：", "一、", "（二）",
          "单位：万元", "（单位：元）", "情况表", "收支情况表", "2021年", "3", " ", "增长", "基金",
          "a", "-", "；", "人次", "①", "第一章", "。其", "（", "1.", "“", "表"]


def old_continues(a: Line, b: Line, width: int) -> bool:
    """continues as it was written before: every test in reading order."""
    cues = line_cues()
    if a.kind != "text" or b.kind != "text":
        return False
    sa, sb = shapes([a])[0], shapes([b])[0]
    text_a, text_b = a.text, b.text
    if ((may_hold(text_a, cues.caption_needs) and cues.caption.fullmatch(text_a))
            or cues.own_line.match(text_b)):
        return False
    last = text_a[-1]
    if cues.unit_split.search(text_a[-join.UNIT_TAIL:] + "\n" + text_b[:join.UNIT_TAIL]):
        return True
    if sb.heading or last in cues.terminal:
        return False
    full = sa.width + join._first_width(text_b) >= FULL_SHARE * width
    if sa.heading:
        return full and last not in "：:" and join._heading_goes_on(a, b, sb.width, width)
    if last in "：:":
        return full
    if last in cues.continuation or full:
        return True
    return sa.width >= LONG_WIDTH or bool(SENTENCE_END_INSIDE.search(text_a))


@pytest.mark.parametrize("seed", range(20))
def test_continues_decides_as_its_old_form(seed) -> None:
    rng = random.Random(seed)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12))).strip() or "甲"
             for _ in range(120)]
    lines = [Line(start=0, end=len(t), text=t) for t in texts]
    widths = typical_widths(lines)
    for a, b, w in zip(lines, lines[1:], widths):
        for width in (w, 20, 60):
            assert continues(a, b, width) == old_continues(a, b, width), (a.text, b.text, width)
            assert continues(a, b, width, *shapes([a, b])) == old_continues(a, b, width)


def test_unit_line_and_caption_never_join() -> None:
    long = Line(start=0, end=40, text="某县基金收入增长较快主要是参保人数增加，其中" * 2)
    assert continues(long, Line(start=0, end=7, text="单位：万元"), 40) is False
    caption = Line(start=0, end=12, text="某县社会保险基金收支情况表")
    assert continues(caption, Line(start=0, end=4, text="项目名称"), 10) is False
    assert continues(long, Line(start=0, end=4, text="项目名称"), 40) is True


def test_shapes_read_headings_as_the_pattern_at_every_line() -> None:
    rng = random.Random(3)
    starts = ["一、", "（二）", "(3)", "1.", "12、", "①", "第一章", "三是", "３．", "\u0663.", "基金", "收"]
    texts = [rng.choice(starts) + "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 4)))
             for _ in range(3000)]
    lines = [Line(start=0, end=len(t), text=t) for t in texts]
    heading = line_cues().heading
    got = [shape.heading for shape in shapes(lines)]
    assert got == [heading.match(t) is not None for t in texts]
    assert 300 < sum(got) < 2700
