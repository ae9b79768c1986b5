"""Every cue of resources/link_cues.yaml against its own examples."""

from __future__ import annotations

import random

import pytest

from shebao.link import cues
from tests.yaml_cases import cue_cases, matches


@pytest.mark.parametrize(("pattern", "text", "expected"), cue_cases("link_cues.yaml"))
def test_cues_examples_match_and_counter_examples_do_not(pattern: str, text: str,
                                                          expected: bool) -> None:
    assert matches(pattern, text) == expected



@pytest.mark.parametrize("name", ["strong_break", "budget", "up", "yoy", "previous_year"])
@pytest.mark.parametrize("text", [
    "今年预算收入12万元，较上年增长3%；上年同期为多拨付5万元（含利息）",
    "调整后预算数为8亿元,实际执行7亿元,比去年多支出",
])
def test_cues_end_of_last_by_answers_as_a_scan_of_every_prefix(name: str, text: str) -> None:
    found = cues.spans(name, text)
    assert [cues.end_of_last_by(name, text, found, pos) for pos in range(len(text) + 1)] == [
        cues.end_of_last(name, text[:pos]) for pos in range(len(text) + 1)]


def test_cues_end_of_last_by_answers_as_a_scan_of_every_prefix_of_random_texts() -> None:
    # the spans are bisected: every position of texts dense in breaks, brackets and cues
    rng = random.Random(14)
    pieces = ["，", ",", "；", "（", "）", "(", "预算", "上年", "增长", "多拨付", "收入", "5", "万元"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        for name in ("strong_break", "budget", "up"):
            found = cues.spans(name, text)
            assert [cues.end_of_last_by(name, text, found, pos) for pos in range(len(text) + 1)] == [
                cues.end_of_last(name, text[:pos]) for pos in range(len(text) + 1)]


def test_cues_prefix_stable_patterns() -> None:
    assert cues.prefix_stable("[，,；;]")
    assert not cues.prefix_stable("多[\\p{Han}]{0,2}$")
    assert not cues.prefix_stable("季度(?!前)")
