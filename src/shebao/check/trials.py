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
from decimal import Decimal
from operator import sub

from shebao.check.facts import fast_interval
from shebao.check.fixes import Fix, Variant, digit_fix, number_variants, unit_fixes_of
from shebao.check.intervals import FastInterval
from shebao.check.solve import Range
from shebao.records import Fact
from shebao.textcache import text_cache
from shebao.units import wan_per_unit

# A trial correction: the corrected figure's interval in floats, and the fix.
Trial = tuple[FastInterval, Fix]
# Relative slack of a window: float rounding over 40 terms is ~1e-14 of their size.
SLACK = 1e-9


class Trials:
    """The corrections of one figure: the bounds of their intervals (by
    position and by lower bound), and their fixes, each built when first
    asked for (most never are: they lie far from every window)."""

    __slots__ = ("lo", "hi", "order", "los", "his", "width", "span", "_make", "_fixes")

    def __init__(self, lo: list[float], hi: list[float],
                 make: Callable[[int], Fix | None]) -> None:
        self.lo, self.hi = lo, hi  # in the order the corrections are tried
        self.order = sorted(range(len(lo)), key=lo.__getitem__)
        self.los = [lo[p] for p in self.order]  # lower bounds, by lower bound
        self.his = [hi[p] for p in self.order]  # their upper bounds
        self.width = max(map(sub, hi, lo), default=0.0)  # of the widest
        self.span = max(max(map(abs, lo), default=0.0), max(map(abs, hi), default=0.0))
        self._make = make
        self._fixes: list[Fix | None | bool] = [False] * len(lo)  # False: not built yet

    def value(self, p: int) -> FastInterval:
        return FastInterval(self.lo[p], self.hi[p])

    def trial(self, p: int) -> Trial | None:
        """The trial at position ``p``, None when its variant is no correction."""
        fix = self._fixes[p]
        if fix is False:
            fix = self._fixes[p] = self._make(p)
        return None if fix is None or isinstance(fix, bool) else (self.value(p), fix)

    def __iter__(self) -> Iterator[Trial]:
        return (t for t in map(self.trial, range(len(self.lo))) if t is not None)


def _in_order(trials: Trials, positions) -> list[Trial]:
    found = (trials.trial(p) for p in sorted(positions))
    return [t for t in found if t is not None]


def near(trials: Trials, ranges: tuple[Range, ...], size: float,
         widened: bool = False) -> list[Trial]:
    """The trials, in order, whose interval may meet one of ``ranges``.

    ``size``: the magnitude of the relation's bounds, for the slack;
    ``widened``: each trial's interval reaches one of its widths further
    on both sides (a figure read as cut, a stated rate's slack).
    """
    hits = _hits(trials, ranges[0], size, widened)
    for other in ranges[1:]:
        hits = list({*hits, *_hits(trials, other, size, widened)})
    return _in_order(trials, hits) if hits else []


def _hits(trials: Trials, window: Range, size: float, widened: bool) -> list[int]:
    lo, hi = window
    if lo != lo or hi != hi:  # not a number: no window
        lo, hi = -math.inf, math.inf
    scale = size + abs(lo) + abs(hi)
    width = trials.width
    reach = SLACK * (scale + 6 * trials.span)  # the widest slack a trial may have
    first = bisect_left(trials.los, lo - (2 * width if widened else width) - reach)
    last = bisect_right(trials.los, hi + (width if widened else 0.0) + reach)
    out = []
    for p in trials.order[first:last]:
        a, b = trials.lo[p], trials.hi[p]
        if widened:
            a, b = a - (b - a), b + (b - a)
        slack = SLACK * (scale + abs(a) + abs(b))
        if a <= hi + slack and b >= lo - slack:
            out.append(p)
    return out


def meets(a: float, b: float, window: Range, size: float, widened: bool) -> bool:
    """``_hits``'s own test of one trial, bounded ``a``..``b``, against a finite window."""
    lo, hi = window
    if widened:
        a, b = a - (b - a), b + (b - a)
    slack = SLACK * (size + abs(lo) + abs(hi) + abs(a) + abs(b))
    return a <= hi + slack and b >= lo - slack


def near_units(fact: Fact, truncated: bool, ranges: tuple[Range, ...], size: float,
               widened: bool = False) -> list[Trial]:
    """``near(trials(fact, "unit", truncated), ranges, size, widened)``: the few other
    units judged one by one, with no ``Trials`` (an order, widths) built for them."""
    return list(_near_units(fact.text, fact.value, fact.unit, truncated, ranges, size, widened))


def finite(ranges: tuple[Range, ...], size: float) -> bool:
    """Every window bound and the size are finite numbers (else the full search)."""
    return all(map(math.isfinite, (size, *(b for r in ranges for b in r))))


def other_units(unit: str) -> list[str]:
    """The money units a unit slip could have meant, in ``unit_fixes_of``'s order."""
    return [u for u in wan_per_unit() if u != unit] if unit in wan_per_unit() else []


@text_cache(maxsize=8192)
def _near_units(text: str, value: Decimal, unit: str, truncated: bool,
                ranges: tuple[Range, ...], size: float, widened: bool) -> tuple[Trial, ...]:
    if not finite(ranges, size):
        return tuple(near(_trials(text, value, unit, "unit", truncated), ranges, size, widened))
    found = []
    for p, other in enumerate(other_units(unit)):
        v = fast_interval(value, other, truncated)
        if any(meets(v.lo, v.hi, r, size, widened) for r in ranges):
            found.append((v, unit_fixes_of(text, value, unit)[p]))
    return tuple(found)


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
            if holds(trials.value(trials.order[a])):
                kept.append(trials.order[a])
        elif b > a and holds(FastInterval(trials.los[a], max(trials.his[a:b]))):
            mid = (a + b) // 2
            runs += [(mid, b), (a, mid)]
    return _in_order(trials, kept)


def trials(fact: Fact, kind: str, truncated: bool) -> Trials:
    """The corrections of a figure of ``kind`` ("unit" or "digit"), each with its interval."""
    return _trials(fact.text, fact.value, fact.unit, kind, truncated)


@text_cache(maxsize=8192)
def _trials(text: str, value: Decimal, unit: str, kind: str, truncated: bool) -> Trials:
    if kind == "unit":  # the fixes (their text read by a pattern) made only when asked
        values = [fast_interval(value, u, truncated) for u in other_units(unit)]
        return Trials([v.lo for v in values], [v.hi for v in values],
                      lambda p: unit_fixes_of(text, value, unit)[p])
    span, variants = number_variants(text)
    lo, hi = _variant_bounds(variants, -1 if value < 0 else 1, unit, truncated)
    return Trials(lo, hi, lambda p: digit_fix(text, value, unit, span, variants[p]))


def _variant_bounds(variants: tuple[Variant, ...], sign: int, unit: str,
                    truncated: bool) -> tuple[list[float], list[float]]:
    """The bounds of ``fast_interval(Decimal(number) * sign, unit, truncated)``
    for each variant's number, read off its digits (the same float operations)
    where they fit the Decimal context; past its precision the product rounds.

    A variant has the written number's decimals, one more when it restores a
    lost one (``fixes.number_variants``): two half-units serve them all.
    """
    if not variants:
        return [], []
    scale = 1.0 if unit == "%" else float(wan_per_unit().get(unit, 1))
    first, lost = variants[0]
    decimals = len(first.partition(".")[2]) - lost  # of the written number
    halves = (5 * 10.0 ** (-decimals - 1), 5 * 10.0 ** (-decimals - 2))  # by lost decimal
    # a variant is one digit longer than the written number at most: a first one of
    # 19 digits or more may have neighbours past 20
    if (truncated and unit == "%") or len(first) > 18:
        return _bounds_each(variants, sign, unit, truncated, scale, halves)
    # rounded, not cut: the interval is v ± half whatever the sign
    values = [float(n) * sign for n, _ in variants]
    half = [halves[lost] for _, lost in variants]
    return ([(v - h) * scale for v, h in zip(values, half)],
            [(v + h) * scale for v, h in zip(values, half)])


def _bounds_each(variants: tuple[Variant, ...], sign: int, unit: str, truncated: bool,
                 scale: float, halves: tuple[float, float]) -> tuple[list[float], list[float]]:
    """``_variant_bounds`` variant by variant: a cut rate, or a number past the precision."""
    cut = truncated and unit == "%"
    lo, hi = [], []
    for number, lost in variants:
        if len(number) > 20:
            exact = fast_interval(Decimal(number) * sign, unit, truncated)
            lo.append(exact.lo)
            hi.append(exact.hi)
            continue
        v = float(number) * sign
        half = halves[lost]
        up = 2 * half if cut else half
        a, b = (v - half, v + up) if v >= 0 else (v - up, v + half)
        lo.append(a * scale)
        hi.append(b * scale)
    return lo, hi
