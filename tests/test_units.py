"""The units table: one definition of magnitudes, money and head-count units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao import units


def test_units_magnitudes_longest_first() -> None:
    assert list(units.magnitudes())[0] == "万亿"
    assert units.magnitudes()["亿"] == 10**8


def test_units_money_factor_follows_its_magnitude_prefix() -> None:
    for unit, wan in units.wan_per_unit().items():
        prefix = unit[:-1]
        assert wan * 10**4 == units.magnitudes().get(prefix, 1), unit


def test_units_money_smallest_first_and_default_among_them() -> None:
    assert units.money_units() == ("元", "万元", "亿元", "万亿元")
    assert units.default_money_unit() in units.money_units()


@pytest.mark.parametrize(("value", "unit", "wan"), [
    ("3.5", "亿元", Decimal("35000.0")), ("1200", "元", Decimal("0.1200")), ("7", "%", None),
])
def test_units_value_wan(value: str, unit: str, wan: Decimal | None) -> None:
    assert units.value_wan(Decimal(value), unit) == wan


@pytest.mark.parametrize(("unit", "base", "swap"), [
    ("人", "人", "万人"), ("万人次", "人次", "人次"), ("户", "户", "万户"),
])
def test_units_counts_base_and_swap(unit: str, base: str, swap: str) -> None:
    assert (units.count_base(unit), units.count_swap(unit)) == (base, swap)
    assert units.count_units()[unit] * units.count_units()[swap] == Decimal(10000)


@pytest.mark.parametrize(("unit", "split"), [
    ("万人次", ("人次", Decimal(10000))), ("亿元", ("元", Decimal(10**8))),
    ("万亿元", ("亿元", Decimal(10000))), ("个", ("个", Decimal(1))), ("万", ("万", Decimal(1))),
    (None, (None, Decimal(1))),
])
def test_units_split_prefix(unit: str | None, split: tuple) -> None:
    assert units.split_prefix(unit) == split


@pytest.mark.parametrize(("value", "unit", "wan"), [
    ("123456789012345678901234567890", "亿元", "1234567890123456789012345678900000"),
    ("123456789012345678901234567.89", "元", "12345678901234567890123.456789"),
])
def test_units_value_wan_is_exact_for_many_digits(value: str, unit: str, wan: str) -> None:
    assert units.value_wan(Decimal(value), unit) == Decimal(wan)
