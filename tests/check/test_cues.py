"""Every cue of resources/check_cues.yaml against its own examples."""

from __future__ import annotations

import pytest

from shebao.check.cues import cue, cue_table

CASES = [
    pytest.param(name, text, True, id=f"{name}-example-{i}")
    for name, entry in cue_table().items() for i, text in enumerate(entry["examples"])
] + [
    pytest.param(name, text, False, id=f"{name}-counter-{i}")
    for name, entry in cue_table().items() for i, text in enumerate(entry["counter_examples"])
]


@pytest.mark.parametrize(("name", "text", "matches"), CASES)
def test_cues_examples_match_and_counter_examples_do_not(name: str, text: str,
                                                          matches: bool) -> None:
    assert (cue(name).search(text) is not None) == matches


def test_cues_every_cue_has_examples_of_both_kinds() -> None:
    for name, entry in cue_table().items():
        assert entry["examples"] and entry["counter_examples"], name
