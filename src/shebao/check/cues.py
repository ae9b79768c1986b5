"""Cue phrases of the check stage (``resources/check_cues.yaml``), compiled once."""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao.resources import load

CUE_SCHEMA = {
    "cues": [{"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}]
}


@lru_cache(maxsize=1)
def cue_table() -> dict[str, dict]:
    """The cue entries by name, as written in the YAML file."""
    return {c["name"]: c for c in load("check_cues.yaml", CUE_SCHEMA)["cues"]}


@lru_cache(maxsize=None)
def cue(name: str) -> regex.Pattern:
    """The compiled pattern of cue ``name`` (KeyError if unknown)."""
    return regex.compile(cue_table()[name]["pattern"], regex.VERBOSE)
