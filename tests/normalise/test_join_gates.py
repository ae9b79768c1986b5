"""Shapes made at once and the caption gate give what the plain computation gives (normalise.join)."""

from __future__ import annotations

from shebao.normalise.join import Shape, shapes
from shebao.normalise.lines import display_width, split_lines
from shebao.normalise.patterns import line_cues
from shebao.tag.needs import may_hold

TEXT = """一、基金收入情况
全县城乡居民养老保险基金收入 1,234.5 万元，比上年增长 3.2%，其中个人缴费
　　312 万元。
(二)支出
12 13 14
本县基金运行情况表
附表2 收支表
其他代表
	项目	金额
"""


def test_shapes_match_shapes_made_one_by_one() -> None:
    lines = split_lines(TEXT * 3)
    heading = line_cues().heading
    expected = [Shape(width=display_width(l.text), heading=heading.match(l.text) is not None)
                if l.kind == "text" else Shape(width=0, heading=False) for l in lines]
    got = shapes(lines)
    assert got == expected
    assert all(type(s) is Shape for s in got)
    assert any(s.heading for s in got)


def test_a_line_lacking_the_caption_chars_is_no_caption() -> None:
    cues = line_cues()
    assert cues.caption_needs  # the caption cue needs some char
    texts = [l.text for l in split_lines(TEXT)] + ["情况", "某某情况统计", "收支情况一览"]
    for text in texts:
        if not may_hold(text, cues.caption_needs):
            assert cues.caption.fullmatch(text) is None, text
    assert any(cues.caption.fullmatch(t) for t in texts)
