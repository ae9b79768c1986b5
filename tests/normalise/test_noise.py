"""Web-page noise: the YAML cues, HTML remnants, garbled chars, and the offset map."""

import random

import pytest
import regex

from shebao.normalise import normalise
from shebao.normalise.html import NOISE_SCHEMA, strip_html
from shebao.normalise.noise import drop_garbled, expand, garbled_pattern, is_noise_line
from shebao.normalise.offsets import MappedText
from shebao.resources import load

NOISE = load("normalise_noise.yaml", NOISE_SCHEMA)
FIELD_CASES = [(item["name"], item["pattern"], text, should)
               for item in NOISE["noise_fields"]
               for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
               for text in texts]
PIECE_CASES = [(item["name"], item["pattern"], text, should)
               for item in [*NOISE["placeholders"], NOISE["separator"]]
               for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
               for text in texts]
GARBLED_CASES = [(item["name"], text) for item in NOISE["garbled"] for text in item["examples"]]
GARBLED_COUNTER = [(item["name"], text) for item in NOISE["garbled"]
                   for text in item["counter_examples"]]


@pytest.mark.parametrize("name, pattern, text, should", FIELD_CASES)
def test_noise_fields_examples_and_counter_examples(name, pattern, text, should):
    assert is_noise_line(text) is should, f"{name}: {text!r}"
    if should:  # the field itself appears in its example
        assert regex.search(expand(pattern), text, regex.VERBOSE), name


@pytest.mark.parametrize("name, pattern, text, should", PIECE_CASES)
def test_noise_placeholders_and_separator_examples_and_counter_examples(name, pattern, text, should):
    assert bool(regex.fullmatch(pattern, text, regex.VERBOSE)) is should, f"{name}: {text!r}"


@pytest.mark.parametrize("name, example", GARBLED_CASES)
def test_noise_garbled_examples_are_repaired(name, example):
    before, after = example.split(" => ")
    assert drop_garbled(MappedText.identity(before)).text == after, name


@pytest.mark.parametrize("name, text", GARBLED_COUNTER)
def test_noise_garbled_counter_examples_untouched(name, text):
    assert not garbled_pattern().search(text), name


@pytest.mark.parametrize("source, text", [
    ("<p>收入&nbsp;1,200&nbsp;万元</p>", "\n收入 1,200 万元\n"),
    ("支出<span style=\"color:red\">860</span>万元<br/>结余", "支出860万元\n结余"),
    ("合格率<5%，达标率≥90%", "合格率<5%，达标率≥90%"),           # comparators, no tags
    ("R&D投入&amp;nbsp;12万元&#12288;", "R&D投入 12万元 "),
    ("<script>var x = '<p>';</script>正文<!-- 注释 -->", "正文"),
    ("项目<td>预算数</td><td>1200</td>", "项目\t预算数\t\t1200\t"),
    ("\t<p>指标说明</p>\t\t<p>达标</p>\t", "\t指标说明\t\t达标\t"),   # a TAB row stays one line
])
def test_noise_html_remnants(source, text):
    mt = strip_html(MappedText.identity(source))
    assert mt.text == text
    for i, ch in enumerate(mt.text):
        start, end = mt.to_source(i, i + 1)
        assert ch in source[start:end] or end - start > 1


PAGE = """首页 > 信息公开 > 财政预决算
某县2022年失业保险基金决算说明
发布时间：2023-05-18 10:32　来源：某县人社局　浏览次数：2046
【字体：大 中 小】【打印本页】【关闭窗口】
2022年失业保险基金收入1,286万元，较上年增长4.3%；基金支出1,102万元，当年结余184万元。
分享到： 微信 微博
扫一扫在手机打开当前页
上一篇：2021年工伤保险基金收入860万元
下一篇：关于2023年社会保险基金预算的说明
"""


def test_noise_lines_are_dropped_and_body_kept():
    text = normalise(PAGE).text
    assert text.split("\n")[:2] == [
        "某县2022年失业保险基金决算说明",
        "2022年失业保险基金收入1,286万元，较上年增长4.3%；基金支出1,102万元，当年结余184万元。",
    ]
    for gone in ("浏览次数", "2046", "打印本页", "分享到", "扫一扫", "上一篇", "860万元", "首页"):
        assert gone not in text


PIECES = ["养老保险基金收入", "12.5万元", "，", "。\n", "<p>", "</p>", "&nbsp;", "<br/>", "?", "\n",
          "浏览次数：12\n", "【打印本页】\n", "来源：某局\n", "增长3。2%", "（jiéyú）", "\t", "萬元", "<5%"]


@pytest.mark.parametrize("seed", range(30))
def test_noise_offsets_hold_over_random_mixes(seed):
    rng = random.Random(seed)
    source = "".join(rng.choice(PIECES) for _ in range(rng.randint(3, 50)))
    mt = normalise(source)
    assert len(mt.starts) == len(mt.ends) == len(mt.text)
    prev = 0
    for i in range(len(mt.text)):
        start, end = mt.to_source(i, i + 1)
        assert prev <= start < end <= len(source)
        prev = end
    for i in range(0, len(mt.text), 3):
        start, end = mt.to_source(i, min(len(mt.text), i + 4))
        assert 0 <= start <= end <= len(source)
