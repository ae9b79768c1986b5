"""What a pattern cannot match without (tag.needs)."""

from __future__ import annotations

import re

import pytest
import regex

from shebao.tag.needs import needed_sets


def _needs(source: str, flags: int = 0) -> set[frozenset[str]]:
    return set(needed_sets(re.compile(source, flags)))


def test_needs_every_literal_of_a_sequence() -> None:
    assert _needs("万元") == {frozenset("万"), frozenset("元")}


def test_needs_one_character_of_each_alternative() -> None:
    assert frozenset("至到") in _needs("(?:至|到)")
    assert _needs("(?P<unit>亿元|万人)") >= {frozenset("亿万")}


def test_needs_a_class_and_a_repeat_taken_once_or_more() -> None:
    assert _needs("[%％]") == {frozenset("%％")}
    assert _needs("(?:号)+") == {frozenset("号")}
    assert _needs("(?:第){2,3}") == {frozenset("第")}


@pytest.mark.parametrize("source", [
    "元?", "(?:万元)*", "[^元]", r"\d", "(?=元)", "(?<!元)", ".", "万元|", "(?:元){0,2}",
])
def test_needs_nothing_of_what_may_be_absent(source: str) -> None:
    assert _needs(source) == set()


def test_needs_what_a_lookbehind_reads_of_the_chars_taken_before_it() -> None:
    # (besides the class the repeat takes from, which holds digits)
    assert frozenset("万亿") in _needs("[0-9万亿]+(?<=[万亿])(?![0-9])")
    assert _needs("[0-9万元]{2,}(?<=万元)") >= {frozenset("万"), frozenset("元")}
    assert _needs("[0-9万]+(?<=万)[0-9元]+(?<=元)") >= {frozenset("万"), frozenset("元")}


@pytest.mark.parametrize("source", [
    "(?<=[万亿])[0-9万]+",  # reads the text before the match
    "[0-9万]?(?<=[万亿])",  # may have taken nothing
    "[0-9万](?<=[万亿]元)",  # reads two chars where one is surely taken
    "[0-9万]+(?<![万亿])",  # a negative lookbehind needs nothing
    "[0-9万]+(?<=\\d)",  # a category: unknown
])
def test_needs_nothing_of_a_lookbehind_that_may_read_outside_the_match(source: str) -> None:
    assert _needs(source) <= {frozenset("0123456789万")}  # the class taken, if surely


def test_needs_of_alternatives_avoid_a_set_where_they_can() -> None:
    source = "(?:19|20)[0-9]{2}[./-]|[0-9]+[月日]"
    assert _needs(source) == {frozenset("12月日")}  # each alternative its smallest
    avoiding = set(needed_sets(re.compile(source), avoid=frozenset("0123456789")))
    assert frozenset("./-月日") in avoiding
    assert needed_sets(re.compile("[0-9]+元"), avoid=frozenset("0123456789")) == (
        frozenset("0123456789"), frozenset("元"))  # a sequence keeps every set


def test_needs_nothing_of_an_alternative_that_needs_nothing() -> None:
    assert _needs("(?:元|[0-9]?)") == set()


def test_needs_nothing_when_case_is_ignored_or_regex_compiled() -> None:
    assert _needs("yuan", re.IGNORECASE) == set()
    assert needed_sets(regex.compile("万元")) == ()


@pytest.mark.parametrize("source, texts", [
    ("(?:增长|增加)[0-9]+(?:万元|亿元)", ["增长12万元", "增加3亿元"]),
    ("[0-9]+(?:至|到|-)[0-9]+%", ["5至8%", "5-8%", "6到9%"]),
    ("第(?:一|二|三)+(?:季度|批)", ["第三季度", "第一二批"]),
    ("[0-9一三]+(?:[十百千万亿][0-9一三]*)*(?<=[万亿])", ["3万", "三亿", "1千3万", "12亿"]),
])
def test_needs_every_match_holds_one_of_each_set(source: str, texts: list[str]) -> None:
    pattern = re.compile(source)
    assert needed_sets(pattern)  # each of these needs something beyond digits
    for text in texts:
        assert pattern.fullmatch(text)
        for chars in needed_sets(pattern):
            assert chars & set(text), (text, chars)
