"""``value_wan`` of a figure in 万元 (factor 1) is the figure itself, with no product
computed: the same digits, sign and exponent as ``value * Decimal(1)`` (the form it
replaces), including zeros, negative zero, NaN and infinities, in any precision."""

from __future__ import annotations

import random
from decimal import Decimal, localcontext

from shebao import units


def _figures() -> list[Decimal]:
    rng = random.Random(16)
    out = [Decimal("0"), Decimal("-0"), Decimal("0.000"), Decimal("NaN"), Decimal("-Infinity"),
           Decimal("5E+3"), Decimal("1.50"), Decimal("9" * 40)]
    for _ in range(1000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 35)))
        out.append(Decimal(f"{rng.choice(['', '-'])}{digits}E{rng.randint(-6, 6)}"))
    return out


def test_units_value_wan_of_wan_yuan_is_the_product_by_one() -> None:
    assert units.wan_per_unit()["万元"] == 1
    for prec in (28, 6):
        with localcontext() as ctx:
            ctx.prec = prec
            for value in _figures():
                got = units.value_wan(value, "万元")
                with localcontext() as wide:
                    wide.prec = max(prec, len(value.as_tuple().digits) + 1)
                    want = value * Decimal(1)
                assert got is not None
                assert type(got) is Decimal
                assert got.as_tuple() == want.as_tuple(), (value, prec)


def test_units_value_wan_other_units_still_multiply() -> None:
    assert units.value_wan(Decimal("2.5"), "亿元") == Decimal("25000")
    assert str(units.value_wan(Decimal("120"), "元")) == "0.0120"
