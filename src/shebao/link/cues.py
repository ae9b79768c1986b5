"""Cue phrases around figures (``resources/link_cues.yaml``), compiled once."""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao import resources

FILE = "link_cues.yaml"


def cue_table() -> dict[str, dict]:
    """The cue entries by name, as written in the YAML file."""
    return resources.cue_table(FILE)


@lru_cache(maxsize=None)  # the linker asks for cues in its inner loop
def cue(name: str) -> regex.Pattern:
    """The compiled pattern of cue ``name``."""
    return resources.cue_pattern(FILE, name)


def has(name: str, text: str) -> bool:
    return cue(name).search(text) is not None


def end_of_last(name: str, text: str) -> int:
    """End of the last match of cue ``name`` in ``text``, -1 when none."""
    end = -1
    for m in cue(name).finditer(text):
        end = m.end()
    return end


def spans(name: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in cue(name).finditer(text)]
