"""Precision / recall / F1 counts and the overlap rule of issue 3."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}

    @classmethod
    def of_labels(cls, gold: list[str], predicted: list[str], label: str) -> Score:
        pairs = list(zip(gold, predicted))
        return cls(sum(g == p == label for g, p in pairs),
                   sum(p == label != g for g, p in pairs),
                   sum(g == label != p for g, p in pairs))

    @classmethod
    def of_sets(cls, predicted: set, gold: set) -> Score:
        return cls(len(predicted & gold), len(predicted - gold), len(gold - predicted))


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
