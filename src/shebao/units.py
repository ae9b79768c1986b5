"""Units of measure, from ``resources/units.yaml``: magnitudes, money, head counts.

``wan_per_unit()["亿元"] == Decimal(10000)``; ``magnitudes()`` lists the
magnitude words longest first (so "万亿" is tried before "亿");
``count_swap("万人") == "人"``, the unit a count-unit slip confuses.
"""

from __future__ import annotations

from decimal import Decimal, getcontext, localcontext
from functools import lru_cache

from shebao.resources import load

SCHEMA = {
    "magnitudes": [{"word": str, "value": int}],
    "money": [{"unit": str, "wan": str}],
    "default_money_unit": str,
    "counts": [{"unit": str, "base": str, "per": int}],
}


@lru_cache(maxsize=1)
def _table() -> dict:
    return load("units.yaml", SCHEMA)


@lru_cache(maxsize=1)
def magnitudes() -> dict[str, int]:
    """Magnitude word → value, longest word first."""
    entries = sorted(_table()["magnitudes"], key=lambda m: -len(m["word"]))
    return {m["word"]: m["value"] for m in entries}


@lru_cache(maxsize=1)
def wan_per_unit() -> dict[str, Decimal]:
    """Money unit → 万元 per unit, smallest unit first."""
    return {m["unit"]: Decimal(m["wan"]) for m in _table()["money"]}


def money_units() -> tuple[str, ...]:
    """The money units, smallest first."""
    return tuple(wan_per_unit())


def default_money_unit() -> str:
    """The unit of a money table that names none."""
    return _table()["default_money_unit"]


# The factor of 万元 itself: a figure times it is the figure (same digits, same exponent).
_ONE = Decimal(1)


@lru_cache(maxsize=1)
def _factors() -> dict[str, tuple[Decimal, int]]:
    """Money unit → (万元 per unit, the number of its digits); a factor written "1"
    is ``_ONE`` itself, so ``value_wan`` can tell it by identity."""
    return {unit: (_ONE if wan.as_tuple() == _ONE.as_tuple() else wan, len(wan.as_tuple().digits))
            for unit, wan in wan_per_unit().items()}


# The exponents figures are mostly written with (whole, tenths … ten-thousandths):
# ``same_quantum`` tells them apart in C.
_QUANTA = tuple(Decimal(1).scaleb(-k) for k in range(5))


def _digits(value: Decimal) -> int:
    """The number of digits of ``value`` (``len(value.as_tuple().digits)``): for the
    common exponents from ``adjusted()``, the exponent of its first digit, with no
    tuple of digits built (``as_tuple`` only for the rest)."""
    for q in _QUANTA:
        if value.same_quantum(q):
            return value.adjusted() - q.adjusted() + 1
    return len(value.as_tuple().digits)


def value_wan(value: Decimal, unit: str | None) -> Decimal | None:
    """Money in 万元; None for percents and unknown units."""
    found = _factors().get(unit or "")
    if found is None:
        return None
    factor, factor_digits = found
    if factor is _ONE:  # 万元 (most money facts): value * 1 is value, exact, so skip the product
        return value
    digits = _digits(value) + factor_digits
    if digits <= getcontext().prec:
        return value * factor  # exact already: no wider context needed
    with localcontext() as ctx:  # the exact product, however many digits were written
        ctx.prec = max(ctx.prec, digits)
        return value * factor


@lru_cache(maxsize=1)
def count_units() -> dict[str, Decimal]:
    """Head-count unit → how many of its base unit one of it is."""
    return {c["unit"]: Decimal(c["per"]) for c in _table()["counts"]}


@lru_cache(maxsize=None)
def count_base(unit: str) -> str:
    """The base a head-count unit counts (万人 → 人)."""
    return next(c["base"] for c in _table()["counts"] if c["unit"] == unit)


@lru_cache(maxsize=None)
def count_swap(unit: str) -> str:
    """The other unit of the same base, 10^4 apart (万人 ↔ 人)."""
    base = count_base(unit)
    return next(c["unit"] for c in _table()["counts"] if c["base"] == base and c["unit"] != unit)


def split_prefix(unit: str | None) -> tuple[str | None, Decimal]:
    """A unit without a one-character magnitude prefix, and that prefix's value.

    ``split_prefix("万人次") == ("人次", Decimal(10000))``; a unit with no such
    prefix (or that prefix alone) comes back whole with factor 1.
    """
    single = {w: v for w, v in magnitudes().items() if len(w) == 1}
    if unit and len(unit) > 1 and unit[0] in single:
        return unit[1:], Decimal(single[unit[0]])
    return unit, Decimal(1)
