"""``link.link_report``: the stage's one entry, facts at source offsets."""

from __future__ import annotations

from shebao import link
from shebao.normalise import normalise
from shebao.segment import segment
from shebao.tag.apply import tagged_sentences

TEXT = """某市2022年失业保险基金决算说明
一、基金收支情况
全年失业保险基金收入３２０．５万元，较上年增加１２万元。
二、收支明细表
单位：万元
项目 2021年 2022年
基金收入 308.5 320.5
"""


def _linked() -> tuple[str, link.LinkedReport]:
    mapped = normalise(TEXT)
    [report] = segment(mapped.text)
    sentences = [s for p in report.paragraphs for s in p.sentences]
    return TEXT, link.link_report(report, tagged_sentences(sentences), mapped)


def test_report_facts_slice_the_source_text() -> None:
    source, linked = _linked()
    assert linked.facts
    for fact in linked.facts:
        assert source[fact.start:fact.end] == fact.text


def test_report_full_width_figures_keep_their_source_characters() -> None:
    _, linked = _linked()
    first = linked.facts[0]
    assert first.text == "３２０．５万元" and str(first.value) == "320.5"
    assert (first.fund, first.metric, first.year) == ("unemployment", "income_total", 2022)


def test_report_anchors_are_the_prose_facts_only() -> None:
    _, linked = _linked()
    anchored = {id(f) for _, f in linked.text_anchors}
    for fact in linked.facts:
        assert (id(fact) in anchored) == (fact.mention == "text")


def test_report_facts_are_in_text_order() -> None:
    _, linked = _linked()
    starts = [f.start for f in linked.facts]
    assert starts == sorted(starts)
