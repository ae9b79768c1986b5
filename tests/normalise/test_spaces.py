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
