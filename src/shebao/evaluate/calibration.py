"""Calibration tables: how often facts of a given confidence are right.

``shebao evaluate --calibration`` prints one for any annotated set;
``shebao train --confidence`` prints the cross-validated one of the
training sets.  A fact is right when it matches a gold fact (span overlap
and every label, ``score.align``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shebao.evaluate.gold import GoldFact
from shebao.evaluate.score import align
from shebao.records import Fact

# Bin edges of predicted confidence; the last bin holds 1.0 too.
EDGES = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0)


@dataclass(frozen=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    mean_confidence: float | None  # None for an empty bin
    accuracy: float | None  # share of right facts; None for an empty bin


def calibration_table(confidences: Sequence[float], right: Sequence[bool],
                      edges: Sequence[float] = EDGES) -> list[CalibrationBin]:
    """One bin per pair of ``edges``: count, mean confidence, observed accuracy."""
    if len(confidences) != len(right):
        raise ValueError("confidences and labels differ in length")
    rows = []
    last = len(edges) - 2
    for i, (lo, hi) in enumerate(zip(edges, edges[1:])):
        inside = [(c, r) for c, r in zip(confidences, right)
                  if lo <= c < hi or (i == last and c == hi)]
        n = len(inside)
        rows.append(CalibrationBin(
            low=lo, high=hi, count=n,
            mean_confidence=sum(c for c, _ in inside) / n if n else None,
            accuracy=sum(r for _, r in inside) / n if n else None))
    return rows


def expected_error(table: Sequence[CalibrationBin]) -> float:
    """Expected calibration error: |accuracy - confidence| weighted by count."""
    total = sum(b.count for b in table)
    if not total:
        return 0.0
    return sum(b.count * abs((b.accuracy or 0.0) - (b.mean_confidence or 0.0))
               for b in table) / total


def labelled(facts: Sequence[Fact], gold: Sequence[GoldFact]) -> list[bool]:
    """For each fact, whether it matches a gold fact."""
    hit = {fi for fi, _ in align(list(facts), list(gold))}
    return [i in hit for i in range(len(facts))]


def format_table(table: Sequence[CalibrationBin]) -> str:
    """The table as aligned text (the README shows it as markdown)."""
    lines = [f"{'confidence':>12} {'facts':>6} {'mean conf':>9} {'right':>6}"]
    for b in table:
        mean = "" if b.mean_confidence is None else f"{b.mean_confidence:.3f}"
        acc = "" if b.accuracy is None else f"{b.accuracy:.3f}"
        close = "]" if b.high == 1.0 else ")"
        lines.append(f"{f'[{b.low:.2f}, {b.high:.2f}{close}':>12} {b.count:6d} {mean:>9} {acc:>6}")
    n = sum(b.count for b in table)
    right = sum(round((b.accuracy or 0.0) * b.count) for b in table)
    lines.append(f"{'all':>12} {n:6d} {'':>9} {right / n if n else 0.0:6.3f}"
                 f"   ECE {expected_error(table):.3f}")
    return "\n".join(lines)


def table_dict(table: Sequence[CalibrationBin]) -> list[dict[str, float | int | None]]:
    """The table as JSON-ready rows (model metadata)."""
    return [{"low": b.low, "high": b.high, "count": b.count,
             "mean_confidence": None if b.mean_confidence is None else round(b.mean_confidence, 6),
             "accuracy": None if b.accuracy is None else round(b.accuracy, 6)} for b in table]
