"""Cue phrases around figures (``resources/link_cues.yaml``), compiled once."""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao import resources
from shebao.stdre import Match, Pattern, compile_cue

FILE = "link_cues.yaml"


def cue_table() -> dict[str, dict]:
    """The cue entries by name, as written in the YAML file."""
    return resources.cue_table(FILE)


@lru_cache(maxsize=None)  # the linker asks for cues in its inner loop
def cue(name: str) -> Pattern:
    """The compiled pattern of cue ``name`` (by ``re`` where it means the same)."""
    return compile_cue(cue_table()[name]["pattern"])


def has(name: str, text: str) -> bool:
    return cue(name).search(text) is not None


@lru_cache(maxsize=4096)
def word_has(name: str, word: str) -> bool:
    """``has`` for a term's word: few distinct words, so the answers are kept."""
    return has(name, word)


def end_of_last(name: str, text: str) -> int:
    """End of the last match of cue ``name`` in ``text``, -1 when none."""
    m = None
    for m in cue(name).finditer(text):
        pass
    return -1 if m is None else m.end()


def _blanked(m: Match) -> str:
    return "＿" * len(m.group())


def masked(name: str, text: str) -> str:
    """``text`` with every match of cue ``name`` masked, lengths kept."""
    return cue(name).sub(_blanked, text)


def spans(name: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in cue(name).finditer(text)]


# What may make a pattern read past the end of its match (lookaheads, atomic
# groups, possessive quantifiers, end anchors, word boundaries): over a
# prefix such a pattern may match where it does not over the whole text.
LOOKS_AHEAD = regex.compile(r"\(\?[=!>(]|[*+?}]\+|\$|\\[ZzbBG]")


def prefix_stable(pattern: str) -> bool:
    """Whether the matches of ``pattern`` within ``text[:pos]`` are those of
    ``text`` ending by ``pos`` whenever no match of ``text`` spans ``pos``."""
    return LOOKS_AHEAD.search(pattern) is None


@lru_cache(maxsize=None)
def _stable(name: str) -> bool:
    return prefix_stable(cue(name).pattern)


def end_of_last_by(name: str, text: str, found: list[tuple[int, int]], pos: int) -> int:
    """``end_of_last(name, text[:pos])`` from ``found``, the spans of cue
    ``name`` over the whole of ``text`` (the prefix is scanned itself where
    they cannot tell)."""
    end = -1
    if _stable(name):
        for a, b in found:
            if a > pos:
                return end
            if a <= pos < b:
                break  # a match spans pos
            end = b
        else:
            return end
    return end_of_last(name, text[:pos])
