"""Cue patterns of the self-evaluation tables (``resources/selfeval_cues.yaml``)."""

from __future__ import annotations

from functools import lru_cache

from shebao.resources import load
from shebao.segment.cues import CUE_SCHEMA
from shebao.stdre import Pattern, compile_cue

RESOURCE = "selfeval_cues.yaml"
SCHEMA = {**CUE_SCHEMA, "budget_columns": {"budget": str, "actual": str}}


@lru_cache(maxsize=1)
def _cues() -> dict[str, Pattern]:
    """The cues, each read in one line or cell: by ``re`` where it means the same
    (``stdre.compile_cue``; a third to a half of ``regex``'s cost a call)."""
    data = load(RESOURCE, SCHEMA)["cues"]
    return {c["name"]: compile_cue(c["pattern"]) for c in data}


def budget_columns() -> dict[str, str]:
    """The column names of the budget/execution cells: ``{"budget": "预算数", "actual": "执行数"}``."""
    return load(RESOURCE, SCHEMA)["budget_columns"]


def cue(name: str) -> Pattern:
    """The compiled self-evaluation cue called ``name`` (KeyError if unknown)."""
    return _cues()[name]
