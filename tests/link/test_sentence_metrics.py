"""A view's metric words leave out those inside a completion-rate or share
phrase; a sentence with neither keeps every metric word without testing
each against the spans: the words are those of the one test for all."""

from __future__ import annotations

import pytest
from shebao.link import cues
from shebao.link.sentence import SentenceView
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


def _old_metrics(view: SentenceView) -> list:
    masked = cues.spans("budget_rate", view.text) + cues.spans("share", view.text)
    return [t for t in view.terms if t.kind == "metric"
            and not any(a <= t.start < b for a, b in masked)]


@pytest.mark.parametrize("text", [
    "基金收入12万元，基金支出9万元，利息收入1万元。",
    "基金支出9万元，完成支出预算的91%。",
    "财政补贴收入3万元，占基金收入的25%。",
    "收入预算执行进度为80%，支出预算完成率为75%，累计结余6万元。",
    "本年无收支。",
])
def test_sentence_metrics_as_the_one_test_for_all(text: str) -> None:
    view = _view(text)
    assert view.metrics == _old_metrics(view)


def test_sentence_metrics_examples_hold_both_kinds() -> None:
    views = [_view("基金支出9万元，完成支出预算的91%。"), _view("基金收入12万元，支出9万元。")]
    assert len(views[0].metrics) < len([t for t in views[0].terms if t.kind == "metric"])
    assert views[1].metrics == [t for t in views[1].terms if t.kind == "metric"]
