"""``split`` in one pass equals the clauses cut, filtered and counted step by step."""

from __future__ import annotations

import random
from itertools import accumulate

import regex

from shebao.cause.clauses import SENTENCE_MARKS, split
from shebao.cause.cues import pattern

MARKS = regex.compile(r"[，,；;。：:！!？?\n]+")
PIECES = list("，,；;。：:！!？?\n \t　收入增长减少") + ["一是", "二是", "（1）", "2、", "其次，", "基金", "  \n"]


def _plain(text: str) -> list[tuple[int, int, str, int]]:
    cuts = {m.end() for m in MARKS.finditer(text)}
    cuts.update(m.start() for m in pattern("list_item").finditer(text))
    bounds = [0, *sorted(cuts - {0, len(text)}), len(text)] if text else []
    spans = [(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:])]
    kept = [s for s in spans if not s[2].isspace()]
    ends = [s[2][-1] in SENTENCE_MARKS for s in kept]
    return [(a, b, t, n) for (a, b, t), n in zip(kept, accumulate(ends[:-1], initial=0))]


def test_clauses_split_equals_plain_cutting() -> None:
    rng = random.Random(7)
    texts = ["", " ", "\n\n", "一是", "收入。\n"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    clauses = 0
    for text in texts:
        found = split(text)
        assert [tuple(c) for c in found] == _plain(text), text
        assert found.starts == [c.start for c in found]
        clauses += len(found)
    assert clauses > 10000
