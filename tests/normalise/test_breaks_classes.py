"""``before_break``: the class of the char before a pattern's line break, and the
``unit_split`` search it spares in ``join.continues``."""

import re

import regex

from shebao.normalise.breaks import before_break
from shebao.normalise.join import _unit_split
from shebao.normalise.patterns import line_cues


def test_class_of_the_char_before_the_break():
    ends = before_break(re.compile(r"(?:\d[.\d]*[ ]*\n(?:ab|c)|\d[ ]*[xy]\n[z])"))
    assert ends is not None
    for ch in "07. xy":
        assert ends.fullmatch(ch), ch
    for ch in "aqz\n":
        assert not ends.fullmatch(ch), ch


def test_unknown_patterns_give_none():
    assert before_break(re.compile(r"\d+")) is None  # no line break
    assert before_break(re.compile(r"[ ]*\nab")) is None  # may take no char before it
    assert before_break(re.compile(r"[^a]\nb")) is None  # a negated set
    assert before_break(re.compile(r"\s\nb")) is None  # a space class
    assert before_break(re.compile(r"(?:ab)+\nc")) is None  # a repeated group
    assert before_break(re.compile(r"a\nb", re.IGNORECASE)) is None
    assert before_break(re.compile(r"(?i)a\nb")) is None
    assert before_break(regex.compile(r"a\nb")) is None


def test_lookarounds_take_no_char():
    ends = before_break(re.compile(r"(?<=q)a(?!b)\nc"))
    assert ends is not None and ends.fullmatch("a") and not ends.fullmatch("q")


def test_unit_split_skips_only_what_cannot_match():
    cues = line_cues()
    tails = ["the total was 12.5", "closing words.", "a figure 3", "rate 7 ", "x\n9", "", "9",
             "9\n%abc"]
    heads = ["%, more", "next line", "units", "\n%", "%", "x 9\n%"]
    for tail in tails:
        for head in heads:
            expected = cues.unit_split.search(tail + "\n" + head) is not None
            assert _unit_split(tail, head, cues) == expected, (tail, head)
