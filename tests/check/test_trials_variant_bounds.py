"""A figure's digit trials: their float bounds, read off each variant's digits,
are those of ``fast_interval`` of the variant's value, for every unit, sign and
reading (rounded or cut), numbers with decimals or without."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from shebao.check.facts import fast_interval
from shebao.check.fixes import number_variants
from shebao.check.trials import _variant_bounds
from shebao.units import wan_per_unit
from tests.check.numbers import random_numbers

UNITS = ["%", *wan_per_unit(), "人"]


def _numbers(count: int) -> list[str]:
    return random_numbers(random.Random(41), count,
                          ["0", "7", "50", "0.5", "3943.6", "12.05", "1" * 22, "9" * 19 + ".5"])


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("truncated", [True, False])
@pytest.mark.parametrize("sign", [1, -1])
def test_bounds_are_those_of_fast_interval(unit: str, truncated: bool, sign: int) -> None:
    for number in _numbers(150):
        _, variants = number_variants(number)
        lo, hi = _variant_bounds(variants, sign, unit, truncated)
        assert len(lo) == len(hi) == len(variants)
        for (digits, _), a, b in zip(variants, lo, hi):
            exact = fast_interval(Decimal(digits) * sign, unit, truncated)
            assert (a, b) == (exact.lo, exact.hi), (number, digits, unit, truncated, sign)


def test_no_variants_no_bounds() -> None:
    assert _variant_bounds((), 1, "万元", True) == ([], [])
