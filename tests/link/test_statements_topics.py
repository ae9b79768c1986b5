"""What a sentence without figures to link says of the paragraph's topic.

Such a sentence only queues its topic update (``link_sentence``); the queue
is read, in order, when a later sentence has money or percent figures.
These tests hold the queued reading to the eager one on paragraphs written
for them, and show what reaches the next figures.
"""

from __future__ import annotations

import pytest

from shebao.link import statements
from shebao.link.model import ParagraphState
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences
from tests.link.sentences import PENSION, link_texts, summary

# Paragraphs where sentences without money or percent figures (none at all,
# years only, head counts) stand before, between and after sentences with
# figures: funds, budget and actual wording, periods, counts and lists.
PARAGRAPHS = [
    ("全市失业保险基金运行总体平稳，保障作用进一步发挥。",
     "全年基金收入5,620万元，支出4,310万元。"),
    ("2022年度工伤保险基金预算编制情况如下。",
     "预计基金收入3,150万元，比上年增长4.5%。",
     "以下说明执行情况。",
     "实际支出2,870万元。"),
    ("1-9月，城乡居民基本医疗保险基金运行情况。",
     "参保人数达到41.2万人。",
     "基金收入累计18,906万元，较上年同期减少2.3%。"),
    ("城乡居民基本养老保险基金方面。",
     "机关事业单位基本养老保险基金方面。",
     "当年收入6,017万元。"),
    ("本年度预算执行总体良好。",
     "其中：征缴收入9,420万元，财政补贴收入3,805万元。",
     "各项工作稳步推进。",
     "新增参保2,350人。"),
    ("职工基本医疗保险基金完成年初预算的情况如下。",
     "统筹基金收入11,276万元，完成预算的103.2%。"),
    ("生育保险并入职工基本医疗保险后，生育保险基金不再单列。",
     "2023年未发生单独核算。"),
]


def _link(texts: tuple[str, ...], eager: bool) -> tuple[list[list], ParagraphState]:
    """Drafts per sentence of one paragraph; ``eager`` reads each queued update at once."""
    state = ParagraphState(PENSION, 2022)
    out, pos = [], 0
    for text in texts:
        sentence = Sentence(pos, pos + len(text), text)
        pos += len(text)
        tagged, = tagged_sentences([sentence])
        out.append([summary(d) for d in statements.link_sentence(sentence, tagged, (), state)])
        if eager:
            statements.catch_up(state)
    return out, state


@pytest.mark.parametrize("texts", PARAGRAPHS, ids=lambda t: t[0][:8])
def test_statements_queued_topics_link_as_eager_ones(texts: tuple[str, ...]) -> None:
    queued, queued_state = _link(texts, eager=False)
    eager, eager_state = _link(texts, eager=True)
    assert queued == eager
    statements.catch_up(queued_state)
    assert queued_state == eager_state


def test_statements_a_sentence_without_figures_queues_its_topic() -> None:
    state = ParagraphState(PENSION, 2022)
    text = "全市失业保险基金运行总体平稳。"
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    assert statements.link_sentence(Sentence(0, len(text), text), tagged, (), state) == []
    assert state.pending == [tagged]
    assert state.topic is None
    assert tagged._terms is None  # not looked up while the update waits
    statements.catch_up(state)
    assert state.pending == []
    assert state.topic is not None and state.topic.id == "unemployment"


def test_statements_a_fund_named_without_figures_is_the_topic_of_the_next_figures() -> None:
    _, drafts = link_texts("全市失业保险基金运行总体平稳，保障作用进一步发挥。",
                           "全年基金收入5,620万元，支出4,310万元。", fund=PENSION)
    assert [(d[0], d[1]) for d in map(summary, drafts)] == [
        ("5,620万元", "unemployment"), ("4,310万元", "unemployment")]


def test_statements_the_later_of_two_queued_funds_wins() -> None:
    *_, drafts = link_texts("城乡居民基本养老保险基金方面。", "工伤保险基金方面。",
                            "当年收入6,017万元。", fund=PENSION)
    assert [summary(d)[1] for d in drafts] == ["work_injury"]


def test_statements_a_section_context_is_read_by_its_first_sentence_with_figures() -> None:
    read = []

    def opening():
        read.append(True)
        return PENSION, 2019, "budget"

    state = ParagraphState(None, None, opening=opening)
    texts = ("下面说明本级基金预算安排。", "基金收入预算为3,406万元，支出预算为3,120万元。",
             "各项收支总体平衡。", "上解上级支出预算为85万元。")
    drafts, reads = [], []
    pos = 0
    for text in texts:
        sentence = Sentence(pos, pos + len(text), text)
        pos += len(text)
        tagged, = tagged_sentences([sentence])
        drafts.append(statements.link_sentence(sentence, tagged, (), state))
        reads.append(len(read))
    assert reads == [0, 1, 1, 1]  # read by the first sentence with figures, once
    assert (state.fallback_fund, state.report_year, state.default_basis) == (
        PENSION, 2019, "budget")
    assert [(d.fund.id, d.year, d.basis) for d in drafts[1]] == [
        ("enterprise_pension", 2019, "budget"), ("enterprise_pension", 2019, "budget")]
