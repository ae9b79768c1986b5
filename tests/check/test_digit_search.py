"""The digit corrections near a window, found by steps, are exactly ``near``'s
over every correction: the same trials, in the same order, for windows on a
correction's edge, between corrections, far from all, and several at once."""

from __future__ import annotations

import random

import pytest

from shebao.check.digit_search import near_digits
from shebao.check.trials import near, trials
from shebao.units import wan_per_unit
from tests.check.numbers import figure_fact, random_numbers

UNITS = ["%", *wan_per_unit(), "人"]


def _numbers(rng: random.Random, count: int) -> list[str]:
    return random_numbers(rng, count, ["0", "7", "50", "0.5", "3943.6", "12.05", "100",
                                       "1,234.5", "99.99", "1" * 16])


def _windows(rng: random.Random, tried: list) -> list[tuple[tuple[float, float], ...]]:
    """Windows on a trial's bounds, just past them, between trials, anywhere."""
    out = []
    for lo, hi in rng.sample(tried, min(4, len(tried))):
        width = hi - lo
        out += [((lo, hi),), ((hi + width * 1.01, hi + width * 3),),
                ((lo - 1e-12 * abs(lo), lo),), ((lo - 5 * width, lo - 2.0001 * width),)]
    for _ in range(4):
        centre = rng.choice((-1, 1)) * 10 ** rng.uniform(-2, 10)
        out.append(((centre, centre * (1 + rng.uniform(0, 1e-3))),))
    if len(out) > 2:
        out.append(out[0] + out[-1])  # two windows at once
    return [tuple((min(r), max(r)) for r in w) for w in out]


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("truncated", [True, False])
@pytest.mark.parametrize("widened", [True, False])
def test_near_digits_are_near_over_all_trials(unit: str, truncated: bool, widened: bool) -> None:
    rng = random.Random(f"{unit}{truncated}{widened}")
    for number in _numbers(rng, 60):
        fact = figure_fact(number, rng.choice((1, -1)), unit)
        every = trials(fact, "digit", truncated)
        bounds = [(t[0].lo, t[0].hi) for t in every]
        for ranges in _windows(rng, bounds) if bounds else [((0.0, 1.0),)]:
            size = rng.choice((0.0, abs(ranges[0][0]), 1e6))
            want = near(every, ranges, size, widened)
            got = near_digits(fact, truncated, ranges, size, widened)
            assert [(t[0].lo, t[0].hi, t[1]) for t in got] == \
                [(t[0].lo, t[0].hi, t[1]) for t in want], (number, unit, ranges)
