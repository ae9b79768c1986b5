"""continues reads whether a line may end before a figure's unit split by its last char
(a table of the chars seen), and joins as it joins with every pair searched (normalise.join)."""

from __future__ import annotations

import random

import pytest

from shebao.normalise import join
from shebao.normalise.join import continues, shapes, typical_widths
from shebao.normalise.lines import Line
from shebao.normalise.patterns import line_cues

PIECES = ["收入", "1,016.07", "万", "元", "亿元", "万人", "%", "。", "，", "：", "一、", "（二）",
          "单位：万元", "情况表", "2021年", "3", " ", "增长", "基金", "a", "-", "；", "人次"]


class _Always(dict):
    """A table saying every char may end before a split: every pair is searched."""

    def get(self, key, default=None):
        return True


def _pairs(seed: int) -> list[tuple[Line, Line, int]]:
    rng = random.Random(seed)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 9))).strip() or "甲"
             for _ in range(80)]
    lines = [Line(start=0, end=len(t), text=t) for t in texts]
    widths = typical_widths(lines)
    return [(a, b, w) for a, b, w in zip(lines, lines[1:], widths)]


@pytest.mark.parametrize("seed", range(25))
def test_continues_joins_as_with_every_pair_searched(seed, monkeypatch) -> None:
    pairs = _pairs(seed)
    gated = [continues(a, b, w, *shapes([a, b])) for a, b, w in pairs]
    monkeypatch.setattr(join, "_SPLIT_ENDS", _Always())
    plain = [continues(a, b, w, *shapes([a, b])) for a, b, w in pairs]
    assert gated == plain


def test_split_end_table_reads_the_class() -> None:
    ends = line_cues().unit_split_end
    for text in PIECES:
        for ch in text:
            expected = ends is None or ends.match(ch) is not None
            assert join._split_end(ch, line_cues()) is expected
            assert join._SPLIT_ENDS[ch] is expected


def test_figure_cut_from_its_unit_joins() -> None:
    a = Line(start=0, end=8, text="基金收入1016.07")
    b = Line(start=9, end=11, text="万元")
    assert continues(a, b, 80)
