"""Display widths of many lines at once equal those of each line alone."""

from shebao.normalise.lines import display_width, display_widths


def test_widths_at_once_equal_one_by_one():
    texts = ["基金收入 12.5 万元", "abc", "（一）收支", "\U00020000字", "", "x \ud800 y"]
    assert display_widths(texts) == [display_width(t) for t in texts]


def test_no_lines_no_widths():
    assert display_widths([]) == []
