"""Figures written from their own text (``jsonrows._numbers``): a whole Decimal as its
digits, one in cents as its text without trailing zeros, the very text json writes
for the int or float ``shallow`` makes of it (its former form, compared here)."""

from __future__ import annotations

import json
import random
from decimal import Decimal

from shebao.jsonrows import _numbers
from shebao.jsonvalue import number_lossy

WHOLE, CENTS = Decimal(1), Decimal("0.01")


def _former(column: tuple) -> list[str] | None:
    """The int or float of each figure (``shallow``'s), written by json."""
    out: list[int | float | None] = []
    for value in column:
        if value is None:
            out.append(None)
        elif value.same_quantum(WHOLE) and value.adjusted() < 15:
            out.append(int(value))
        elif value.same_quantum(CENTS) and value.adjusted() < 13:
            out.append(float(value))
        else:
            number, lossy = number_lossy(value)
            if lossy:
                return None
            out.append(number)
    return [json.dumps(v) for v in out]


EDGES = ["0", "-0", "0.00", "-0.00", "0.01", "-0.01", "0.10", "1.00", "100.00", "10.10",
         "99999999999999", "-99999999999999", "999999999999999", "1000000000000000",
         "9999999999999.99", "-9999999999999.99", "99999999999999.99", "1E+2", "1.5",
         "0.001", "123.4560", "NaN", "Infinity", "-Infinity", "7E-7"]


def test_jsonrows_figures_from_their_text_are_the_former_numbers() -> None:
    rng = random.Random(11)
    values = [Decimal(e) for e in EDGES]
    for _ in range(20_000):
        digits = rng.randint(0, 10 ** rng.randint(1, 17))
        exponent = rng.choice([0, 0, 0, -2, -2, -1, -3, -4, 1, 2])
        values.append(Decimal(f"{rng.choice(['', '-'])}{digits}E{exponent}"))
    for value in values:
        assert _numbers((value,)) == _former((value,)), value
    for start in range(0, len(values), 7):
        column = tuple(rng.choice([v, v, None]) for v in values[start:start + 7])
        assert _numbers(column) == _former(column), column
