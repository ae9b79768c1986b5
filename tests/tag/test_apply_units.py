"""Tag-stage cues against their examples, and unit lines over prose."""

from __future__ import annotations

import pytest
import regex

from shebao.records import Sentence
from shebao.tag.apply import cue_entries, tagged_sentences


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    pytest.param(c["pattern"], t, True, id=f"{c['name']}-ex-{i}")
    for c in cue_entries() for i, t in enumerate(c["examples"])
] + [
    pytest.param(c["pattern"], t, False, id=f"{c['name']}-counter-{i}")
    for c in cue_entries() for i, t in enumerate(c["counter_examples"])
])
def test_apply_cues_examples(pattern: str, text: str, matches: bool) -> None:
    assert (regex.compile(pattern, regex.VERBOSE).search(text) is not None) == matches


def _kinds(text: str, unit: str | None) -> list[tuple[str, str, str | None]]:
    [(figures, _)] = tagged_sentences([Sentence(0, len(text), text)], [unit])
    return [(f.text, f.kind, f.unit) for f in figures]


def test_apply_unit_line_money_only_for_labelled_numbers() -> None:
    assert _kinds("基金支出：9,120.50，参保人数：3,210", "元") == [
        ("9,120.50", "money", "元"), ("3,210", "number", None)]


def test_apply_without_unit_bare_numbers_stay_numbers() -> None:
    assert _kinds("基金支出：9,120.50", None) == [("9,120.50", "number", None)]
