"""The sentence's topic fund: the first fund named before its first figure,
outside 其中 lists and before any explanation (主要原因…)."""

from __future__ import annotations

import pytest

from shebao.link.sentence import SentenceView
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


@pytest.mark.parametrize("text, topic", [
    ("工伤保险基金支出6万元。", "工伤保险基金"),
    ("支出6万元，工伤保险基金结余2万元。", None),  # named after the first figure only
    ("支出增加主要原因为失业保险基金扩围，支出6万元。", None),  # inside the explanation
    ("工伤保险基金支出增加，主要原因为失业保险基金扩围，支出6万元。", "工伤保险基金"),
    ("本段不含金额。", None),
])
def test_topic_fund_is_named_before_the_figure_and_any_reason(text: str,
                                                               topic: str | None) -> None:
    found = _view(text).topic_fund()
    assert (found.text if found is not None else None) == topic
