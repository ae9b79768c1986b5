"""Parametrised cases from rule files: every example must match its
pattern, every counter-example must not."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
import regex

from shebao.resources import cue_table


def entry_cases(entries: Iterable[dict], key: str = "pattern",
                examples: dict | None = None) -> list:
    """(pattern, text, matches) params of rule entries carrying their examples."""
    cases = []
    for e in entries:
        source = (examples or e)
        for kind, matches in (("examples", True), ("counter_examples", False)):
            for i, text in enumerate(source[kind]):
                cases.append(pytest.param(e[key], text, matches,
                                          id=f"{e.get('name', 'rule')}-{kind}-{i}"))
    return cases


def cue_cases(file: str) -> list:
    """The cases of every cue of cue file ``file``."""
    return entry_cases(cue_table(file).values())


def matches(pattern: str, text: str) -> bool:
    return regex.compile(pattern, regex.VERBOSE).search(text) is not None
