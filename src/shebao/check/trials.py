"""Trial corrections of a failed relation: each figure's corrections
(another unit, one digit off: ``check.fixes``) with their intervals in
floats, and the few of them worth testing against the relation.

A relation solved for the figure (``check.solve``) gives the windows the
figure must meet; only the corrections that may meet one are tested
(``near``).  A figure with no window has its corrections narrowed down by
halves (``passing``).  Either way every correction kept is judged by the
relation's own test, and none that the test would accept is ruled out:
the corrections found are exactly those a test of each would find.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from shebao.check.facts import fast_interval
from shebao.check.fixes import Fix, digit_fixes_of, unit_fixes_of
from shebao.check.intervals import FastInterval
from shebao.check.solve import Range
from shebao.records import Fact

# A trial correction: the corrected figure's interval in floats, and the fix.
Trial = tuple[FastInterval, Fix]
# Relative slack of a window: float rounding over 40 terms is ~1e-14 of their size.
SLACK = 1e-9


@dataclass(frozen=True)
class Trials:
    """The corrections of one figure with their intervals; by lower bound too."""

    items: tuple[Trial, ...]  # in the order they are tried
    order: tuple[int, ...]  # positions in ``items`` by lower bound
    los: tuple[float, ...]  # the lower bounds in that order
    his: tuple[float, ...]  # the upper bounds in that order
    width: float  # of the widest interval
    span: float  # the largest bound, in magnitude

    def __iter__(self) -> Iterator[Trial]:
        return iter(self.items)

    def around(self, lo: float, hi: float, pad: float) -> list[int]:
        """Positions of the trials whose lower bound lies in ``[lo − pad, hi + pad]``."""
        first, last = bisect_left(self.los, lo - pad), bisect_right(self.los, hi + pad)
        return list(self.order[first:last])


def near(trials: Trials, ranges: tuple[Range, ...], size: float,
         widened: bool = False) -> list[Trial]:
    """The trials, in order, whose interval may meet one of ``ranges``.

    ``size``: the magnitude of the relation's bounds, for the slack;
    ``widened``: each trial's interval reaches one of its widths further
    on both sides (a figure read as cut, a stated rate's slack).
    """
    kept: set[int] = set()
    for lo, hi in ranges:
        if lo != lo or hi != hi:  # not a number: no window
            lo, hi = -math.inf, math.inf
        scale = size + abs(lo) + abs(hi)
        reach = (2 if widened else 1) * trials.width
        for p in trials.around(lo - reach, hi + (trials.width if widened else 0),
                               SLACK * (scale + 6 * trials.span)):
            value = trials.items[p][0]
            a, b = value.lo, value.hi
            if widened:
                a, b = a - (b - a), b + (b - a)
            slack = SLACK * (scale + abs(a) + abs(b))
            if a <= hi + slack and b >= lo - slack:
                kept.add(p)
    return [trials.items[p] for p in sorted(kept)]


def passing(trials: Trials, holds: Callable[[FastInterval], bool]) -> list[Trial]:
    """The trials under which ``holds``, for a relation no window solves (rates).

    The relation's test only widens with its figures' intervals (interval
    arithmetic and "meets" are monotone, in floats too), so where it fails
    for the hull of a run of trials (by lower bound), it fails for each of
    them: runs are halved from all the trials down, and only single trials
    that pass are kept.
    """
    kept: list[int] = []
    runs = [(0, len(trials.order))]
    while runs:
        a, b = runs.pop()
        if b - a == 1:
            if holds(trials.items[trials.order[a]][0]):
                kept.append(trials.order[a])
        elif b > a and holds(FastInterval(trials.los[a], max(trials.his[a:b]))):
            mid = (a + b) // 2
            runs += [(mid, b), (a, mid)]
    return [trials.items[p] for p in sorted(kept)]


def trials(fact: Fact, kind: str, truncated: bool) -> Trials:
    """The corrections of a figure of ``kind`` ("unit" or "digit"), each with its interval."""
    return _trials(fact.text, fact.value, fact.unit, kind, truncated)


@lru_cache(maxsize=8192)
def _trials(text: str, value: Decimal, unit: str, kind: str, truncated: bool) -> Trials:
    fixes = (unit_fixes_of if kind == "unit" else digit_fixes_of)(text, value, unit)
    items = tuple((fast_interval(f.value, f.unit, truncated), f) for f in fixes)
    order = tuple(sorted(range(len(items)), key=lambda p: items[p][0].lo))
    return Trials(items=items, order=order,
                  los=tuple(items[p][0].lo for p in order),
                  his=tuple(items[p][0].hi for p in order),
                  width=max((v.hi - v.lo for v, _ in items), default=0.0),
                  span=max((max(abs(v.lo), abs(v.hi)) for v, _ in items), default=0.0))
