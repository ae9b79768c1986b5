"""The n-gram keys found by hashing (``KeyTable``) are those a bisection of the
sorted keys finds, with the same columns, in the same order."""

from __future__ import annotations

import random

import numpy as np

from shebao.cause import classify
from shebao.cause.ngrams import GramIndex, gram_key, key_table
from tests.cause.passages import NEGATIVE, passages


def _bisected(keys: np.ndarray, columns: np.ndarray, found: np.ndarray):
    """(hit, columns of the hits) as ``GramIndex.known`` read them before the table."""
    if not len(keys):  # (``known`` reads no keys then)
        return np.zeros(len(found), dtype=bool), columns
    at = keys.searchsorted(found)
    hit = keys.take(at, mode="clip") == found
    return hit, columns.take(at[hit])


def test_ngrams_key_table_finds_what_bisection_finds() -> None:
    rng = np.random.default_rng(16)
    stashed = 0
    for size in (0, 1, 2, 7, 100, 3000):
        keys = np.unique(rng.integers(1, 2**64 - 1, size=size, dtype=np.uint64, endpoint=True))
        columns = rng.permutation(len(keys)).astype(np.intp)
        others = rng.integers(1, 2**64 - 1, size=500, dtype=np.uint64, endpoint=True)
        found = np.concatenate([keys, others, keys[::3]])  # (no n-gram key is 0)
        rng.shuffle(found)
        for spread in (1, 2, 8):  # (one slot a key: most keys share a slot, the stash is large)
            table = key_table(keys, columns, spread)
            hit, got = table.find(found)
            expected_hit, expected = _bisected(keys, columns, found)
            assert (hit == expected_hit).all()
            assert (got[hit] == expected).all()
            stashed += len(table.stash)
    assert stashed > 1000


def _texts() -> list[str]:
    whole = [p["text"] for p in passages()] + NEGATIVE
    rng = random.Random(16)
    return whole + ["".join(rng.sample(whole, 3)) for _ in range(50)]


def test_ngrams_gram_index_by_table_reads_the_shipped_vocabulary_as_bisection(model_dir) -> None:
    model = classify.load_model(model_dir)
    index = next(v.index for v in model.vectorizers if v.index is not None)
    assert index.table is not None and len(index.table.stash) > 0
    plain = GramIndex(keys=index.keys, columns=index.columns, low=index.low, high=index.high,
                      unigrams=index.unigrams)  # no table: the sorted keys bisected
    texts = _texts()
    for k in range(0, len(texts), 7):
        owners, columns = index.known(texts[k:k + 7])
        expected_owners, expected_columns = plain.known(texts[k:k + 7])
        assert owners.tolist() == expected_owners.tolist()
        assert columns.tolist() == expected_columns.tolist()
        assert columns.dtype == np.intp


def test_ngrams_key_table_of_keys_of_every_size() -> None:
    grams = ["a", " a ", "ab", " ab", "abc", "基金", "收入增", "\U00020000b", "\uffff"]
    keys = np.array(sorted(gram_key(g) for g in grams), dtype=np.uint64)
    table = key_table(keys, np.arange(len(keys), dtype=np.intp))
    hit, columns = table.find(keys)
    assert hit.all() and columns.tolist() == list(range(len(keys)))
