"""Counting the pieces of a batch: the distinct values, sorted, with how often
each occurs (what ``np.unique(…, return_counts=True)`` gives)."""

from __future__ import annotations

import numpy as np

from shebao.cause.linear import _counted


def test_linear_counted_equals_unique_with_counts() -> None:
    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 5, 40, 300):
        items = rng.integers(0, 12, size).astype(np.intp)
        expected = np.unique(items, return_counts=True)
        values, counts = _counted(items.copy())
        assert values.tolist() == expected[0].tolist() and counts.tolist() == expected[1].tolist()
        assert counts.dtype.kind == "i"


def test_linear_counted_sorts_its_argument_in_place() -> None:
    items = np.array([5, 1, 5, 3], dtype=np.intp)
    _counted(items)
    assert items.tolist() == [1, 3, 5, 5]
