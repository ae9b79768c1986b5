"""An Arabic number read atomically (``whole_arabic``) finds what the
backtracking ``arabic`` found: same matches, same branch, same groups."""

from __future__ import annotations

import copy

import pytest

from shebao.tag import figure_patterns
from shebao.tag.figure_patterns import patterns

SENTENCES = [
    "今年共收到补助资金12,345.67万元，比去年多出1,2345元。",
    "第3.5条规定每人每月发放580.5元/人，共计7.25万人次。",
    "1.2.3项目中有12.5A型设备，编号1,234x和56,78。",
    "截至9月30日，累计支出3亿5千万元，结余-18.5万元以上。",
    "预算执行率为98.5%，较上年提高2.35个百分点，完成率95%-105%。",
    "3.按规定于15号前报送，2.5、3.5和4.5之间的数值。",
    "合计 3749564.25 473894，单位1,000.5,20。",
    "参保人数达到12.3.4万人，其中1,23万人为新增。",
]


def _backtracking(monkeypatch: pytest.MonkeyPatch) -> figure_patterns.Patterns:
    spec = copy.deepcopy(patterns().spec)
    spec["fragments"]["whole_arabic"] = "(?&arabic)"
    monkeypatch.setattr(figure_patterns, "load", lambda name, schema: spec)
    return figure_patterns.patterns.__wrapped__()


def _all_matches(pats: figure_patterns.Patterns, text: str) -> list[tuple]:
    found = (pats.combined.match(text, i) for i in range(len(text) + 1))
    return [(m.span(), m.lastgroup, m.groups()) for m in found if m is not None]


def test_atomic_numbers_match_as_backtracking_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    slow = _backtracking(monkeypatch)
    assert "(?>" not in slow.combined.pattern
    for text in SENTENCES:
        assert _all_matches(patterns(), text) == _all_matches(slow, text), text


def test_the_backtracking_pattern_differs_only_in_the_fragment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert "(?>" in patterns().combined.pattern
    assert _backtracking(monkeypatch).combined.groupindex == patterns().combined.groupindex
