"""Tag-stage cues against their examples, and unit lines over prose."""

from __future__ import annotations

import pytest

from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences
from tests.yaml_cases import cue_cases, matches


@pytest.mark.parametrize(("pattern", "text", "expected"), cue_cases("tag_cues.yaml"))
def test_apply_cues_examples(pattern: str, text: str, expected: bool) -> None:
    assert matches(pattern, text) == expected


def _kinds(text: str, unit: str | None) -> list[tuple[str, str, str | None]]:
    [tagged] = tagged_sentences([Sentence(0, len(text), text)], [unit])
    figures = tagged.figures
    return [(f.text, f.kind, f.unit) for f in figures]


def test_apply_unit_line_money_only_for_labelled_numbers() -> None:
    assert _kinds("基金支出：9,120.50，参保人数：3,210", "元") == [
        ("9,120.50", "money", "元"), ("3,210", "number", None)]


def test_apply_without_unit_bare_numbers_stay_numbers() -> None:
    assert _kinds("基金支出：9,120.50", None) == [("9,120.50", "number", None)]
