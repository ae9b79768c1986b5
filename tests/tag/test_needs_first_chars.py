"""The characters a match can start with (tag.needs.first_chars), and the gate on them."""

from __future__ import annotations

import itertools
import re

import pytest

from shebao.tag.needs import ANY_DIGIT, first_chars, may_start


def _first(source: str, flags: int = 0):
    return first_chars(re.compile(source, flags))


def test_a_literal_starts_its_match() -> None:
    assert _first("万元") == frozenset("万")


def test_an_optional_part_adds_what_follows() -> None:
    assert _first("[-+]?元") == frozenset("-+元")
    assert _first("(?:甲|乙)*丙") == frozenset("甲乙丙")
    assert _first("(?:甲|乙?)丙") == frozenset("甲乙丙")


def test_lookarounds_and_anchors_consume_nothing() -> None:
    assert _first("^(?=元)(?<!万)元") == frozenset("元")


def test_a_digit_class_gives_any_digit() -> None:
    assert _first(r"[\d.]元") == frozenset({ANY_DIGIT, "."})


@pytest.mark.parametrize("source", [".元", "[^元]", r"\w", "(a)?\\1b", "(?i)a"])
def test_unknown_starts_give_none(source: str) -> None:
    assert _first(source) is None


def test_ignore_case_gives_none() -> None:
    assert _first("a", re.IGNORECASE) is None


def test_the_gate_never_rejects_a_line_that_matches() -> None:
    sources = [r"(?:[ |]* (?:甲乙 | 丙 \d+ | \d{2}:\d{2}) )+ [ |]*", r"[-+]?\d[\d,.]*%?",
               r"(?:左|右)?(?:上|下)页?", r"(?=.)(?:丁|戊)+"]
    alphabet = "甲乙丙丁戊左右上下页 |:-+,.%0１9٣x"
    for source in sources:
        pattern = re.compile(source, re.VERBOSE)
        first = first_chars(pattern)
        assert first is not None
        for size in range(1, 5):
            for chars in itertools.product(alphabet, repeat=size):
                text = "".join(chars)
                if pattern.fullmatch(text):
                    assert may_start(text, first), (source, text)


def test_the_gate_rejects_other_starts() -> None:
    first = _first(r"(?:甲|\d)")
    assert may_start("甲", first) and may_start("７", first)
    assert not may_start("乙", first)
    assert may_start("", first) and may_start("乙", None)
