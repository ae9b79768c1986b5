"""drop_garbled skips texts lacking every char a garbled match needs, and gives what
running the pattern on every text gives (normalise.noise)."""

from __future__ import annotations

import random

from shebao.normalise.noise import _noise, drop_garbled, garbled_needs, garbled_pattern
from shebao.normalise.offsets import MappedText, apply_edits
from shebao.tag.needs import may_hold

PIECES = ["1", "2.5", "?", "？", "\uFFFD", "万元", "%", "：", "收入", "（", "(", ")", "）",
          " ", "\u3000", "yǎng", "lǎo", "jié", "yú", "ü", "a", "\n", "-"]


def _texts() -> list[str]:
    rng = random.Random(21)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14))) for _ in range(3000)]
    seen = [t.split(" => ")[0] for item in _noise()["garbled"]
            for t in [*item["examples"], *item["counter_examples"]]]
    return seen + made


def _drop_every_time(mt: MappedText) -> MappedText:
    """drop_garbled without its gate."""
    return apply_edits(mt, [(*m.span(), "") for m in garbled_pattern().finditer(mt.text)
                            if m.end() > m.start()])


def test_the_needs_are_question_marks_and_tone_marks() -> None:
    needs = garbled_needs()
    assert needs, "the garbled pattern should be read by re and need something"
    joined = "".join(needs)
    for ch in "?？\uFFFDǎáéǘ":
        assert ch in joined, ch
    assert not may_hold("收入12万元，增长3%。", needs)


def test_every_garbled_match_holds_the_needs() -> None:
    found = 0
    for text in _texts():
        for m in garbled_pattern().finditer(text):
            if m.end() > m.start():
                found += 1
                assert may_hold(m.group(), garbled_needs()), repr(m.group())
    assert found


def test_the_gate_gives_what_the_pattern_gives() -> None:
    for text in _texts():
        mt = MappedText.identity(text)
        assert drop_garbled(mt) == _drop_every_time(mt), repr(text)
