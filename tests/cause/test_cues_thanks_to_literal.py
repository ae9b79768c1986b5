"""thanks_to written with its closing 于 once finds what its three words written whole find."""

from __future__ import annotations

import random

import regex

from shebao.cause.cues import find, pattern

# The pattern as written before 于 was taken out of its alternatives.
THANKS_TO_BEFORE = r"(?:主要)?(?:得益于|归因于|源于)"
PIECES = list("主要得益归因源于于，。 来") + ["得益于", "归因于", "源于", "主要", "主要源于", "资源于"]


def test_cues_thanks_to_finds_what_the_whole_words_find() -> None:
    rng = random.Random(11)
    before = regex.compile(THANKS_TO_BEFORE)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 20)))
        spans = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in pattern("thanks_to").finditer(text)] == spans, text
        assert [m.group() for m in pattern("thanks_to").finditer(text)] == \
            [m.group() for m in before.finditer(text)]
        found += len(spans)
    assert found > 1000


def test_cues_thanks_to_is_a_cue() -> None:
    cues = find("收入增加，主要得益于征缴力度加大")
    assert [(c.name, c.text) for c in cues] == [("thanks_to", "主要得益于")]
