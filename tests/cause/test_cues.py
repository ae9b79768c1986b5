"""Every frame of resources/cause_cues.yaml against its own examples."""

from __future__ import annotations

import pytest

from shebao.cause.cues import cue_table, effect_word, excluded, find, ordinal_words, pattern
from shebao.units import money_units

CASES = [
    pytest.param(name, text, True, id=f"{name}-example-{i}")
    for name, entry in cue_table().items() for i, text in enumerate(entry["examples"])
] + [
    pytest.param(name, text, False, id=f"{name}-counter-{i}")
    for name, entry in cue_table().items() for i, text in enumerate(entry["counter_examples"])
]


@pytest.mark.parametrize(("name", "text", "matches"), CASES)
def test_cues_examples_match_and_counter_examples_do_not(name: str, text: str, matches: bool) -> None:
    assert (pattern(name).search(text) is not None) == matches


@pytest.mark.parametrize(("headline", "effect"), [
    ("基金支出增长的", "increase"), ("收入减少的", "decrease"), ("未完成预算的", "below_budget"),
    ("预算完成率较高的", "above_budget"), ("基金运行的", None),
])
def test_cues_effect_word_of_headline(headline: str, effect: str | None) -> None:
    assert effect_word(headline) == effect


@pytest.mark.parametrize(("text", "names"), [
    ("支出增长的主要原因是人数增加", ["reason_is"]),
    ("由于费率下调，造成收入减少", ["due_to"]),
    ("这主要是由于缴费基数提高", ["mainly"]),
    ("受疫情影响，住院人数减少", ["affected"]),
])
def test_cues_find_frames(text: str, names: list[str]) -> None:
    assert [c.name for c in find(text)] == names


@pytest.mark.parametrize(("before", "expected"), [("如果", True), ("为了", True), ("本年", False)])
def test_cues_excluded_before_cue(before: str, expected: bool) -> None:
    assert excluded(before) == expected


@pytest.mark.parametrize("word", sorted(ordinal_words()))
def test_cues_ordinal_words_open_list_items(word: str) -> None:
    assert pattern("list_item").search(f"原因：{word}，人数增加")


@pytest.mark.parametrize("unit", money_units())
def test_cues_figure_takes_every_money_unit_of_the_units_table(unit: str) -> None:
    assert pattern("figure").fullmatch(f"12.5{unit}")
