"""The one-character n-grams read from a table by code find what the sorted keys find."""

from __future__ import annotations

import random

import numpy as np

from shebao.cause.ngrams import GramIndex, char_wb_grams, gram_key, gram_index

# Characters of every kind the table must tell apart: ASCII, CJK, the last BMP
# code points (U+FFFF lies past the table), a lone surrogate, characters beyond the BMP.
ALPHABET = list("ab \n\t基金收入增加") + ["\ufffe", "\uffff", "\udcff", "\U00020000", "\U0001f600", "  "]


def _texts(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _vocabulary(texts: list[str]) -> dict[str, int]:
    grams = dict.fromkeys(g for t in texts for g in char_wb_grams(t, 1, 3))
    return {g: j for j, g in enumerate(grams)}


def _pairs(index: GramIndex, texts: list[str]) -> list[tuple[int, int]]:
    owners, columns = index.known(texts)
    assert columns.dtype == np.intp
    return sorted(zip(owners.tolist(), columns.tolist()))


def _searched(vocabulary: dict[str, int]) -> GramIndex:
    """The index with every n-gram among the sorted keys (no table)."""
    keys = np.array([gram_key(g) for g in vocabulary], dtype=np.uint64)
    columns = np.array(list(vocabulary.values()), dtype=np.intp)
    order = np.argsort(keys)
    return GramIndex(keys=keys[order], columns=columns[order], low=1, high=3)


def test_ngrams_unigram_table_finds_what_the_keys_find() -> None:
    rng = random.Random(3)
    tabled = 0
    for _ in range(300):
        vocabulary = _vocabulary([t for t in _texts(rng, 4) if "\U00020000" not in t
                                  and "\U0001f600" not in t and "\uffff" not in t])
        index = gram_index(vocabulary, 1, 3)
        assert index is not None
        tabled += index.unigrams is not None
        texts = _texts(rng, 6)
        expected = sorted((k, vocabulary[g]) for k, t in enumerate(texts)
                          for g in char_wb_grams(t, 1, 3) if g in vocabulary)
        assert _pairs(index, texts) == expected == _pairs(_searched(vocabulary), texts)
    assert tabled > 250


def test_ngrams_unigram_table_left_out_past_the_bmp() -> None:
    for char in ("\U00020000", "\uffff"):
        index = gram_index({char: 0, "a": 1, " a ": 2}, 1, 3)
        assert index is not None and index.unigrams is None
        assert _pairs(index, [f"a {char}", char]) == [(0, 0), (0, 1), (0, 2), (1, 0)]
    assert gram_index({"a": 0}, 1, 3).unigrams is not None
    assert gram_index({"ab": 0}, 2, 3).unigrams is None


def test_ngrams_index_refuses_a_vocabulary_with_two_spaces_in_a_row() -> None:
    """``known`` tells the words apart by the two pads between them: a vocabulary
    holding two spaces in a row (no ``char_wb`` vocabulary does) is cut text by text."""
    assert gram_index({"a": 0, "  ": 1}, 1, 3) is None
    assert gram_index({"a": 0, "a  ": 1}, 1, 3) is None
    index = gram_index({" a": 0, "a ": 1, " ": 2}, 1, 3)
    assert index is not None
    assert _pairs(index, ["a a", " a\u3000a "]) == [(0, 0), (0, 0), (0, 1), (0, 1)] + [(0, 2)] * 4 \
        + [(1, 0), (1, 0), (1, 1), (1, 1)] + [(1, 2)] * 4
