"""Cause scoring: the overlap rule of issue 3 over the shared Score counts."""

from __future__ import annotations

from shebao.scores import Score

ZERO = Score(0, 0, 0)


def as_dict(score: Score) -> dict:
    """Rounded precision/recall/F1 with the counts (for model metadata)."""
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "f1": round(score.f1, 4), "tp": score.tp, "fp": score.fp, "fn": score.fn}


def of_labels(gold: list[str], predicted: list[str], label: str) -> Score:
    """Counts of ``label`` over aligned gold and predicted labels."""
    pairs = list(zip(gold, predicted))
    return Score(sum(g == p == label for g, p in pairs),
                 sum(p == label != g for g, p in pairs),
                 sum(g == label != p for g, p in pairs))


def of_sets(predicted: set, gold: set) -> Score:
    """Counts of a predicted label set against the gold set."""
    return Score(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def overlaps_half(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    """The predicted span covers at least half of the gold span."""
    return min(pred[1], gold[1]) - max(pred[0], gold[0]) >= (gold[1] - gold[0]) / 2


def match_spans(predicted: list, gold: list, same=lambda p, g: True) -> Score:
    """One-to-one greedy matching: spans overlap by half of gold and ``same`` holds.

    Items are ``(start, end, …)`` tuples (or objects ``same`` understands via ``[0]``/``[1]``).
    """
    used: set[int] = set()
    tp = 0
    for p in predicted:
        for k, g in enumerate(gold):
            if k not in used and same(p, g) and overlaps_half((p[0], p[1]), (g[0], g[1])):
                used.add(k)
                tp += 1
                break
    return Score(tp, len(predicted) - tp, len(gold) - tp)
