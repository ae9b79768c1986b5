"""``value_wan`` counts a figure's digits from ``adjusted()`` (common exponents) and a
unit's from a table built once: over many figures, units and precisions,
and the same context flags, it gives what the plain computation gives
(``as_tuple`` of both, every time)."""

from __future__ import annotations

import random
from decimal import Decimal, getcontext, localcontext

from shebao import units


def _plain(value: Decimal, unit: str | None) -> Decimal | None:
    factor = units.wan_per_unit().get(unit or "")
    if factor is None:
        return None
    digits = len(value.as_tuple().digits) + len(factor.as_tuple().digits)
    if digits <= getcontext().prec:
        return value * factor
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, digits)
        return value * factor


def _figures(count: int) -> list[Decimal]:
    rng = random.Random(14)
    out = [Decimal("0"), Decimal("-0"), Decimal("0.00"), Decimal("NaN"), Decimal("-Infinity"),
           Decimal("5E+3"), Decimal("9" * 40)]
    for _ in range(count):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 35)))
        out.append(Decimal(f"{rng.choice(['', '-'])}{digits}E{rng.randint(-4, 4)}"))
        out.append(Decimal(f"{rng.choice(['', '-'])}{digits}"))
    return out


def test_units_value_wan_equals_the_plain_computation() -> None:
    names = [*units.wan_per_unit(), "%", None, "人"]
    for prec in (28, 6):
        with localcontext() as ctx:
            ctx.prec = prec
            for value in _figures(1500):
                for unit in names:
                    got, want = units.value_wan(value, unit), _plain(value, unit)
                    assert (got is None) == (want is None), (value, unit)
                    if got is not None:
                        assert str(got) == str(want), (value, unit, prec)


def test_units_digits_counts_the_written_digits() -> None:
    for value in _figures(1500):
        assert units._digits(value) == len(value.as_tuple().digits), value
