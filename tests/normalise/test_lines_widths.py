"""Lines of the normalise stage: display widths at once, figure rows."""

from shebao.normalise.lines import display_width, display_widths


def test_widths_at_once_equal_one_by_one():
    texts = ["基金收入 12.5 万元", "abc", "（一）收支", "\U00020000字", "", "x \ud800 y"]
    assert display_widths(texts) == [display_width(t) for t in texts]


def test_no_lines_no_widths():
    assert display_widths([]) == []


def test_figure_rows_end_in_a_figure():
    from shebao.normalise.lines import is_figure_row
    assert is_figure_row("12 -3.5 8%")
    assert is_figure_row("医疗 1,200 95.5%")
    assert not is_figure_row("医疗 12 34 万元")
    assert not is_figure_row("共有 3 项指标。")
