"""Cause score helpers over the shared Score counts of shebao.evaluate.score."""

from __future__ import annotations

import pytest

from shebao.cause.score import as_dict, of_labels, of_sets
from shebao.evaluate.score import Score


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    pytest.param(["cause", "effect", "cause"], ["cause", "cause", "neither"], Score(1, 1, 1), id="mixed"),
    pytest.param(["neither"], ["neither"], Score(0, 0, 0), id="label-absent"),
])
def test_score_of_labels_counts_one_label(gold, predicted, expected) -> None:
    assert of_labels(gold, predicted, "cause") == expected


def test_score_of_sets_counts_categories() -> None:
    assert of_sets({"covid", "policy"}, {"policy", "timing"}) == Score(1, 1, 1)


def test_score_as_dict_rounds_and_keeps_counts() -> None:
    assert as_dict(Score(2, 1, 0)) == {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "tp": 2, "fp": 1, "fn": 0}
