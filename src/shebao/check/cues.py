"""Cue phrases of the check stage (``resources/check_cues.yaml``), compiled once."""

from __future__ import annotations

import regex

from shebao import resources

FILE = "check_cues.yaml"


def cue_table() -> dict[str, dict]:
    """The cue entries by name, as written in the YAML file."""
    return resources.cue_table(FILE)


def cue(name: str) -> regex.Pattern:
    """The compiled pattern of cue ``name`` (KeyError if unknown)."""
    return resources.cue_pattern(FILE, name)
