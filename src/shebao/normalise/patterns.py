"""The line cues of ``normalise_lines.yaml``, compiled."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from shebao.normalise.breaks import before_break
from shebao.resources import load
from shebao.stdre import Pattern, compile_cue, compile_fast
from shebao.tag.needs import CharSet, needed_strings, start_chars

PATTERN = {"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}
LINES_SCHEMA = {
    "heading_markers": [PATTERN],
    "page_numbers": [{**PATTERN, "sequence": bool}],
    "own_line_starts": [PATTERN],
    "paragraph_starts": [PATTERN],
    "table_captions": [PATTERN],
    "unit_splits": [PATTERN],
    "terminal": str,
    "continuation": str,
}


@dataclass(frozen=True)
class LineCues:
    heading: Pattern  # matched at a line start
    page_fixed: Pattern  # whole line; always a page number
    page_sequence: Pattern  # whole line; a page number if in a sequence
    own_line: Pattern  # matched at a line start: never joined to the line before
    # the chars an ``own_line`` match can start with (``start_chars``; None: any)
    own_line_first: CharSet | None
    paragraph_start: Pattern  # matched at a line start: opens a paragraph (a year)
    caption: Pattern  # whole line; a table caption, never joined to the next
    # the chars a caption needs (``tag.needs``), one string per set: a line lacking
    # every char of one of them is no caption, and ``caption`` is not run on it
    caption_needs: tuple[str, ...]
    unit_split: Pattern  # searched in "line\nnext": a figure cut from its unit
    # the last char of a line a ``unit_split`` match can hold (None: any)
    unit_split_end: Pattern | None
    terminal: frozenset[str]
    continuation: frozenset[str]


def _body(items: list[dict]) -> str:
    return "(?: " + "\n| ".join(f"(?: {item['pattern']} )" for item in items) + " )"


def _alternation(items: list[dict], as_written: bool = False) -> Pattern:
    """The items as one pattern, run by ``re`` where it means the same (on a short
    line its lower cost per call wins) unless ``as_written`` (``regex``)."""
    if as_written:
        return regex.compile(_body(items), regex.VERBOSE)
    return compile_cue(_body(items), regex.VERBOSE)


@lru_cache(maxsize=1)
def line_cues() -> LineCues:
    """Load and compile the cues once."""
    data = load("normalise_lines.yaml", LINES_SCHEMA)
    pages = data["page_numbers"]
    unit_split = _alternation(data["unit_splits"])
    own_line = _alternation(data["own_line_starts"])
    return LineCues(
        heading=_alternation(data["heading_markers"]),
        page_fixed=_alternation([p for p in pages if not p["sequence"]]),
        page_sequence=_alternation([p for p in pages if p["sequence"]]),
        own_line=own_line,
        own_line_first=start_chars(own_line),
        paragraph_start=_alternation(data["paragraph_starts"]),
        caption=_alternation(data["table_captions"], as_written=True),  # faster so
        caption_needs=_needs(data["table_captions"]),
        unit_split=unit_split,
        unit_split_end=before_break(unit_split),
        terminal=frozenset(data["terminal"]),
        continuation=frozenset(data["continuation"]),
    )


def _needs(items: list[dict]) -> tuple[str, ...]:
    """The needed sets of the items' alternation, read off its ``re`` form (none when
    ``re`` cannot run it: then the pattern is always run)."""
    compiled = compile_fast(_body(items), regex.VERBOSE).pattern
    return needed_strings(compiled)
