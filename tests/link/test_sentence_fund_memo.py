"""The view's ``fund_before`` (memoised by the funds ending by a position)
gives the answer of the plain backward scan at every position and list."""

from __future__ import annotations

import pytest

from shebao.link.context import coordinated_head
from shebao.link.sentence import SentenceView
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences

TEXTS = [
    "养老保险基金收入12万元，支出10万元，其中：失业保险基金支出3万元，工伤保险基金支出2万元。",
    "城乡居民基本养老保险基金和失业保险基金收入分别为5万元、6万元，医疗保险基金支出7万元。",
    "全市社会保险基金收入合计30万元，其中企业职工基本养老保险基金收入20万元、工伤保险基金收入1万元。",
    "收入8万元，支出6万元。",
]


def _plain(view: SentenceView, pos: int, region) -> object:
    for k in range(len(view.funds) - 1, -1, -1):
        t = view.funds[k]
        if t.end <= pos and view.list_at(t.start) in (None, region):
            return coordinated_head(view.funds, k, view.text)
    return None


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


@pytest.mark.parametrize("text", TEXTS)
def test_fund_before_matches_the_plain_scan_everywhere(text: str) -> None:
    view = _view(text)
    plain = _view(text)
    regions = [None, *view.lists, (0, len(text))]
    for _ in range(2):  # the second pass reads the memo
        for region in regions:
            for pos in range(len(text) + 1):
                assert view.fund_before(pos, region) == _plain(plain, pos, region)


def test_the_texts_name_funds_and_lists() -> None:
    views = [_view(t) for t in TEXTS]
    assert all(v.funds for v in views[:3]) and not views[3].funds
    assert any(v.lists for v in views)


def test_funds_out_of_order_are_scanned_plainly() -> None:
    view = _view(TEXTS[1])
    view.__dict__["funds"] = list(reversed(view.funds))
    assert view._fund_ends is None
    for pos in range(len(TEXTS[1]) + 1):
        assert view.fund_before(pos, None) == _plain(view, pos, None)


def test_fund_ends_order_test_as_the_pairwise_one() -> None:
    # ``_fund_ends`` tests the order by comparing with the sorted ends
    view = _view(TEXTS[0])
    funds = view.funds
    for order in ([0, 1, 2], [0, 0, 1], [2, 1, 0], [1, 0, 2], [0, 2, 1], [1], []):
        picked = [funds[k % len(funds)] for k in order]
        ends = [t.end for t in picked]
        probe = _view(TEXTS[0])
        probe.__dict__["funds"] = picked
        pairwise = all(a <= b for a, b in zip(ends, ends[1:]))
        assert probe._fund_ends == (ends if pairwise else None)
