"""The scorer's sums add term after term from the first, as a plain loop does:
bit for bit, whatever the shape (numpy's pairwise summation would differ)."""

from __future__ import annotations

import math

import numpy as np

from shebao.cause.linear import running_sum


def _plain(terms: np.ndarray) -> np.ndarray:
    """Left to right over the first axis, one element at a time, in Python floats."""
    flat = terms.reshape(len(terms), -1).tolist()
    sums = list(flat[0])
    for row in flat[1:]:
        sums = [s + x for s, x in zip(sums, row)]
    return np.array(sums).reshape(terms.shape[1:])


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def test_linear_running_sum_equals_a_plain_loop_bit_for_bit() -> None:
    rng = np.random.default_rng(14)
    for _ in range(400):
        shape = (int(rng.integers(1, 300)), *map(int, rng.integers(1, 10, int(rng.integers(0, 3)))))
        # magnitudes far apart: a pairwise order gives other roundings
        terms = rng.standard_normal(shape) * 10.0 ** rng.integers(-12, 12, shape)
        assert _same_bits(running_sum(terms, shape[1:]), _plain(terms)), shape


def test_linear_running_sum_keeps_signed_zeros_and_empty_sums() -> None:
    terms = np.array([[-0.0, -0.0, 0.0], [-0.0, 0.0, -0.0]])
    got = running_sum(terms, (3,))
    assert [math.copysign(1.0, v) for v in got] == [-1.0, 1.0, 1.0]
    assert _same_bits(running_sum(np.zeros((0, 2, 3)), (2, 3)), np.zeros((2, 3)))
    single = np.array([[-0.0], [-0.0]])
    assert math.copysign(1.0, running_sum(single, (1,))[0]) == -1.0
