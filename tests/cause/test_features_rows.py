"""The rows of a cue's window equal those made clause by clause from ``meta_tokens``."""

from __future__ import annotations

import random

from shebao.cause import classify
from shebao.cause.features import Notes, rows, rows_plain
from tests.cause.passages import passages

SEPARATORS = ["", "\n", "。\n", "：\n（1）", "；\n二是", "，从而", "\n3、"]


def _texts() -> list[str]:
    """The fixture's passages, alone and run together in random orders and joins."""
    single = [p["text"] for p in passages()]
    rng = random.Random(14)
    mixed = []
    for _ in range(60):
        parts = rng.sample(single, rng.randint(2, 5))
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(SEPARATORS) + part
        mixed.append(text)
    return single + mixed


def test_features_rows_equal_meta_tokens_clause_by_clause() -> None:
    compared = 0
    for text in _texts():
        found = classify.candidates(text)
        notes = Notes(found[0][0]) if found else None
        for clauses, span, at, cue in found:
            assert rows(clauses, span, at, cue, notes) == rows_plain(clauses, span, at, cue)
            compared += len(span)
    assert compared > 500


def test_features_rows_mark_clauses_after_a_result_word() -> None:
    text = "由于退休人数增加，导致待遇支出上升，结余下降。"
    (clauses, span, at, cue), = classify.candidates(text)
    metas = [meta for _, meta in rows(clauses, span, at, cue)]
    assert "__after_result" not in metas[0] and "__after_result" not in metas[1]
    assert "__after_result" in metas[2]
