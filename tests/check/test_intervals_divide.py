"""Division multiplies by the inverse written out: the quotients an inverse interval gave."""

from __future__ import annotations

import random
from decimal import Decimal

from shebao.check.intervals import FastInterval, Interval


def _divide_before(a: Interval | FastInterval, b: Interval | FastInterval):
    """``a / b`` as written before: an inverse interval built, then multiplied."""
    if isinstance(a, Interval):
        if b.lo <= 0 <= b.hi:
            return None
        return a * Interval(1 / b.hi, 1 / b.lo)
    lo, hi = float(b.lo), float(b.hi)
    if lo <= 0 <= hi:
        return None
    return a * FastInterval(1 / hi, 1 / lo)


def _interval(rng: random.Random) -> Interval:
    value = Decimal(rng.randint(-10**6, 10**6)).scaleb(-rng.choice([0, 1, 2]))
    if rng.random() < 0.05:
        value = Decimal(0)
    return Interval.written(value, rng.choice([Decimal(1), Decimal("0.0001"), Decimal(10000)]),
                            truncated=rng.random() < 0.5)


def _same(x, y) -> bool:
    if x is None or y is None:
        return x is y
    return type(x) is type(y) and (repr(x.lo), repr(x.hi)) == (repr(y.lo), repr(y.hi))


def test_intervals_divide_equals_multiplying_by_the_inverse() -> None:
    rng = random.Random(7)
    nones = 0
    for _ in range(3000):
        a, b = _interval(rng), _interval(rng)
        assert _same(a / b, _divide_before(a, b)), (a, b)
        assert _same(a.fast() / b.fast(), _divide_before(a.fast(), b.fast())), (a, b)
        assert _same(a.fast() / b, _divide_before(a.fast(), b)), (a, b)
        nones += b.lo <= 0 <= b.hi
    assert 50 < nones < 3000
