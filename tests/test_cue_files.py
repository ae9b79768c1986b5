"""Every cue of every cue file carries examples of both kinds."""

from __future__ import annotations

import pytest

from shebao.resources import cue_table

CUE_FILES = ["check_cues.yaml", "link_cues.yaml", "tag_cues.yaml"]


@pytest.mark.parametrize("file", CUE_FILES)
def test_cue_files_every_cue_has_examples_of_both_kinds(file: str) -> None:
    for name, entry in cue_table(file).items():
        assert entry["examples"] and entry["counter_examples"], f"{file}: {name}"
