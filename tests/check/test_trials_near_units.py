"""A figure's unit corrections near a window, judged one by one, are exactly
``near``'s over its ``Trials``: the same trials in the same order."""

from __future__ import annotations

import random

import pytest

from shebao.check.trials import near, near_units, trials
from shebao.units import wan_per_unit
from tests.check.numbers import figure_fact

UNITS = ["%", *wan_per_unit(), "人"]


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("truncated", [True, False])
@pytest.mark.parametrize("widened", [True, False])
def test_near_units_are_near_over_all_trials(unit: str, truncated: bool, widened: bool) -> None:
    rng = random.Random(f"{unit}{truncated}{widened}")
    for _ in range(200):
        number = str(rng.randint(0, 10 ** rng.randint(1, 9)))
        if rng.random() < 0.5:
            number += f".{rng.randint(0, 99)}"
        fact = figure_fact(number, rng.choice((1, -1)), unit)
        every = trials(fact, "unit", truncated)
        windows = [((t[0].lo, t[0].hi),) for t in every]
        windows += [((t[0].hi * 1.001 + 1e-9, t[0].hi * 1.01 + 1),) for t in every]
        windows += [((-1e12, -1e11), (1e-3, 1e-2)), ((float("-inf"), float("inf")),)]
        for ranges in windows:
            ranges = tuple((min(r), max(r)) for r in ranges)
            size = rng.choice((0.0, 1e6))
            got = near_units(fact, truncated, ranges, size, widened)
            want = near(every, ranges, size, widened)
            assert [(t[0].lo, t[0].hi, t[1]) for t in got] == \
                [(t[0].lo, t[0].hi, t[1]) for t in want], (number, unit, ranges)
