"""split_lines gives what splitting at every line break and stripping each piece gives,
and its contents are those ``CONTENT`` finds (its old scan) (normalise.lines)."""

from __future__ import annotations

import random
from dataclasses import astuple

from shebao.normalise.lines import CONTENT, EDGE_SPACE, Line, is_figure_row, split_lines


def plain_split(text: str) -> list[Line]:
    """Every piece between line breaks, its ends stripped, blank pieces left out."""
    lines: list[Line] = []
    prev_end = pos = 0
    for raw in text.split("\n"):
        at, pos = pos, pos + len(raw) + 1
        content = raw.strip(EDGE_SPACE)
        if "\t" in raw:
            if not content.strip("\t"):
                continue
            kind = "table"
        else:
            if not content:
                continue
            kind = "table" if is_figure_row(content) else "text"
        start = at + len(raw) - len(raw.lstrip(EDGE_SPACE))
        feed = "\f" in text[prev_end:start]
        lines.append(Line(start=start, end=start + len(content), text=content, kind=kind,
                          after_form_feed=feed))
        prev_end = start + len(content)
    return lines


PIECES = ["收入", "增长3.2%", "12 34", "5.6", " ", "\u3000", "\xa0", "\t", "\r", "\f", "\v",
          "\n", "\n\n", "甲", "a", "\u2028", "\x85", "1,200", "。"]


def test_split_lines_matches_the_plain_split_on_random_texts() -> None:
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        assert [astuple(l) for l in split_lines(text)] == \
            [astuple(l) for l in plain_split(text)], repr(text)


def test_split_lines_keeps_tab_rows_and_drops_blank_ones() -> None:
    text = "  标题 \n\n\t\t\n　项目\t金额\u3000\n\f3\n"
    got = [(l.text, l.kind, l.after_form_feed) for l in split_lines(text)]
    assert got == [("标题", "text", False), ("项目\t金额", "table", False), ("3", "table", True)]
    assert [astuple(l) for l in split_lines(text)] == [astuple(l) for l in plain_split(text)]


def test_split_lines_reads_figure_rows_as_is_figure_row_does() -> None:
    texts = ["收入 12 34", "12 -3.5 8%", "医疗 1,200 95.5%", "共有 3 项指标。", "5", "甲。", "甲²",
             "１２", "\u0663\u0664 \u0665", "a.", "b,", "‰"]
    for text in texts:
        for _ in range(2):  # the last char's class read, then recalled
            (line,) = split_lines(text)
            assert (line.kind == "table") is is_figure_row(text), text


def test_split_lines_contents_are_those_content_finds() -> None:
    rng = random.Random(41)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        found = [(m.start(), m.end(), m.group()) for m in CONTENT.finditer(text)
                 if m.group().strip("\t")]
        assert [(l.start, l.end, l.text) for l in split_lines(text)] == found, repr(text)
