"""Cue patterns of the self-evaluation tables (``resources/selfeval_cues.yaml``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao.resources import load
from shebao.segment.cues import CUE_SCHEMA, compile_pattern

RESOURCE = "selfeval_cues.yaml"
SCHEMA = {**CUE_SCHEMA, "budget_columns": {"budget": str, "actual": str}}


@lru_cache(maxsize=1)
def _cues() -> dict[str, regex.Pattern]:
    data = load(RESOURCE, SCHEMA)["cues"]
    return {c["name"]: compile_pattern(c["pattern"]) for c in data}


def budget_columns() -> dict[str, str]:
    """The column names of the budget/execution cells: ``{"budget": "预算数", "actual": "执行数"}``."""
    return load(RESOURCE, SCHEMA)["budget_columns"]


def cue(name: str) -> regex.Pattern:
    """The compiled self-evaluation cue called ``name`` (KeyError if unknown)."""
    return _cues()[name]
