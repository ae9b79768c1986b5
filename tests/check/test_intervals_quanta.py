"""A written figure's interval, its exponent told apart by ``same_quantum``
for the common exponents, equals the interval computed from ``as_tuple``."""

from __future__ import annotations

import random
from decimal import Decimal

from shebao.check.intervals import Interval, _halves


def _plain(value: Decimal, scale: Decimal, truncated: bool) -> tuple:
    exponent = value.as_tuple().exponent
    zero = Decimal(0)
    half, twice = _halves(exponent) if isinstance(exponent, int) else (zero, zero)
    if not truncated:
        lo, hi = value - half, value + half
    elif value >= zero:
        lo, hi = value - half, value + twice
    else:
        lo, hi = value - twice, value + half
    if scale != Decimal(1):
        lo, hi = lo * scale, hi * scale
    return (lo, hi) if lo <= hi else (hi, lo)


def test_written_equals_the_interval_from_the_digits() -> None:
    rng = random.Random(14)
    values = [Decimal("0"), Decimal("-0"), Decimal("0.00"), Decimal("1E+2"), Decimal("5E-7")]
    for _ in range(4000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 30)))
        values.append(Decimal(f"{rng.choice(['', '-'])}{digits}E{rng.randint(-5, 3)}"))
    for value in values:
        for scale in (Decimal(1), Decimal("0.0001"), Decimal(10000)):
            for truncated in (True, False):
                got = Interval.written(value, scale, truncated)
                lo, hi = _plain(value, scale, truncated)
                assert (str(got.lo), str(got.hi)) == (str(lo), str(hi)), (value, scale, truncated)
