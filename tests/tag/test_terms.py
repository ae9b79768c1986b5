"""The lexicon matcher: longest known term at each position, left to right."""

from __future__ import annotations

import regex
import pytest

from shebao.tag.terms import find_terms, lexicon


def _longest_first(text: str) -> list[tuple[int, int]]:
    """Spans found by a plain longest-first alternation of every wording."""
    words = sorted(lexicon(), key=lambda w: (-len(w), w))
    pattern = regex.compile("|".join(regex.escape(w) for w in words))
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "本年企业职工基本养老保险基金收入合计增长",
        "养老保险基金支出，基本养老金支出和利息收入",
        "城乡居民基本医疗保险基金累计结余较上年增加",
        "失业保险基金的征缴收入与财政补贴收入均有增长",
        "这句话里没有任何已知的术语",
    ],
)
def test_terms_spans_equal_longest_first_alternation(text: str) -> None:
    assert [(t.start, t.end) for t in find_terms(text)] == _longest_first(text)


def test_terms_prefers_the_longest_wording() -> None:
    words = sorted(lexicon(), key=len)
    longer = next(w for w in reversed(words) if any(v != w and w.startswith(v) for v in words))
    found = find_terms(longer + "。")
    assert [(t.start, t.end, t.text) for t in found][:1] == [(0, len(longer), longer)]
