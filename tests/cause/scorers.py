"""Comparing two scorers (``cause.linear.LinearModel``) field by field, arrays exactly."""

from __future__ import annotations

import numpy as np

from shebao.cause.linear import LinearModel


def assert_same_scorer(got: LinearModel, expected: LinearModel) -> None:
    assert (got.classes, got.one_vs_rest, got.normalised) == \
        (expected.classes, expected.one_vs_rest, expected.normalised)
    assert np.array_equal(got.weights, expected.weights)
    assert np.array_equal(got.intercept, expected.intercept)
    assert len(got.vectorizers) == len(expected.vectorizers)
    for mine, theirs in zip(got.vectorizers, expected.vectorizers):
        assert (mine.analyzer, mine.ngram_range, mine.lowercase, mine.sublinear_tf, mine.offset) == \
            (theirs.analyzer, theirs.ngram_range, theirs.lowercase, theirs.sublinear_tf, theirs.offset)
        assert mine.vocabulary == theirs.vocabulary
        assert (mine.token_pattern is None) == (theirs.token_pattern is None)
        if mine.token_pattern is not None and theirs.token_pattern is not None:
            assert mine.token_pattern.pattern == theirs.token_pattern.pattern
        assert (mine.idf is None and theirs.idf is None) or np.array_equal(mine.idf, theirs.idf)
