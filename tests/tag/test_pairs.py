"""The chars a match can take second, after each it can start with (tag.pairs)."""

from __future__ import annotations

import itertools
import random
import re

import pytest
import regex

from shebao.tag.pairs import second_chars, starts_source


def _pairs(source: str) -> dict[str, frozenset[str] | None] | None:
    return second_chars(re.compile(source))


def test_pairs_of_literals_classes_and_branches() -> None:
    assert _pairs("万元") == {"万": frozenset("元")}
    assert _pairs("[12][万亿]") == {"1": frozenset("万亿"), "2": frozenset("万亿")}
    assert _pairs("一(?:万|亿)元|二十") == {"一": frozenset("万亿"), "二": frozenset("十")}


def test_pairs_of_optional_and_repeated_parts() -> None:
    assert _pairs("第 ?[0-9]") == {"第": frozenset(" 0123456789")}
    assert _pairs("(?:ab)+") == {"a": frozenset("b")}
    assert _pairs("a(?:b|)(?:c|)d") == {"a": frozenset("bcd")}
    assert _pairs("x{3}") == {"x": frozenset("x")}


def test_a_char_a_match_can_end_after_may_be_followed_by_any() -> None:
    assert _pairs("[0-9]+") == dict.fromkeys("0123456789")
    assert _pairs("a|ab") == {"a": None}


def test_a_lookbehind_rules_out_the_whole_matches_it_rejects() -> None:
    # a numeral alone is no match: it must end in 万 or 亿
    assert _pairs("[一二万亿]+(?<=[万亿])") == {
        "一": frozenset("一二万亿"), "二": frozenset("一二万亿"), "万": None, "亿": None}
    assert _pairs("(?<=[甲])一万") == {"一": frozenset("万")}  # reads before the match: kept


def test_lookaheads_consume_nothing_and_rule_out_nothing() -> None:
    assert _pairs("(?=一)(?!二)[一二][万亿]") == {"一": frozenset("万亿"), "二": frozenset("万亿")}


@pytest.mark.parametrize("source", ["\\d万", "[^元]万", ".元", "(a)\\1", "a?", "(?:万元)*", "(?i:ab)"])
def test_pairs_are_unknown_where_the_pattern_is_not_read_or_may_be_empty(source: str) -> None:
    assert _pairs(source) is None


def test_pairs_of_a_regex_compiled_pattern_are_unknown() -> None:
    assert second_chars(regex.compile("万元")) is None


SOURCES = [
    "(?:[0-9]+|[一二三十])(?:[十百千万亿][0-9一二三]*)*(?<=[万亿])(?![一二三])",
    "(?:不低于|[≥>]) ?[0-9]+(?:\\.[0-9]+|)%",
    "[（(][0-9]{1,2}[)）]|[0-9]+[、.]",
    "(?:[-－]|负)?[0-9一二三]+(?:万元|元|人)",
]
ALPHABET = "0123一二三十万亿元人%.、（）(≥>不低于负- "
PIECES = [*"0123一二三十万亿元人%.、（）(≥>负- ", "不低于", "万元", "12", "3.5", "≥1", "5%", "(1)"]


@pytest.mark.parametrize("source", SOURCES)
def test_every_match_starts_with_an_allowed_pair(source: str) -> None:
    pattern = re.compile(source)
    pairs = second_chars(pattern)
    assert pairs is not None
    rng = random.Random(7)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    matched = 0
    for text in texts:
        for i in range(len(text)):
            m = pattern.match(text, i)
            if m is None or m.end() == i:
                continue
            matched += 1
            nexts = pairs[text[i]]  # KeyError: a first char not found
            if nexts is not None:
                assert m.end() > i + 1 and text[i + 1] in nexts, (source, text, i)
    assert matched > 40  # the matches themselves are exercised


@pytest.mark.parametrize("source", SOURCES)
def test_the_starts_pattern_finds_every_place_a_match_starts(source: str) -> None:
    pattern = re.compile(source)
    starts = re.compile(starts_source(pattern, frozenset(ALPHABET)) or "")
    for chars in itertools.product("1一万元（(≥不低负- ", repeat=3):
        text = "".join(chars)
        for i in range(len(text)):
            if pattern.match(text, i) is not None:
                found = starts.search(text, i)
                assert found is not None and found.start() == i, (source, text, i)


def test_the_starts_pattern_opens_with_the_class_of_all_firsts() -> None:
    source = starts_source(re.compile("[0-9]+|一[万亿]|第[0-9]"), frozenset("0123456789一"))
    assert source is not None and source.startswith("[0123456789一](?:")
    assert "第" not in source  # not among the chars given
    assert re.compile(source).search("第，一是一万").start() == 4  # not 第, not 一是
