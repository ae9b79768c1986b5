import pytest

from shebao.normalise.offsets import MappedText
from shebao.normalise.spaces import drop_spaces


@pytest.mark.parametrize(
    "source, expected",
    [
        ("参保人数 12.34 万人", "参保人数12.34万人"),
        ("2021 年", "2021年"),
        ("减少 3.6 %", "减少3.6%"),
        ("某县社会保险 绩效报告", "某县社会保险绩效报告"),
        ("万元， 与上年", "万元，与上年"),
        ("≥ 90%", "≥90%"),
        ("12 34 -5 -2.08%", "12 34 -5 -2.08%"),
        ("1 234", "1 234"),
        ("基金支出7 215.90万元", "基金支出7215.90万元"),
        ("住院费用11 262.05万元，门诊", "住院费用11262.05万元，门诊"),
        ("享受待遇1 236人次", "享受待遇1236人次"),
        ("预算 7 480 万元", "预算7480万元"),
        ("共计1 234 567.8元", "共计1234567.8元"),
        ("355212 347833 -7379 -2.08%", "355212 347833 -7379 -2.08%"),
        ("10 11 1 10.00%", "10 11 1 10.00%"),
        ("3.5 120万元", "3.5 120万元"),
        ("GDP growth", "GDP growth"),
        ("名称\t\t基金\t", "名称\t\t基金\t"),
    ],
)
def test_spaces_drop_spaces(source, expected):
    assert drop_spaces(MappedText.identity(source)).text == expected


def test_spaces_drop_spaces_keeps_the_map():
    mt = drop_spaces(MappedText.identity("收入 150 万元"))
    i = mt.text.index("150")
    assert mt.source[slice(*mt.to_source(i, i + 3))] == "150"
    assert mt.to_source(0, len(mt.text)) == (0, len(mt.source))


def test_spaces_thousands_space_leaves_the_text_only():
    mt = drop_spaces(MappedText.identity("支出7 215.90万元"))
    i = mt.text.index("7215.90")
    assert mt.source[slice(*mt.to_source(i, i + len("7215.90")))] == "7 215.90"
    assert mt.source[slice(*mt.to_source(i + 1, i + 2))] == "2"
