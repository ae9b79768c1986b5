"""The view's position answers read inline (clause start, list) agree with
the layout's own and with clauses.list_at at every position."""

from __future__ import annotations

import pytest

from shebao.link import clauses
from shebao.link.periods import PeriodIndex, last_period
from shebao.link.sentence import SentenceView
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences

TEXTS = [
    "养老保险基金收入12万元，支出10万元；其中：利息收入3万元，财政补贴收入2万元。",
    "（含补助）收入合计30万元，较去年增长4%，完成预算的95%。",
    "收入8万元",
    "",
]


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


@pytest.mark.parametrize("text", TEXTS)
def test_clause_start_and_list_at_match_the_layout(text: str) -> None:
    view = _view(text)
    for pos in range(len(text) + 2):
        assert view.clause_start(pos) == view.layout.clause_start(pos)
        assert view.list_at(pos) == clauses.list_at(view.lists, pos)


@pytest.mark.parametrize("text", [*TEXTS, "1-6月，全市收入5万元，上半年支出3万元。"])
def test_period_index_answers_last_period_of_each_prefix(text: str) -> None:
    index = PeriodIndex(text)
    for pos in range(len(text) + 1):
        assert index.last_before(pos) == last_period(text[:pos])
