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


@pytest.mark.parametrize("text", [*TEXTS, "职工医保、工伤、失业保险基金收入5万元，其中统筹基金支出3万元，个人账户结余2万元"])
def test_last_term_stops_at_a_position_as_a_scan_of_every_term_finds(text: str) -> None:
    view = _view(text)
    lists = [view.terms, view.metrics, view.funds, view.accounts]
    assert view.terms == sorted(view.terms, key=lambda t: t.start)  # in text order
    for items in lists:
        for lo in range(len(text) + 1):
            for pos in range(lo, len(text) + 2):
                within = [t for t in items if lo <= t.start and t.end <= pos]
                assert view.last_term(items, pos, lo) == (within[-1] if within else None)
