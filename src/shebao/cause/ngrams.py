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
SIZE_MARK = {1: 0, 2: 1 << 62, 3: 1 << 63}  # set in a key above its codes: its size


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
    return key | SIZE_MARK[len(gram)]


@dataclass(frozen=True)
class GramIndex:
    """The n-grams of a vocabulary as sorted keys, with their columns."""

    keys: np.ndarray  # uint64, sorted
    columns: np.ndarray
    low: int
    high: int

    def known(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, column) of each known n-gram occurring in ``texts`` (in no order).

        The padded words of all texts are cut from one string where each is
        followed by a character of code 0: an n-gram over it (over two words)
        has a zero among its codes, which no vocabulary key has."""
        words = [t.split() for t in texts]
        flat = [w for ws in words for w in ws]
        if not flat or not len(self.keys):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        sizes = np.fromiter(map(len, flat), dtype=np.intp, count=len(flat)) + 3
        joined = f" {'   '.join(flat)}  ".encode("utf-32-le", "surrogatepass")  # " w  " each
        codes = np.frombuffer(joined, dtype="<u4").astype(np.uint64) + np.uint64(1)
        codes[np.cumsum(sizes) - 1] = 0
        per_text = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
        owner = np.repeat(np.repeat(np.arange(len(texts)), per_text), sizes)
        keys, owners, key = [], [], codes
        for n in range(1, self.high + 1):
            if n > 1:  # key[i]: the n characters from i
                key = (key[:-1] << np.uint64(BITS)) | codes[n - 1:]
            if n >= self.low:
                keys.append(key | np.uint64(SIZE_MARK[n]))
                owners.append(owner[:len(key)])
        found = np.concatenate(keys)
        at = np.searchsorted(self.keys, found)
        at[at == len(self.keys)] = 0
        hit = self.keys.take(at) == found
        return np.concatenate(owners)[hit], self.columns.take(at[hit])


def gram_index(vocabulary: dict[str, int], low: int, high: int) -> GramIndex | None:
    """The index of a ``char_wb`` vocabulary, or None when its n-grams are too long."""
    if high > MAX_SIZE or any(len(g) > MAX_SIZE for g in vocabulary):
        return None
    keys = np.array([gram_key(g) for g in vocabulary], dtype=np.uint64)
    columns = np.array(list(vocabulary.values()), dtype=np.intp)
    order = np.argsort(keys)
    return GramIndex(keys=keys[order], columns=columns[order], low=low, high=high)
