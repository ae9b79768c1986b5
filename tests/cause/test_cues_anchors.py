"""Patterns with ``anchors`` are run over a text from near each anchor
(``cues.finditer``): the matches stay those of ``finditer`` over the whole text."""

from __future__ import annotations

import random

from shebao.cause import cues
from shebao.cause.cues import anchors, finditer, pattern
from tests.cause.passages import NEGATIVE, passages

ANCHORED = tuple(n for n in cues.cue_table() if anchors(n) is not None)
FILLER = "，。；：\n 、（）12345abc"  # marks and characters no pattern names


def _words() -> list[str]:
    """The examples and counter-examples of every anchored pattern, and its anchors."""
    out: list[str] = []
    for name in ANCHORED:
        entry = cues.cue_table()[name]
        out += entry["examples"] + entry["counter_examples"] + list(entry["anchors"])
    return out


def _texts() -> list[str]:
    """Passages of the fixture, and texts of words, their pieces and filler joined
    at random: anchors back to back, away from any match, at a text's ends."""
    rng = random.Random(11)
    whole = [p["text"] for p in passages()] + NEGATIVE
    words = _words()
    out = whole + words
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            word = rng.choice(words + whole)
            a = rng.randrange(len(word) + 1)
            parts.append(rng.choice([word, word[a:], word[:a], word[a:a + rng.randint(1, 6)]]))
            parts.append("".join(rng.choice(FILLER) for _ in range(rng.randint(0, 30))))
        out.append("".join(parts))
    return out


def test_cues_anchored_patterns_are_given() -> None:
    assert {"reason_is", "effect_follows"} <= set(ANCHORED)


def test_cues_every_match_holds_an_anchor_within_reach() -> None:
    for text in _texts():
        for name in ANCHORED:
            words, reach = anchors(name)
            for m in pattern(name).finditer(text):
                starts = [m.start() + k for w in words for k in range(reach + 1)
                          if text.startswith(w, m.start() + k) and m.start() + k + len(w) <= m.end()]
                assert starts, (name, m.group())


def test_cues_finditer_from_anchors_equals_the_whole_scan() -> None:
    hits = 0
    for text in _texts():
        for name in ANCHORED:
            plain = [(m.start(), m.end()) for m in pattern(name).finditer(text)]
            assert [(m.start(), m.end()) for m in finditer(name, text)] == plain, (name, text)
            hits += len(plain)
    assert hits > 1000


def test_cues_finditer_takes_the_longest_reach() -> None:
    """A match whose anchor stands ``reach`` characters in, right after another."""
    text = "之所以" + "收入" * 6 + "主要原因是" + "之所以" + "支" * 12 + "主要原因是人数增加"
    spans = [(m.start(), m.end()) for m in pattern("reason_is").finditer(text)]
    assert len(spans) == 2
    assert [(m.start(), m.end()) for m in finditer("reason_is", text)] == spans


def test_cues_finditer_without_anchors_is_the_pattern() -> None:
    text = "由于人数增加，收入增长"
    assert anchors("due_to") is None
    assert [m.span() for m in finditer("due_to", text)] == \
        [m.span() for m in pattern("due_to").finditer(text)]
