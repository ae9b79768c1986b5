"""Sentences and lines with and without outer whitespace keep their offsets."""

from shebao.segment.lines import split_lines
from shebao.segment.sentences import split_sentences


def test_sentence_after_spaces_starts_at_its_first_char():
    text = "收入增加了。  支出减少了。"
    first, second = split_sentences(text, 10)
    assert (first.start, first.end, first.text) == (10, 16, "收入增加了。")
    assert (second.start, second.end, second.text) == (18, 24, "支出减少了。")
    assert text[second.start - 10:second.end - 10] == second.text


def test_sentence_without_spaces_starts_at_the_cut():
    first, second = split_sentences("收入增加了。支出减少了。", 3)
    assert (first.start, second.start, second.end) == (3, 9, 15)


def test_lines_with_and_without_outer_spaces():
    text = "第一行\n  第二行 \n\n第三行"
    lines = split_lines(text)
    assert [(line.start, line.end, line.text) for line in lines] == [
        (0, 3, "第一行"), (6, 9, "第二行"), (12, 15, "第三行")]
    assert all(text[line.start:line.end] == line.text for line in lines)
