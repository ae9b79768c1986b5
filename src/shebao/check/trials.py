"""Trial corrections of a failed relation, solved for the figure they change.

A relation of sums (items and their total, income − expenditure = balance,
a change and its two levels) is ``Σ sign·v[i]`` meeting ``v[result]``.
Holding every figure but one, it fixes the interval the one figure must
meet (its *window*), so of the ~100 corrections of that figure (another
unit, one digit off) only those near the window are tried against the
relation itself.  The window is widened by far more than float rounding
can move a bound, and every correction it keeps is still judged by the
relation's own test: the corrections found are exactly the ones a test of
each would find.  Rates (quotients) have no window: all their
corrections are tried.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from shebao.check.facts import fast_interval
from shebao.check.fixes import Fix, digit_fixes_of, unit_fixes_of
from shebao.check.intervals import FastInterval
from shebao.records import Fact

# A trial correction: the corrected figure's interval in floats, and the fix.
Trial = tuple[FastInterval, Fix]
# Relative slack of a window: float rounding over 40 terms is ~1e-14 of their size.
SLACK = 1e-9
# Per figure of a relation, the interval it must meet; and the relation's size.
Windows = tuple[list[tuple[float, float]], float]


@dataclass(frozen=True)
class Linear:
    """A relation read as ``Σ sign·v[i] over terms`` meets ``v[result]``."""

    terms: tuple[tuple[int, int], ...]  # (figure index, +1 or -1)
    result: int

    @staticmethod
    def sum_of(count: int) -> "Linear":
        """Items 1 … count − 1 add up to figure 0."""
        return Linear(terms=tuple((i, 1) for i in range(1, count)), result=0)

    def windows(self, base: Sequence[FastInterval]) -> Windows | None:
        """Per figure, the interval it must meet for the relation to hold, the
        others as they stand, and the relation's size (the sum of its bounds'
        magnitudes); None when a bound is not finite."""
        lo = hi = size = 0.0
        for i, sign in self.terms:
            a, b = base[i].lo, base[i].hi
            lo, hi = (lo + a, hi + b) if sign > 0 else (lo - b, hi - a)
        for v in base:
            size += abs(v.lo) + abs(v.hi)
        if not math.isfinite(size):
            return None
        r = base[self.result]
        out = [(lo, hi)] * len(base)
        for i, sign in self.terms:
            a, b = base[i].lo, base[i].hi
            if sign > 0:  # the rest is (lo − a, hi − b): x must meet r − rest
                out[i] = (r.lo - (hi - b), r.hi - (lo - a))
            else:  # the rest is (lo + b, hi + a): x must meet rest − r
                out[i] = (lo + b - r.hi, hi + a - r.lo)
        return out, size


DIFFERENCE = Linear(terms=((0, 1), (1, -1)), result=2)  # v0 − v1 = v2
ADDITION = Linear(terms=((0, 1), (1, 1)), result=2)  # v0 + v1 = v2


def near(trials: Sequence[Trial], window: tuple[float, float], size: float) -> list[Trial]:
    """The trials whose interval may meet ``window`` (``size``: the relation's magnitude)."""
    lo, hi = window
    out = []
    for trial in trials:
        a, b = trial[0].lo, trial[0].hi
        slack = SLACK * (size + abs(a) + abs(b))
        if a <= hi + slack and b >= lo - slack:
            out.append(trial)
    return out


def may_reach(value: FastInterval, lo: float, hi: float) -> bool:
    """Whether the figure, read as cut rather than rounded (its interval one
    width longer), may meet ``[lo, hi]``: a test before the exact one."""
    a, b = value.lo, value.hi
    width = b - a
    slack = SLACK * (abs(lo) + abs(hi) + abs(a) + abs(b))
    return a - width <= hi + slack and b + width >= lo - slack


def trials(fact: Fact, kind: str, truncated: bool) -> tuple[Trial, ...]:
    """The corrections of a figure of ``kind`` ("unit" or "digit"), each with its interval."""
    return _trials(fact.text, fact.value, fact.unit, kind, truncated)


@lru_cache(maxsize=8192)
def _trials(text: str, value: Decimal, unit: str, kind: str,
            truncated: bool) -> tuple[Trial, ...]:
    fixes = (unit_fixes_of if kind == "unit" else digit_fixes_of)(text, value, unit)
    return tuple((fast_interval(f.value, f.unit, truncated), f) for f in fixes)
