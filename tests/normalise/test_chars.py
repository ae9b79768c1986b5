import pytest

from shebao.normalise.chars import fold, fold_chars


@pytest.mark.parametrize(
    "source, expected",
    [
        ("收入１２３．５万元", "收入123.5万元"),
        ("增长３％", "增长3%"),
        ("ＡＢＣ类", "ABC类"),
        ("结余－１２万元", "结余-12万元"),
        ("下降—3%", "下降-3%"),
        ("目标—效果", "目标—效果"),
        ("合计1，234，567元", "合计1,234,567元"),
        ("2019，2020年", "2019，2020年"),
        ("收入12。5万元", "收入12.5万元"),
        ("降低3。6%", "降低3.6%"),
        ("增长6。2020年起", "增长6。2020年起"),
        ("支出5万元,其中: 养老", "支出5万元，其中： 养老"),
        ("(一) 总体情况", "（一） 总体情况"),
        ("(2021 年度)", "（2021 年度）"),
        ("拨付) 每月", "拨付） 每月"),
        ("x (1,234.5) y", "x (1,234.5) y"),
        ("95%-105%", "95%-105%"),
        ("满意度＞90%", "满意度>90%"),
    ],
)
def test_chars_fold_chars_repairs(source, expected):
    assert fold_chars(source) == expected


@pytest.mark.parametrize("source", ["收入１２３．５万元", "（一）总体", "a,b;c", "增长6。2020年"])
def test_chars_fold_chars_keeps_length(source):
    assert len(fold_chars(source)) == len(source)


@pytest.mark.parametrize("a, b", [("１２％", "12%"), ("，", ","), ("（", "("), ("。", "."), ("－", "-")])
def test_chars_fold_equates_forms(a, b):
    assert fold(a) == fold(b)
