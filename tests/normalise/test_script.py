"""Traditional script is read as simplified; the offsets and source chars survive."""

import random

import pytest

from shebao.normalise import normalise
from shebao.normalise.script import SCRIPT_SCHEMA, is_traditional, to_simplified
from shebao.resources import load

SCRIPT = load("normalise_script.yaml", SCRIPT_SCHEMA)


@pytest.mark.parametrize("text", SCRIPT["examples"])
def test_script_examples_are_traditional(text):
    assert is_traditional(text)


@pytest.mark.parametrize("text", SCRIPT["counter_examples"])
def test_script_counter_examples_are_not_converted(text):
    assert not is_traditional(text)
    assert to_simplified(text) == text


@pytest.mark.parametrize("traditional, simplified", [
    ("職工基本醫療保險統籌基金收入4.2億元", "职工基本医疗保险统筹基金收入4.2亿元"),
    ("機關事業單位養老保險基金支出1,250萬元", "机关事业单位养老保险基金支出1,250万元"),
    ("失業保險基金當年結餘較上年減少12.3%", "失业保险基金当年结余较上年减少12.3%"),
    ("工傷保險基金預算收入860萬元，決算數為842萬元", "工伤保险基金预算收入860万元，决算数为842万元"),
    ("衞生健康部門轉移支付收入30萬元", "卫生健康部门转移支付收入30万元"),   # HK form 衞
    ("全市參保人數與繳費基數均有增長", "全市参保人数与缴费基数均有增长"),
])
def test_script_converts_to_simplified_keeping_length(traditional, simplified):
    assert to_simplified(traditional) == simplified


def test_script_conversion_keeps_line_breaks_and_offsets():
    text = "一、基金收支情況\n\n本年醫療保險基金收入\n1.5億元。\r\n"
    converted = to_simplified(text)
    assert len(converted) == len(text)
    assert [i for i, ch in enumerate(text) if ch in "\r\n"] == \
           [i for i, ch in enumerate(converted) if ch in "\r\n"]


def test_script_normalise_maps_back_to_traditional_chars():
    source = "本年養老保險基金收入 3.6 億\n元，較上年增長4.1%。\n"
    mt = normalise(source)
    assert mt.text.startswith("本年养老保险基金收入3.6亿元，较上年增长4.1%。")
    at = mt.text.index("3.6")
    start, end = mt.to_source(at, at + 5)
    assert source[start:end] == "3.6 億\n元"
    assert mt.in_source_script(0, len(mt.text)) == "本年養老保險基金收入3.6億元，較上年增長4.1%。"


def test_script_simplified_text_is_untouched():
    source = "本年（２０２１年）养老保险基金收入3.6亿元。"
    mt = normalise(source)
    assert mt.in_source_script(0, len(mt.text)) == mt.text


PIECES = ["養老保險", "基金收入", "12.5萬元", "，", "。", "\n", "  ", "醫療", "億元", "較上年增長",
          "3.2%", "（一）", "区县", "结余", "１２３", "\n\n", "第3頁", "縣本級", "\t"]


@pytest.mark.parametrize("seed", range(20))
def test_script_offsets_hold_over_random_mixes(seed):
    rng = random.Random(seed)
    source = "".join(rng.choice(PIECES) for _ in range(rng.randint(5, 60)))
    mt = normalise(source)
    shown = mt.in_source_script(0, len(mt.text))
    assert len(shown) == len(mt.text)
    for i, ch in enumerate(shown):
        start, end = mt.to_source(i, i + 1)
        if end - start == 1 and ch not in "\n":
            assert ch == source[start] or ch in "0123456789.%-,（）", (i, ch, source[start])
