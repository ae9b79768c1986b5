"""Figures for the property tests of the corrections: number texts (fixed
edge cases first, then ``count`` random ones, whole or with up to three
decimals, one to nine digits before the point) and the fact of one."""

from __future__ import annotations

import random
from decimal import Decimal

from shebao.records import Fact


def random_numbers(rng: random.Random, count: int, fixed: list[str]) -> list[str]:
    found = list(fixed)
    for _ in range(count):
        text = str(rng.randint(0, 10 ** rng.randint(1, 9)))
        if rng.random() < 0.5:
            text += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
        found.append(text)
    return found


def figure_fact(text: str, sign: int, unit: str) -> Fact:
    """A level fact stating ``text`` (thousands commas allowed) in ``unit``."""
    value = Decimal(text.replace(",", "")) * sign
    return Fact(fund="work_injury", fund_name=None, account=None, metric="income_total",
                metric_name=None, year=2020, basis="actual", measure="level", value=value,
                unit=unit, value_wan=None, text=f"{text}{unit}", sentence="s", section=(),
                start=0, end=len(text), confidence=1.0, part_of=None)
