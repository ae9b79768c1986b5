"""typical_widths (each window's usable widths sorted once) gives the plain percentile of
the window's usable widths (normalise.join)."""

from __future__ import annotations

import random

from shebao.normalise.join import (LONG_WIDTH, MIN_SAMPLE_WIDTH, PERCENTILE, WINDOW, Shape,
                                   typical_widths)


def plain_widths(shaped: list[Shape]) -> list[int]:
    def percentile(values: list[int]) -> int:
        if not values:
            return LONG_WIDTH
        values = sorted(values)
        return values[min(len(values) - 1, int(len(values) * PERCENTILE))]

    usable = [s.width if s.width >= MIN_SAMPLE_WIDTH else 0 for s in shaped]
    overall = percentile([w for w in usable if w])
    out = []
    for b in range(0, len(shaped), 8):
        sample = [w for w in usable[max(0, b - WINDOW): b + 8 + WINDOW] if w]
        out.extend([percentile(sample) if len(sample) >= 5 else overall] * min(8, len(shaped) - b))
    return out


def test_typical_widths_match_the_plain_percentiles() -> None:
    rng = random.Random(14)
    for _ in range(300):
        shaped = [Shape(width=rng.choice([0, 4, 15, 16, 40, 60, 70, 80, 90, rng.randrange(100)]),
                        heading=False) for _ in range(rng.randrange(0, 90))]
        assert typical_widths([None] * len(shaped), shaped) == plain_widths(shaped)
