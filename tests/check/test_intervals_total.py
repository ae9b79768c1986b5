"""``total`` adds the bounds in one pass: the same sums as adding the intervals one by one."""

from __future__ import annotations

import random
from decimal import Decimal

from shebao.check.intervals import FastInterval, Interval, total


def _total_before(intervals: list) -> Interval | FastInterval:
    """``total`` as written before: one ``+`` (one interval built) per item."""
    if not intervals:
        return Interval.exact(Decimal(0))
    out = intervals[0]
    for i in intervals[1:]:
        out = out + i
    return out


def _written(rng: random.Random) -> Interval:
    digits = rng.choice([0, 1, 2, 4])
    value = Decimal(rng.randint(-10**7, 10**7)).scaleb(-digits)
    scale = rng.choice([Decimal(1), Decimal("0.0001"), Decimal(10000), Decimal("1E+4")])
    return Interval.written(value, scale, truncated=rng.random() < 0.5)


def _same(a: Interval | FastInterval, b: Interval | FastInterval) -> bool:
    """Equal to the last digit: same type, same bounds written the same way."""
    return type(a) is type(b) and (repr(a.lo), repr(a.hi)) == (repr(b.lo), repr(b.hi))


def test_intervals_total_equals_adding_one_by_one() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        items = [_written(rng) for _ in range(rng.randint(0, 9))]
        assert _same(total(items), _total_before(items)), items
        fast = [i.fast() for i in items]
        if rng.random() < 0.5 and fast:  # a float sum may hold Decimal intervals after its first
            fast = [fast[0], *(rng.choice([i, i.fast()]) for i in items[1:])]
        assert _same(total(fast), _total_before(fast)), fast


def test_intervals_total_of_one_is_that_interval() -> None:
    one = Interval.written(Decimal("2.5"))
    assert total([one]) is one
    assert _same(total([]), Interval.exact(Decimal(0)))
