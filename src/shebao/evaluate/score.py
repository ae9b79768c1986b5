"""Fact-level precision, recall and F1 of extracted facts against gold."""

from __future__ import annotations

from decimal import Decimal

from shebao.evaluate.gold import GoldFact
from shebao.records import Fact
from shebao.scores import Score

# The labels that must agree for a predicted fact to match a gold fact.
KEYS = ("fund", "account", "metric", "year", "basis", "measure")


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def same_labels(fact: Fact, gold: GoldFact) -> bool:
    if any(getattr(fact, k) != getattr(gold, k) for k in KEYS):
        return False
    return Decimal(fact.value) == gold.value


def align(facts: list[Fact], gold: list[GoldFact], labels: bool = True):
    """One-to-one pairs (fact index, gold index); the rest are misses."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(facts):
            if fi in used or not overlaps(f.start, f.end, g.start, g.end):
                continue
            if labels and not same_labels(f, g):
                continue
            used.add(fi)
            pairs.append((fi, gi))
            break
    return pairs


def score(facts: list[Fact], gold: list[GoldFact], labels: bool = True) -> Score:
    """Score ``facts`` against ``gold``; ``labels=False`` scores spans only."""
    tp = len(align(facts, gold, labels))
    return Score(tp, len(facts) - tp, len(gold) - tp)
