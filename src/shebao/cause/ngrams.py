"""Character n-grams as scikit-learn's ``char_wb`` analyser cuts them.

``char_wb_grams`` is the analyser itself, one text at a time.  ``GramIndex``
finds the known n-grams of many texts at once with numpy: an n-gram of up
to three characters is one 64-bit key (21 bits a character), the
vocabulary a sorted array of keys, and the n-grams of every text are cut
and looked up in a few array operations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BITS = 21  # bits of one character code (plus one: no character is 0)
MAX_SIZE = 3  # the longest n-gram a key holds


def char_wb_grams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams: inside words padded with one space
    each side; a word no longer than n is one n-gram, and ends the sizes."""
    out: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if size <= n:
                out.append(padded)
                break
            out.extend([padded[i:i + n] for i in range(size - n + 1)])
    return out


def gram_key(gram: str) -> int:
    key = 0
    for ch in gram:
        key = key << BITS | (ord(ch) + 1)
    return key


@dataclass(frozen=True)
class GramIndex:
    """The n-grams of a vocabulary as sorted keys, with their columns."""

    keys: np.ndarray
    columns: np.ndarray
    low: int
    high: int

    def known(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, column) of each known n-gram occurring in ``texts`` (in no order)."""
        words = [t.split() for t in texts]
        padded = "".join(f" {w} " for ws in words for w in ws)
        if not padded or not len(self.keys):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        word_text = np.repeat(np.arange(len(texts)), [len(ws) for ws in words])
        word = np.repeat(np.arange(len(word_text)), [len(w) + 2 for ws in words for w in ws])
        codes = np.frombuffer(padded.encode("utf-32-le"), dtype="<u4").astype(np.int64) + 1
        owners, columns = [], []
        key = codes
        for n in range(1, self.high + 1):
            if n > 1:  # key[i]: the n characters from i (padded words are never shorter than 3)
                key = (key[:-1] << BITS) | codes[n - 1:]
            if n < self.low:
                continue
            inside = word[:len(key)] == word[n - 1:]
            found = key[inside]
            at = np.searchsorted(self.keys, found)
            at[at == len(self.keys)] = 0
            hit = self.keys[at] == found
            owners.append(word_text[word[:len(key)][inside][hit]])
            columns.append(self.columns[at[hit]])
        return np.concatenate(owners), np.concatenate(columns)


def gram_index(vocabulary: dict[str, int], low: int, high: int) -> GramIndex | None:
    """The index of a ``char_wb`` vocabulary, or None when its n-grams are too long."""
    if high > MAX_SIZE or any(len(g) > MAX_SIZE for g in vocabulary):
        return None
    keys = np.array([gram_key(g) for g in vocabulary], dtype=np.int64)
    columns = np.array(list(vocabulary.values()), dtype=np.intp)
    order = np.argsort(keys)
    return GramIndex(keys=keys[order], columns=columns[order], low=low, high=high)
