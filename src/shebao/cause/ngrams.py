"""Character n-grams as scikit-learn's ``char_wb`` analyser cuts them.

``char_wb_grams`` is the analyser itself, one text at a time.  ``GramIndex``
finds the known n-grams of many texts at once with numpy: an n-gram of up
to three characters is one 64-bit key (21 bits a character), the
vocabulary a sorted array of keys (its single characters a table by code,
read by ``take``: a third fewer binary searches), and the n-grams of every
text are cut and looked up in a few array operations.  The longer n-grams are
found by hashing (``KeyTable``): one read of a slot each, where a bisection of
the sorted keys took a dozen steps.
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


HASH_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd, about 2^64 / the golden ratio: Fibonacci hashing
SPREAD = 8  # slots per key at least (a power of two): few keys share a slot


@dataclass(frozen=True)
class KeyTable:
    """Sorted n-gram keys by hash: each key in the slot named by the top bits of
    key × ``HASH_MULT``, or, when an earlier key took that slot, in ``stash``
    (sorted, read by bisection).  No key is 0: a free slot holds 0."""

    slots: np.ndarray  # uint64: the key in each slot (0: free)
    columns: np.ndarray  # the column of each slot's key
    shift: np.uint64  # 64 less the bits of a slot number
    stash: np.ndarray  # uint64, sorted: the keys whose slot was taken
    stash_columns: np.ndarray

    def find(self, found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(hit, column) for each key of ``found`` (uint64 n-gram keys, so none 0; a
        column where hit): what a bisection of the sorted keys finds."""
        at = ((found * HASH_MULT) >> self.shift).view(np.int64)
        there = self.slots.take(at)
        hit = there == found
        columns = self.columns.take(at)
        if len(self.stash):  # a key its slot does not hold, the slot taken: maybe stashed
            maybe = np.flatnonzero(~hit & (there != 0))
            if len(maybe):
                wanted = found.take(maybe)
                k = self.stash.searchsorted(wanted)
                stashed = self.stash.take(k, mode="clip") == wanted  # past the last: no hit
                hit[maybe[stashed]] = True
                columns[maybe[stashed]] = self.stash_columns.take(k[stashed])
        return hit, columns


def key_table(keys: np.ndarray, columns: np.ndarray, spread: int = SPREAD) -> KeyTable:
    """The table of ``keys`` (uint64, sorted, none 0) and their columns, with at least
    ``spread`` slots a key: of the keys of one slot, the first holds it, the others
    go to the stash."""
    bits = max(4, (len(keys) * spread - 1).bit_length())  # 2^bits ≥ spread × keys
    shift = np.uint64(64 - bits)
    at = ((keys * HASH_MULT) >> shift).astype(np.intp)
    _, first = np.unique(at, return_index=True)  # the first key of each slot named
    slots = np.zeros(1 << bits, dtype=np.uint64)
    slot_columns = np.zeros(1 << bits, dtype=np.intp)
    slots[at[first]] = keys[first]
    slot_columns[at[first]] = columns[first]
    rest = np.ones(len(keys), dtype=bool)
    rest[first] = False
    return KeyTable(slots=slots, columns=slot_columns, shift=shift, stash=keys[rest],
                    stash_columns=columns[rest])


@dataclass(frozen=True)
class GramIndex:
    """The n-grams of a vocabulary as sorted keys, with their columns; the
    one-character n-grams also in a table by code (``unigrams``), when each is
    a BMP character but U+FFFF: the longer ones are then the only keys searched."""

    keys: np.ndarray  # uint64, sorted (without the single characters of ``unigrams``)
    columns: np.ndarray
    low: int
    high: int
    unigrams: np.ndarray | None = None  # column (-1: none) at each key below TABLE
    table: KeyTable | None = None  # ``keys`` by hash (None: found by bisection)

    def known(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, column) of each known n-gram occurring in ``texts`` (in no order).

        The padded words of all texts are cut from one string, back to back: an
        n-gram over two words holds their two pads, two spaces in a row, which
        no vocabulary key holds (``gram_index`` indexes no vocabulary that does)."""
        words = [t.split() for t in texts]
        flat = [w for ws in words for w in ws]
        if not flat or not (len(self.keys) or self.unigrams is not None):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        joined = f" {'  '.join(flat)} ".encode("utf-32-le", "surrogatepass")  # " w " each
        codes = np.frombuffer(joined, dtype="<u4").astype(np.uint64) + np.uint64(1)
        lengths = [sum(map(len, ws)) + 2 * len(ws) for ws in words]  # each text's codes
        owner = np.repeat(np.arange(len(texts)), lengths)
        keys, owners, key, low = [], [], codes, self.low
        out: tuple[list[np.ndarray], list[np.ndarray]] = ([], [])
        if low == 1 and self.unigrams is not None:  # a code past the table: its last entry, -1
            found = self.unigrams.take(codes.view(np.int64), mode="clip")
            hit = found >= 0
            out[0].append(owner[hit])
            out[1].append(found[hit])
            low = 2
        for n in range(1, self.high + 1):
            if n > 1:  # key[i]: the n characters from i
                key = (key[:-1] << np.uint64(BITS)) | codes[n - 1:]
            if n >= low:
                keys.append(key | np.uint64(SIZE_MARK[n]))
                owners.append(owner[:len(key)])
        if keys and len(self.keys):
            found = np.concatenate(keys)
            if self.table is not None:
                hit, columns = self.table.find(found)
                out[0].append(np.concatenate(owners)[hit])
                out[1].append(columns[hit])
            else:
                at = self.keys.searchsorted(found)
                hit = self.keys.take(at, mode="clip") == found  # past the last key: no hit
                out[0].append(np.concatenate(owners)[hit])
                out[1].append(self.columns.take(at[hit]))
        return np.concatenate(out[0]), np.concatenate(out[1]).astype(np.intp, copy=False)


TABLE = 0x10000  # the keys a unigram table holds: the BMP's characters but U+FFFF (key 0x10000)


def gram_index(vocabulary: dict[str, int], low: int, high: int) -> GramIndex | None:
    """The index of a ``char_wb`` vocabulary, or None when its n-grams are too long
    or one holds two spaces in a row (``GramIndex.known`` tells words apart by them)."""
    if high > MAX_SIZE or any(len(g) > MAX_SIZE or "  " in g for g in vocabulary):
        return None  # (``char_wb`` cuts no n-gram of two spaces: its words hold no space)
    keys = np.array([gram_key(g) for g in vocabulary], dtype=np.uint64)
    columns = np.array(list(vocabulary.values()), dtype=np.intp)
    order = np.argsort(keys)
    keys, columns = keys[order], columns[order]
    single = int(np.searchsorted(keys, np.uint64(SIZE_MARK[2])))  # the one-character keys
    if low > 1 or (single and int(keys[single - 1]) >= TABLE):
        return GramIndex(keys=keys, columns=columns, low=low, high=high,
                         table=key_table(keys, columns))
    table = np.full(TABLE + 1, -1, dtype=np.intp)
    table[keys[:single].astype(np.intp)] = columns[:single]
    return GramIndex(keys=keys[single:], columns=columns[single:], low=low, high=high,
                     unigrams=table, table=key_table(keys[single:], columns[single:]))
