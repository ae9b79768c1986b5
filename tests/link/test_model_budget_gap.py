"""_budget_gap: a sentence compared with the budget last (not with last year);
the short cut (no budget comparison: no gap) answers as the plain comparison."""

from __future__ import annotations

import itertools

from shebao.link import cues
from shebao.link.model import _budget_gap

PARTS = ["基金收入12万元", "比预算增加3万元", "较上年增长5%", "超预算2万元", "，", "同比减少",
         "较年初预算数", "执行良好", ""]


def _plain(prefix: str) -> bool:
    return cues.end_of_last("budget_gap", prefix) > cues.end_of_last("yoy", prefix)


def test_model_budget_gap_as_the_plain_comparison() -> None:
    texts = ["".join(p) for n in (1, 2, 3) for p in itertools.permutations(PARTS, n)]
    assert any(_plain(t) for t in texts) and not all(_plain(t) for t in texts)
    for text in texts:
        assert _budget_gap(text) == _plain(text), text
