"""``apply_edits`` maps a one-char replacement without a piece of its own (its char
takes the span's first start and last end); the maps equal those of the plain
composition, where every new char maps to the whole replaced span."""

from __future__ import annotations

import random

import pytest

from shebao.normalise.offsets import MappedText, apply_edits


def _plain(mt: MappedText, edits: list[tuple[int, int, str]]) -> tuple[str, list, list]:
    """Text, starts and ends of ``apply_edits``, char by char."""
    text, starts, ends, pos = [], [], [], 0
    for start, end, repl in sorted(edits) + [(len(mt.text), len(mt.text), "")]:
        text.append(mt.text[pos:start])
        starts += mt.starts[pos:start]
        ends += mt.ends[pos:start]
        if len(repl) == end - start:
            starts += mt.starts[start:end]
            ends += mt.ends[start:end]
        else:
            starts += [mt.starts[start]] * len(repl)
            ends += [mt.ends[end - 1]] * len(repl)
        text.append(repl)
        pos = end
    return "".join(text), starts, ends


def _random_edits(rng: random.Random, size: int) -> list[tuple[int, int, str]]:
    cuts = sorted(rng.sample(range(size + 1), rng.randint(0, min(size, 12)) & ~1))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        if end > start:
            edits.append((start, end, rng.choice(["", "\n", "X", "XY", "Z" * (end - start)])))
    rng.shuffle(edits)
    return edits


@pytest.mark.parametrize("seed", range(4))
def test_offsets_apply_edits_equals_the_plain_composition(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        source = "".join(rng.choice("收入 \n12万元，") for _ in range(rng.randint(1, 40)))
        first = apply_edits(MappedText.identity(source), _random_edits(rng, len(source)))
        edits = _random_edits(rng, len(first.text))
        mt = apply_edits(first, edits)
        text, starts, ends = _plain(first, edits)
        assert (mt.text, list(mt.starts), list(mt.ends)) == (text, starts, ends), edits


def test_offsets_one_char_replacements_side_by_side() -> None:
    mt = apply_edits(MappedText.identity("ab  \n\ncd"), [(2, 6, "\n"), (6, 7, "")])
    assert mt.text == "ab\nd"
    assert [mt.to_source(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (2, 6), (7, 8)]
    mt = apply_edits(MappedText.identity("a  b  c"), [(1, 3, "-"), (3, 4, ""), (4, 6, "+")])
    assert mt.text == "a-+c"
    assert [mt.to_source(i, i + 1) for i in range(4)] == [(0, 1), (1, 3), (4, 6), (6, 7)]
