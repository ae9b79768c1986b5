"""tag.needs.start_chars spells out every decimal digit of first_chars: a char is in it exactly
when tag.needs.may_start takes a text opening with that char (one set lookup instead of
a lookup and str.isdecimal)."""

from __future__ import annotations

import random

import pytest

from shebao.normalise.noise import _noise_starts, noise_line_pattern
from shebao.normalise.patterns import line_cues
from shebao.segment.cues import marker_alternation
from shebao.segment.headings import _markers
from shebao.stdre import compile_cue
from shebao.tag.needs import decimal_digits, first_chars, may_start, start_chars

SAMPLES = ["0", "9", "٣", "९", "０", "〇", "一", "第", "-", "－", "（", "(", "a", "收", "。",
           " ", "\u3000", "½", "²", "Ⅳ", "\U0001d7d8"]


def _chars(seed: int) -> list[str]:
    rng = random.Random(seed)
    return SAMPLES + [chr(rng.randrange(0x20, 0x30000)) for _ in range(2000)]


def _patterns() -> list:
    cues = line_cues()
    return [cues.heading, cues.page_fixed, cues.page_sequence, cues.own_line, noise_line_pattern(),
            compile_cue(r"\d+年"), compile_cue(r"[一二三]、|第\d+页"), compile_cue(r"(?:\w)")]


@pytest.mark.parametrize("seed", range(5))
def test_start_chars_take_what_may_start_takes(seed: int) -> None:
    for pattern in _patterns():
        spelt, first = start_chars(pattern), first_chars(pattern)
        if first is None:
            assert spelt is None
            continue
        assert spelt is not None and first <= spelt
        for ch in _chars(seed):
            assert (ch in spelt) == may_start(ch + "x", first), (pattern.pattern, ch)


def test_decimal_digits_are_those_isdecimal_takes() -> None:
    digits = decimal_digits()
    assert {"0", "9", "٣", "０"} <= digits and not {"〇", "一", "²", "½", "a"} & digits
    assert all(ch.isdecimal() for ch in digits)
    assert len(digits) == sum(chr(c).isdecimal() for c in range(0x110000))


def test_gates_read_the_spelt_out_sets() -> None:
    assert _markers()[2] == start_chars(marker_alternation()[0])
    assert line_cues().own_line_first == start_chars(line_cues().own_line)
    assert _noise_starts() == start_chars(noise_line_pattern())
