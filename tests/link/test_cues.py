"""Every cue of resources/link_cues.yaml against its own examples."""

from __future__ import annotations

import pytest

from tests.yaml_cases import cue_cases, matches


@pytest.mark.parametrize(("pattern", "text", "expected"), cue_cases("link_cues.yaml"))
def test_cues_examples_match_and_counter_examples_do_not(pattern: str, text: str,
                                                          expected: bool) -> None:
    assert matches(pattern, text) == expected

