"""``find_terms`` reads the words ``findall`` lists and finds each again by ``str.find``
from the end of the one before: the terms equal those made from the matches of
``finditer`` (the former form) on texts of lexicon words run together, overlapping and
repeated, with noise between them."""

from __future__ import annotations

import random

import pytest

from shebao.tag.terms import Term, _elliptic_funds, _scanner, find_terms, lexicon


def _old_terms(text: str) -> list[Term]:
    """``find_terms`` as it was written before ``findall`` (match by match)."""
    matcher, words, _ = _scanner()
    out = []
    for m in matcher.finditer(text):
        e = words[m.group()]
        out.append(Term(kind=e.kind, id=e.id, name=e.name, group=e.group, start=m.start(),
                        end=m.end(), text=m.group()))
    listed = _elliptic_funds(text)
    if listed:
        taken = {(t.start, t.end) for t in listed}
        out = [t for t in out if not any(a < t.end and t.start < b for a, b in taken)]
        out = sorted(out + listed, key=lambda t: t.start)
    return out


def _texts(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    words = sorted(lexicon())
    noise = ["，", "。", "的", "和", "、", "12.5万元", " ", "基", "收", "保险"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 8)):
            word = rng.choice(words)
            if rng.random() < 0.3:  # a word cut short, or its tail: a near miss
                word = word[:rng.randint(1, len(word))] if rng.random() < 0.5 else word[1:]
            parts.append(word)
            if rng.random() < 0.5:
                parts.append(rng.choice(noise))
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_terms_findall_as_finditer(seed: int) -> None:
    for text in _texts(seed):
        assert find_terms(text) == _old_terms(text), text


def test_terms_findall_a_word_again_after_a_longer_one() -> None:
    words = sorted(lexicon(), key=len)
    longer = next(w for w in reversed(words) if any(v != w and w.startswith(v) for v in words))
    shorter = next(v for v in words if v != longer and longer.startswith(v))
    text = longer + "，" + shorter
    assert [(t.start, t.end) for t in find_terms(text)] == [
        (0, len(longer)), (len(longer) + 1, len(text))]
