"""Cue patterns of the self-evaluation tables (``resources/selfeval_cues.yaml``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao.resources import load
from shebao.segment.cues import CUE_SCHEMA, compile_pattern

RESOURCE = "selfeval_cues.yaml"


@lru_cache(maxsize=1)
def _cues() -> dict[str, regex.Pattern]:
    data = load(RESOURCE, CUE_SCHEMA)["cues"]
    return {c["name"]: compile_pattern(c["pattern"]) for c in data}


def cue(name: str) -> regex.Pattern:
    """The compiled self-evaluation cue called ``name`` (KeyError if unknown)."""
    return _cues()[name]
