"""Answers about a slice of a sentence read off the cue's spans over the
whole sentence (``cues.masked_by``, ``cues.end_of_last_in``) are those of
scanning the slice itself, for every slice."""

from __future__ import annotations

import pytest

from shebao.link import cues

TEXTS = [
    "本年完成全年预算的98%，预算完成率为101%，执行进度为76%（占预算数的比重）",
    "调整后预算数为8亿元,完成调整预算的97.3%,为年初预算的102%,比去年多支出",
    "今年预算收入12万元，较上年增长3%；上年同期为多拨付5万元（含利息）",
]


def _slices(text: str) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(len(text) + 1) for hi in range(lo, len(text) + 1)]


# budget_rate and yoy read neither before nor past their matches; up and
# previous_year do (their slices are scanned), strong_break is one character
@pytest.mark.parametrize("name", ["budget_rate", "yoy", "strong_break", "up", "previous_year"])
@pytest.mark.parametrize("text", TEXTS)
def test_cues_windows_answer_as_a_scan_of_every_slice(name: str, text: str) -> None:
    found = cues.spans(name, text)
    for lo, hi in _slices(text):
        assert cues.masked_by(name, text, found, lo, hi) == cues.masked(name, text[lo:hi])
        assert cues.end_of_last_in(name, text, found, lo, hi) == cues.end_of_last(name, text[lo:hi])


def test_cues_windows_refuse_what_may_read_before_a_match() -> None:
    assert cues.LOOKS_BEHIND.search("(?<![较比])上年")
    assert cues.LOOKS_BEHIND.search("^其中")
    assert cues.LOOKS_BEHIND.search("完成(?:了)?预算") is None
    assert cues.window_stable("budget_rate")
    assert not cues.window_stable("previous_year")  # a lookbehind and a lookahead
