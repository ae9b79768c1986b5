"""The scorer's sums add each row's terms one after the other in the order
given, as a plain loop does: bit for bit, whatever the floats (numpy's
pairwise summation would round otherwise)."""

from __future__ import annotations

import math

import numpy as np

from shebao.cause.linear import sums_in_order


def _plain(rows: list[int], terms: list[list[float]], n: int) -> list[list[float]]:
    """Left to right, one Python float at a time, from 0.0."""
    outputs = len(terms[0]) if terms else 1
    sums = [[0.0] * outputs for _ in range(n)]
    for row, values in zip(rows, terms):
        sums[row] = [s + x for s, x in zip(sums[row], values)]
    return sums


def _check(rows: list[int], terms: list[list[float]], n: int, outputs: int) -> None:
    got = sums_in_order(np.array(rows, dtype=np.intp),
                        np.array(terms, dtype=np.float64).reshape(len(rows), outputs), n)
    expected = np.array(_plain(rows, terms, n), dtype=np.float64).reshape(n, outputs)
    assert got.shape == (n, outputs) and got.tobytes() == expected.tobytes()


def test_linear_sums_in_order_equal_a_plain_loop_bit_for_bit() -> None:
    rng = np.random.default_rng(14)
    for _ in range(400):
        n, outputs, pieces = (int(v) for v in rng.integers(1, (40, 10, 300)))
        rows = rng.integers(0, n, pieces).tolist()  # rows interleaved, some without terms
        # magnitudes far apart: another order of adding gives other roundings
        terms = (rng.standard_normal((pieces, outputs))
                 * 10.0 ** rng.integers(-12, 12, (pieces, outputs))).tolist()
        _check(rows, terms, n, outputs)


def test_linear_sums_in_order_keep_the_order_of_awkward_floats() -> None:
    # (1e16 + 1) + 1 loses both ones, 1e16 + 2 keeps them; 0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1
    awkward = [1e16, 1.0, 1.0, -1e16, 0.1, 0.2, 0.3, 5e-324, -5e-324, 1e308, 1e308, -1e308]
    rows = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3]
    _check(rows, [[x] for x in awkward], 4, 1)
    _check(rows[::-1], [[x, -x] for x in awkward], 4, 2)
    got = sums_in_order(np.array([0, 0, 0], dtype=np.intp), np.array([[1e16], [1.0], [1.0]]), 1)
    assert got[0, 0] == (1e16 + 1.0) + 1.0 != 1e16 + 2.0


def test_linear_sums_in_order_signed_zeros_and_empty_rows() -> None:
    got = sums_in_order(np.array([0, 1, 1], dtype=np.intp), np.array([[-0.0], [-0.0], [0.0]]), 3)
    # from 0.0, as Python's sum: 0.0 + -0.0 is 0.0
    assert [math.copysign(1.0, v) for v in got[:, 0]] == [1.0, 1.0, 1.0]
    empty = sums_in_order(np.zeros(0, dtype=np.intp), np.zeros((0, 3)), 2)
    assert empty.shape == (2, 3) and not empty.any()
