"""A word vectoriser keeps the known columns of the texts it cut: asked again
(or after its store is emptied), it answers what cutting the text gives, and
weighs each distinct known piece of a text once, text after text, by column."""

from __future__ import annotations

import random

import numpy as np

from shebao.cause import linear
from shebao.cause.linear import make_vectorizer

TOKENS = ["__pos_p1", "__cue_due_to", "__kind_after", "__end_comma", "__list", "__figure",
          "__samesent", "__unknown", "__effect_increase"]


def _plain(vectorizer, texts):
    pairs = sorted((k, vectorizer.vocabulary[p]) for k, t in enumerate(texts)
                   for p in vectorizer.pieces(t) if p in vectorizer.vocabulary)
    return pairs


def test_linear_seen_columns_equal_cut_columns(monkeypatch) -> None:
    monkeypatch.setattr(linear, "SEEN_TEXTS", 16)  # emptied now and then
    vocabulary = {t: j for j, t in enumerate(TOKENS[:-2] + TOKENS[-1:])}
    vectorizer = make_vectorizer(analyzer="word", ngram_range=(1, 1), lowercase=False,
                                 token_pattern=r"__\w+", vocabulary=vocabulary, idf=None,
                                 sublinear_tf=False, offset=3)
    rng = random.Random(5)
    for _ in range(300):
        texts = [" ".join(rng.choices(TOKENS, k=rng.randint(0, 6))) for _ in range(rng.randint(1, 8))]
        owners, columns = vectorizer.known(texts)
        assert sorted(zip(owners.tolist(), columns.tolist())) == _plain(vectorizer, texts)
        owners, columns, values = vectorizer.weighted(texts)
        pairs = list(zip(owners.tolist(), (columns - 3).tolist()))
        assert pairs == sorted(set(_plain(vectorizer, texts)))  # each known piece once, by column
        norms = np.bincount(owners, weights=values * values, minlength=len(texts))
        assert np.allclose(norms[np.bincount(owners, minlength=len(texts)) > 0], 1.0)
    assert 0 < len(vectorizer.seen) <= 16
