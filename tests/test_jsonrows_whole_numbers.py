"""A column of whole numbers is written by ``int.__repr__`` (``jsonrows._whole_numbers``):
the encoder's text of each value, or None when a value is no int or a bool."""

from __future__ import annotations

import json
import random
from enum import IntEnum

from shebao.jsonrows import _column_json, _whole_numbers


class Rank(IntEnum):
    TOP = 1
    LOW = -7


def test_jsonrows_whole_numbers_are_the_encoders_text() -> None:
    rng = random.Random(5)
    for _ in range(500):
        column = tuple(rng.choice([rng.randint(-10, 10), rng.randint(-10 ** 30, 10 ** 30),
                                   Rank.TOP, Rank.LOW, 0]) for _ in range(rng.randint(1, 20)))
        assert _whole_numbers(column) == [json.dumps(v) for v in column]


def test_jsonrows_whole_numbers_leave_other_values_to_the_encoder() -> None:
    for column in [(1, True), (0, False), (1, None), (2, 2.5), (3, "4"), (True, 1)]:
        assert _whole_numbers(column) is None
        assert _column_json(column) == [json.dumps(v) for v in column]
