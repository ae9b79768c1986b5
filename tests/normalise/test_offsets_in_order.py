"""``apply_edits(..., in_order=True)`` takes edits already sorted as they come (no sort):
the text and maps equal those of the sorting form; edits out of order raise, as
overlapping ones do; reflow and drop_spaces hand their edits in order."""

from __future__ import annotations

import random

import pytest

from shebao.normalise import offsets, spaces, structure
from shebao.normalise.offsets import MappedText, apply_edits
from tests.builds import spies_on

REPLACEMENTS = ["", "", "", "\n", "x", "ab", "甲乙丙"]


def _state(mt: MappedText) -> tuple[str, list[int], list[int]]:
    return mt.text, list(mt.starts), list(mt.ends)


def _edits(rng: random.Random, size: int) -> list[tuple[int, int, str]]:
    edits, pos = [], 0
    while pos < size:
        start = pos + rng.randrange(0, 4)
        end = start + rng.randrange(1, 4)
        if end > size:
            break
        edits.append((start, end, rng.choice(REPLACEMENTS)))
        pos = end
    return edits


def test_in_order_equals_sorted_form() -> None:
    rng = random.Random(16)
    for _ in range(500):
        source = "".join(rng.choice("收入支出 \n12") for _ in range(rng.randrange(1, 40)))
        mt = MappedText.identity(source)
        edits = _edits(rng, len(source))
        assert _state(apply_edits(mt, edits, in_order=True)) == _state(apply_edits(mt, edits))


def test_out_of_order_edits_raise() -> None:
    mt = MappedText.identity("基金收入增长")
    with pytest.raises(ValueError):
        apply_edits(mt, [(3, 4, ""), (0, 1, "")], in_order=True)
    assert apply_edits(mt, [(3, 4, ""), (0, 1, "")]).text == "金收增长"


@spies_on(structure, spaces)
def test_reflow_and_spaces_hand_edits_in_order(monkeypatch) -> None:
    seen: list[tuple[list, bool]] = []
    plain = offsets.apply_edits

    def spy(mt, edits, *, in_order=False):
        seen.append((list(edits), in_order))
        return plain(mt, edits, in_order=in_order)

    monkeypatch.setattr(structure, "apply_edits", spy)
    monkeypatch.setattr(spaces, "apply_edits", spy)
    text = "一、基金 收入\n\n本年收入 12 万元，比上年\n增长 5 %。\n\n- 2 -\n\n结余 7 215.90万元。\n"
    mt = spaces.drop_spaces(structure.reflow(MappedText.identity(text)))
    assert mt.text and len(seen) == 2
    for edits, in_order in seen:
        assert not in_order or edits == sorted(edits)
