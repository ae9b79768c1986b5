"""The paragraphs and table cells segment makes by keyword through quick_maker
are the records the class call makes from the same keywords."""

from __future__ import annotations

from shebao.records import Paragraph, Sentence, TableCell
from shebao.segment import headings, lines, tables, webtables
from shebao.segment.lines import Line, split_lines

from tests.same_record import assert_same_record


def test_segment_makers_make_the_class_made_records() -> None:
    for heading in (False, True):
        para = dict(start=0, end=6, text="一、基金收入", section=("概况",), is_heading=heading,
                    sentences=(Sentence(0, 6, "一、基金收入"),))
        assert_same_record(headings._make_paragraph(**para), Paragraph(**para))  # type: ignore[arg-type]
    cell = dict(start=3, end=8, text="12.50", column="2021年")
    for make in (tables._make_cell, webtables._make_cell):
        assert_same_record(make(**cell), TableCell(**cell))  # type: ignore[arg-type]
    assert_same_record(lines._make_line(2, 9, "项目\t基金", tabbed=True), Line(2, 9, "项目\t基金", tabbed=True))
    assert split_lines("项目\t2021\n收入")[0] == Line(0, 7, "项目\t2021", tabbed=True)


def test_outline_paragraphs_equal_class_made_ones() -> None:
    text = "一、基金收入情况\n本年收入12万元。比上年增长5%。\n二、基金支出\n支出8万元。"
    paragraphs, _ = headings.outline(split_lines(text), text)
    assert [p.is_heading for p in paragraphs] == [True, False, True, False]
    for p in paragraphs:
        assert_same_record(p, Paragraph(p.start, p.end, p.text, section=p.section,
                           is_heading=p.is_heading, sentences=p.sentences))
