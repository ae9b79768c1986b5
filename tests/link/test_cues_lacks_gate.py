"""``cues.lacks_gate``: a narrow gate tested by ``in`` answers as the class
search of the gate characters (the old form) for every cue, on random texts
of gate characters and others, and with no gate nothing is ruled out."""

from __future__ import annotations

import random

from shebao.link import cues


def _class_form(name: str, text: str) -> bool:
    gate = cues._gates[name]
    return gate is not None and gate(text) is None


def test_cues_lacks_gate_answers_as_the_class_search() -> None:
    names = list(cues.cue_table())
    chars = sorted({c for n in names for c in (cues.gate_chars(n) or "")}) + list("年基金收入万元12")
    rng = random.Random(16)
    for _ in range(2000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))
        for name in names:
            assert cues.lacks_gate(name, text) == _class_form(name, text), (name, text)


def test_cues_lacks_gate_narrow_and_wide() -> None:
    assert cues.lacks_gate("qualifier", "基金收入12万元")  # no bracket: no （含…）
    assert not cues.lacks_gate("qualifier", "基金（含利息）收入")
    assert not cues.lacks_gate("filler", "")  # no gate: nothing ruled out
