"""Effect words and states are not looked for in a text lacking every character
the gate of their patterns holds: the answers stay those of the patterns."""

from __future__ import annotations

import random

from shebao.cause import cues
from shebao.cause.cues import EFFECTS, effect_word, gate, pattern, states
from tests.cause.passages import NEGATIVE, passages

STATES = tuple(e["name"] for e in cues.load("cause_cues.yaml", cues.CUE_SCHEMA)["states"])


def _texts() -> list[str]:
    """Pieces of the fixture's passages and the words the patterns' examples give."""
    rng = random.Random(3)
    whole = [p["text"] for p in passages()] + NEGATIVE
    words = [w for n in (*EFFECTS, *STATES) for w in cues.cue_table()[n]["examples"]]
    out = list(whole) + words
    for _ in range(2000):
        text = rng.choice(whole + words)
        a = rng.randrange(len(text) + 1)
        out.append(text[a:a + rng.randint(0, 12)] + rng.choice(["", *words]))
    return out


def _effect_plain(headline: str):
    best = None
    for name in EFFECTS:
        for m in pattern(name).finditer(headline):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return None if best is None else best[1]


def test_cues_gates_hold_a_char_of_every_match() -> None:
    for names in (EFFECTS, STATES):
        needed = gate(names)
        assert needed is not None
        for text in _texts():
            for name in names:
                for m in pattern(name).finditer(text):
                    assert needed.search(m.group()), (name, m.group())


def test_cues_gate_of_each_effect_holds_a_char_of_every_match() -> None:
    for name in EFFECTS:
        needed = gate((name,))
        assert needed is not None
        for text in _texts():
            for m in pattern(name).finditer(text):
                assert needed.search(m.group()), (name, m.group())


def test_cues_gated_effect_word_and_states_equal_the_patterns() -> None:
    hits = 0
    for text in _texts():
        assert effect_word(text) == _effect_plain(text)
        plain = sorted((s for n in STATES for s in _states_of(n, text)), key=lambda s: s[2])
        assert [(s.name, s.metric, s.start, s.end) for s in states(text)] == \
            [(n, metric, a, b) for n, metric, a, b in plain]
        hits += effect_word(text) is not None
    assert hits > 500


def _states_of(name: str, text: str):
    entry = cues.cue_table()[name]
    return [(name, entry["metric"], m.start(), m.end()) for m in pattern(name).finditer(text)]
