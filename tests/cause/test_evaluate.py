"""Cause scores on the real seeds (read at run time; skipped when absent)."""

from __future__ import annotations

import io

import pytest

from shebao.evaluate.causes import evaluate
from shebao.cause.score import match_spans
from shebao.evaluate.score import Score
from tests.paths import ANNOTATIONS

GOLD = ANNOTATIONS / "causes" / "seeds"


def test_evaluate_match_needs_half_of_gold_and_same_key() -> None:
    gold = [(0, 10, "a"), (20, 30, "a")]
    pred = [(0, 5, "a"), (20, 24, "a"), (0, 10, "b")]
    assert match_spans(pred, gold, same=lambda p, g: p[2] == g[2]) == Score(1, 2, 1)


@pytest.mark.slow
def test_evaluate_runs_on_seeds(model_dir, seeds) -> None:
    if not GOLD.is_dir():
        pytest.skip("the seeds' cause gold is absent")
    out = io.StringIO()
    total = evaluate(GOLD, seeds, out=out)
    assert total is not None and "ALL" in out.getvalue()
