"""Changes against another base than the year before: a part of the same
year (较二季度, 环比) or a named earlier year (比2015年末)."""

from __future__ import annotations

import pytest

from shebao.link.baseyear import CHANGES, against_earlier_year, against_part_of_year
from shebao.link.model import ParagraphState, Statement
from shebao.link.sentence import SentenceView
from shebao.link.steps import SentenceLink
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences


@pytest.mark.parametrize("window, within", [
    ("基金收入较二季度末增加", True),
    ("医疗保险基金支出环比增长", True),
    ("基金支出较上季度增加，比上年", False),
    ("基金收入比上年同期增长", False),
])
def test_against_part_of_year_when_the_last_base_is_within_the_year(window: str,
                                                                   within: bool) -> None:
    assert against_part_of_year(window) is within


def _ctx(text: str, report_year: int) -> SentenceLink:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    view = SentenceView(text, tagged.figures, tagged.terms)
    return SentenceLink(view=view, sentence=Sentence(0, len(text), text), section=(),
                        state=ParagraphState(None, report_year), chain=Statement())


@pytest.mark.parametrize("text, against", [
    ("失业保险基金结余比2015年末增加40万元。", True),  # several years' change
    ("失业保险基金结余比2021年末增加40万元。", False),  # the year before the fact's
    ("失业保险基金结余比2015年末增加40万元，比上年增长3%。", False),  # the last figure
    ("失业保险基金结余比上年增加40万元。", False),
])
def test_against_earlier_year_reads_the_last_base_named(text: str, against: bool) -> None:
    ctx = _ctx(text, 2022)
    last = [f for f in ctx.view.figures if f.kind in ("money", "percent")][-1]
    window = text[:last.start]
    assert against_earlier_year(ctx, last, window) is against


def test_changes_are_the_year_on_year_measures() -> None:
    assert set(CHANGES) == {"yoy_change", "yoy_rate"}
