"""Comparing two scorers (``cause.linear.LinearModel``) field by field, arrays exactly
(or, for two trainings on different machines, to within ``atol``)."""

from __future__ import annotations

import numpy as np

from shebao.cause.linear import LinearModel


def _same(a: np.ndarray, b: np.ndarray, atol: float) -> bool:
    if atol == 0:
        return np.array_equal(a, b)
    return a.shape == b.shape and np.allclose(a, b, rtol=0, atol=atol)


def assert_same_scorer(got: LinearModel, expected: LinearModel, atol: float = 0.0) -> None:
    assert (got.classes, got.one_vs_rest, got.normalised) == \
        (expected.classes, expected.one_vs_rest, expected.normalised)
    assert _same(got.weights, expected.weights, atol)
    assert _same(got.intercept, expected.intercept, atol)
    assert len(got.vectorizers) == len(expected.vectorizers)
    for mine, theirs in zip(got.vectorizers, expected.vectorizers):
        assert (mine.analyzer, mine.ngram_range, mine.lowercase, mine.sublinear_tf, mine.offset) == \
            (theirs.analyzer, theirs.ngram_range, theirs.lowercase, theirs.sublinear_tf, theirs.offset)
        assert mine.vocabulary == theirs.vocabulary
        assert (mine.token_pattern is None) == (theirs.token_pattern is None)
        if mine.token_pattern is not None and theirs.token_pattern is not None:
            assert mine.token_pattern.pattern == theirs.token_pattern.pattern
        assert (mine.idf is None and theirs.idf is None) or np.array_equal(mine.idf, theirs.idf)
