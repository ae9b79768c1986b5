"""A cue's gate avoids the characters most report sentences hold
(``resources/link_gates.yaml``) where the cue allows it, and still only skips
texts the cue cannot match (the random texts here mix common characters
with the cues' own examples; ``test_cues_gates`` reads every cue)."""

from __future__ import annotations

import random

import pytest

from shebao.link import cues


def test_cues_common_chars_are_read_from_the_resource() -> None:
    assert "年" in cues.common_chars()


@pytest.mark.parametrize(("name", "common"), [("budget", "年"), ("other_period_base", "比与"),
                                              ("up", "上")])
def test_cues_gates_avoid_common_chars_where_the_cue_allows(name: str, common: str) -> None:
    chars = cues.gate_chars(name)
    assert chars is not None and not set(chars) & set(common)


def test_cues_gate_stays_the_plain_smallest_where_every_set_is_common() -> None:
    # 上年 / 去年 / 上一年: every set read holds 上; the narrowest one is kept
    assert cues.gate_chars("previous_year") == "上去"


def test_cues_a_budget_of_the_year_opening_passes_the_gate() -> None:
    assert cues.end_of_last_rare("budget", "年初预算安排") == 4
    assert cues.end_of_last_rare("budget", "2023年基金收入比上年增长") == -1
    assert cues.may_match_any(("budget", "actual"), "年初预算", 0, 4)
    assert not cues.may_match_any(("budget", "actual"), "2023年比上年", 0, 8)


@pytest.mark.parametrize("name", ["budget", "other_period_base", "up", "draft_heading"])
def test_cues_gated_answers_are_the_plain_scans_on_random_texts(name: str) -> None:
    rng = random.Random(name)
    entry = cues.cue_table()[name]
    pieces = [*entry["examples"], *entry["counter_examples"], "年", "上", "比", "与", "初",
              "2023", "收入", "，", "预", "算"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        plain = [m.span() for m in cues.cue(name).finditer(text)]
        assert cues.spans(name, text) == plain, text
        assert cues.end_of_last_rare(name, text) == (plain[-1][1] if plain else -1), text
