"""A relation solved for one of its figures: where that figure must lie.

Holding every figure of a relation but one, the relation fixes the values
the one figure may take, its *window*.  A trial correction of that figure
(``check.trials``) far from its window cannot make the relation hold, so
only the corrections near it are tested against the relation itself.

Windows are computed in floats, like the trials, and widened by far more
than rounding can move a bound (``trials.SLACK``): they only rule out, the
relation's own test still decides.  Two shapes of relation are solved:

* sums, ``Σ sign·v[i]`` meeting ``v[result]`` (items and their total,
  income − expenditure = balance, a change and its two levels);
* rates, ``100 · Σ num / Σ den`` meeting the stated rate, a figure that
  stands in the numerator or the denominator only (one in both, as the
  change in ``change / (now − change)``, has no window).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from shebao.check.intervals import FastInterval

Range = tuple[float, float]
Terms = tuple[tuple[int, int], ...]  # (figure index, +1 or -1)
EVERYWHERE: tuple[Range, ...] = ((-math.inf, math.inf),)


@dataclass(slots=True)
class Windows:
    """Per figure, the ranges one of which it must meet (None: no window)."""

    ranges: list[tuple[Range, ...] | None]
    size: float  # the sum of the magnitudes of the relation's bounds
    widened: int | None = None  # the figure met with its own width added (a stated rate)


def _sum(terms: Terms, base: Sequence[FastInterval], skip: int = -1) -> Range:
    lo = hi = 0.0
    for i, sign in terms:
        if i != skip:
            a, b = base[i].lo, base[i].hi
            lo, hi = (lo + a, hi + b) if sign > 0 else (lo - b, hi - a)
    return lo, hi


def _size(base: Sequence[FastInterval]) -> float:
    return sum(abs(v.lo) + abs(v.hi) for v in base)


def _signed(sign: int, r: Range) -> Range:
    return r if sign > 0 else (-r[1], -r[0])


def _product(x: Range, y: Range) -> Range:
    p = (x[0] * y[0], x[0] * y[1], x[1] * y[0], x[1] * y[1])
    return min(p), max(p)


def _holds_zero(r: Range) -> bool:
    return r[0] <= 0 <= r[1]


@dataclass(frozen=True)
class Linear:
    """``Σ sign·v[i]`` over ``terms`` meets ``v[result]``."""

    terms: Terms
    result: int

    @staticmethod
    @lru_cache(maxsize=64)
    def sum_of(count: int) -> "Linear":
        """Items 1 … count − 1 add up to figure 0."""
        return Linear(terms=tuple((i, 1) for i in range(1, count)), result=0)

    def windows(self, base: Sequence[FastInterval]) -> Windows | None:
        """None when a bound is not finite."""
        size = _size(base)
        if not math.isfinite(size):
            return None
        lo, hi = _sum(self.terms, base)
        r = base[self.result]
        ranges: list[tuple[Range, ...] | None] = [((lo, hi),)] * len(base)
        for i, sign in self.terms:
            a, b = base[i].lo, base[i].hi
            if sign > 0:  # the rest is (lo − a, hi − b): x must meet r − rest
                ranges[i] = ((r.lo - (hi - b), r.hi - (lo - a)),)
            else:  # the rest is (lo + b, hi + a): x must meet rest − r
                ranges[i] = ((lo + b - r.hi, hi + a - r.lo),)
        return Windows(ranges=ranges, size=size)


@dataclass(frozen=True)
class Ratio:
    """``100 · Σ num / Σ den`` meets the stated rate ``v[rate]``, widened by
    two thirds of its width; a denominator that may be zero fits anything."""

    num: Terms
    den: Terms
    rate: int = 2

    def windows(self, base: Sequence[FastInterval]) -> Windows | None:
        size = _size(base)
        if not math.isfinite(size):
            return None
        r = base[self.rate]
        slack = (r.hi - r.lo) * 2 / 3
        stated = (r.lo - slack, r.hi + slack)
        ranges = [self._window(i, base, stated) for i in range(len(base))]
        n, d = _sum(self.num, base), _sum(self.den, base)
        if _holds_zero(d):
            ranges[self.rate] = EVERYWHERE
        else:
            q = _product(n, (1 / d[1], 1 / d[0]))
            ranges[self.rate] = ((q[0] * 100, q[1] * 100),)
        return Windows(ranges=ranges, size=size, widened=self.rate)

    def _window(self, i: int, base: Sequence[FastInterval],
                stated: Range) -> tuple[Range, ...] | None:
        in_num = [s for j, s in self.num if j == i]
        in_den = [s for j, s in self.den if j == i]
        if in_num and not in_den:  # x = sign·(stated · den / 100 − the rest of num)
            d = _sum(self.den, base)
            if _holds_zero(d):
                return EVERYWHERE
            p = _product(stated, d)
            rest = _sum(self.num, base, skip=i)
            return (_signed(in_num[0], (p[0] / 100 - rest[1], p[1] / 100 - rest[0])),)
        if in_den and not in_num and not _holds_zero(stated):
            # x = sign·(100 · num / stated − the rest of den), or the den may be zero
            n, rest = _sum(self.num, base), _sum(self.den, base, skip=i)
            q = _product(n, (1 / stated[1], 1 / stated[0]))
            return (_signed(in_den[0], (q[0] * 100 - rest[1], q[1] * 100 - rest[0])),
                    _signed(in_den[0], (-rest[1], -rest[0])))
        return None


DIFFERENCE = Linear(terms=((0, 1), (1, -1)), result=2)  # v0 − v1 = v2
ADDITION = Linear(terms=((0, 1), (1, 1)), result=2)  # v0 + v1 = v2
QUOTIENT = Ratio(num=((0, 1),), den=((1, 1),))  # 100 · v0 / v1 = v2
# 100 · v0 / (v1 − v0) = v2: a change against this year's level
CHANGE_OF_NOW = Ratio(num=((0, 1),), den=((1, 1), (0, -1)))
GROWTH = Ratio(num=((0, 1), (1, -1)), den=((1, 1),))  # 100 · (v0 − v1) / v1 = v2
