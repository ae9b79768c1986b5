"""Figures' number texts for the property tests of the digit corrections:
fixed edge cases first, then ``count`` random ones (whole or with up to three
decimals, one to nine digits before the point)."""

from __future__ import annotations

import random


def random_numbers(rng: random.Random, count: int, fixed: list[str]) -> list[str]:
    found = list(fixed)
    for _ in range(count):
        text = str(rng.randint(0, 10 ** rng.randint(1, 9)))
        if rng.random() < 0.5:
            text += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
        found.append(text)
    return found
