"""The elliptic-list scan is skipped on a text holding no character a list can
start with: the funds found are those of the pattern run on every text."""

from __future__ import annotations

import random

from shebao.tag import terms
from shebao.tag.terms import ellipsis_pattern

PIECES = ["工伤", "失业", "生育", "、", "和", "及", "与", " ", "三项", "社会", "保险", "保", "险",
          "基金", "收入", "甲", "乙"]


def _noise(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))


def _listed(rng: random.Random) -> str:
    """Two or three risk words with separators, and often a tail."""
    words = [rng.choice(PIECES[:3]) for _ in range(rng.randint(2, 3))]
    text = words[0] + "".join(rng.choice(PIECES[3:8]) + w for w in words[1:])
    return text + rng.choice(["", "保险", "三项保险", "社会保险", "基金"])


def _texts(seed: int, n: int = 800) -> list[str]:
    rng = random.Random(seed)
    return [_noise(rng) + (_listed(rng) if rng.random() < 0.5 else "") + _noise(rng)
            for _ in range(n)]


def _ungated(text: str) -> list[tuple[str, int, int]]:
    """The funds of the elliptic lists of ``text``, the pattern run with no gate."""
    pattern, risks = ellipsis_pattern()
    out = []
    for m in pattern.finditer(text):
        listed = m.group("list")
        for k in range(len(listed)):
            for word, fund in risks.items():
                if listed.startswith(word, k):
                    out.append((fund, m.start("list") + k, m.start("list") + k + len(word)))
    return out


def test_ellipsis_gate_is_the_first_chars_of_the_risk_words() -> None:
    starts = terms._list_starts()
    assert isinstance(starts, tuple) and all(len(ch) == 1 for ch in starts)
    assert set(starts) == {word[0] for word in ellipsis_pattern()[1]}


def _funds(text: str) -> list[tuple[str, int, int]]:
    listed = {"work_injury", "unemployment", "maternity"}
    return [(t.id, t.start, t.end) for t in terms.find_terms(text)
            if t.id in listed and t.text in ellipsis_pattern()[1]]


def test_ellipsis_gate_finds_what_the_ungated_scan_finds() -> None:
    seen = 0
    for seed in range(3):
        for text in _texts(seed):
            found = [(t.id, t.start, t.end) for t in terms._elliptic_funds(text)]
            assert found == _ungated(text), text
            assert _funds(text) == found, text  # find_terms, behind its gate
            seen += bool(found)
    assert seen > 50  # the lists themselves are exercised, not only the gate
