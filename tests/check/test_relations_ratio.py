"""A rate's ratio with its product by 100 written out equals the interval
product ``q * HUNDRED``, in Decimals and in floats, bound for bound."""

from __future__ import annotations

import random
from decimal import Decimal

from shebao.check.intervals import HUNDRED, FastInterval, Interval
from shebao.check.relations import _ratio


def _plain(a, b):
    q = a / b
    return None if q is None else q * HUNDRED


def _interval(rng: random.Random, fast: bool):
    lo = Decimal(rng.randint(-10**6, 10**6)).scaleb(rng.randint(-8, 4))
    hi = lo + Decimal(rng.choice([0, rng.randint(0, 10**5)])).scaleb(rng.randint(-8, 2))
    return FastInterval(float(lo), float(hi)) if fast else Interval(lo, hi)


def test_ratio_equals_the_interval_product() -> None:
    rng = random.Random(14)
    for _ in range(20000):
        fast = rng.random() < 0.5
        a, b = _interval(rng, fast), _interval(rng, fast)
        got, plain = _ratio(a, b), _plain(a, b)
        if plain is None:
            assert got is None
            continue
        assert type(got) is type(plain)
        assert (repr(got.lo), repr(got.hi)) == (repr(plain.lo), repr(plain.hi))
