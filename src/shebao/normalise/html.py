"""HTML remnants of web pages: tags become line breaks, TABs or nothing, entities chars.

A block tag (<p>, <br>, </div> …) breaks the line, unless it stands in a TAB
row, whose cells must stay on one line; a cell tag (<td>) becomes a TAB.

Only the tag names of ``normalise_noise.yaml`` count as tags, so "<5%" or
"≥90%" in a report are never touched.  Entities (``&nbsp;``, ``&#12288;``,
doubly escaped ``&amp;nbsp;``) are decoded with the standard library; every
edit goes through the offset map.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits
from shebao.resources import load

PATTERN = {"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}
NOISE_SCHEMA = {
    "html_blocks": [str], "html_cells": [str], "html_inline": [str], "html_dropped": [str],
    "noise_fields": [PATTERN], "placeholders": [PATTERN], "separator": PATTERN, "garbled": [PATTERN],
}

ENTITY = regex.compile(r"""
    & (?: amp ; )*                       # maybe escaped once more (&amp;nbsp;)
    (?P<code> [a-zA-Z]{2,8} | \# \d{2,7} | \# [xX] [0-9a-fA-F]{2,6} )   # name or number
    (?: [;；] | (?<= nbsp | ensp | emsp ) (?! [a-zA-Z0-9] ) )   # ";" (the space names may lack it)
""", regex.VERBOSE)


@dataclass(frozen=True)
class HtmlCues:
    remnant: regex.Pattern  # one of: comment, dropped element, known tag, entity
    blocks: frozenset[str]
    cells: frozenset[str]


def _names(names: list[str]) -> str:
    return " | ".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def html_cues() -> HtmlCues:
    data = load("normalise_noise.yaml", NOISE_SCHEMA)
    known = data["html_blocks"] + data["html_cells"] + data["html_inline"]
    remnant = regex.compile(rf"""
        (?P<comment> <!-- .*? --> )                                  # a comment
      | (?P<dropped> < \s* (?P<element> {_names(data["html_dropped"])} ) \b [^<>]* >
                     .*? < \s* / \s* (?P=element) \s* > )             # script/style with content
      | (?P<tag> < \s* /? \s* (?P<name> {_names(known)} ) (?! [\w:-] )   # a known tag name
                 (?: \s [^<>\n]* )? /? \s* > )                        # attributes, maybe self-closing
      | (?P<entity> {ENTITY.pattern} )                               # an entity
    """, regex.VERBOSE | regex.IGNORECASE | regex.DOTALL)
    return HtmlCues(remnant=remnant, blocks=frozenset(data["html_blocks"]),
                    cells=frozenset(data["html_cells"]))


def _entity(code: str, whole: str) -> str:
    decoded = html.unescape(f"&{code};")
    if decoded.startswith("&"):  # not an entity: keep the text as it was
        return whole
    return " " if decoded.isspace() and decoded not in "\n\t" else decoded


def _tag_replacement(name: str, text: str, start: int, end: int) -> str:
    """A block tag breaks the line, except in a TAB row (cells keep their row)."""
    cues = html_cues()
    if name in cues.cells:
        return "\t"
    if name not in cues.blocks:
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    in_row = "\t" in text[line_start:len(text) if line_end < 0 else line_end]
    return "" if in_row else "\n"


def html_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that remove tags and decode entities of ``text`` (looked for from the first
    "<" or "&": every remnant opens with one)."""
    first = min((at for at in (text.find("<"), text.find("&")) if at >= 0), default=len(text))
    return edits_from(text, first)


def _remnants(text: str, start: int) -> Iterator[regex.Match]:
    """``html_cues().remnant.finditer(text, start)``: every remnant opens with "<" or "&",
    so the pattern is matched only at those (``str.find`` skips to them far faster than
    the pattern's scan; a text holds few)."""
    match = html_cues().remnant.match
    lt, amp = text.find("<", start), text.find("&", start)
    while lt >= 0 or amp >= 0:
        at = amp if lt < 0 or 0 <= amp < lt else lt
        m = match(text, at)
        pos = m.end() if m is not None else at + 1  # a remnant is never empty
        if m is not None:
            yield m
        if lt < pos:
            lt = text.find("<", pos) if lt >= 0 else -1
        if amp < pos:
            amp = text.find("&", pos) if amp >= 0 else -1


def edits_from(text: str, start: int) -> list[tuple[int, int, str]]:
    """The edits of the remnants found in ``text`` from ``start`` on."""
    edits = EditBuilder()
    for m in _remnants(text, start):
        if m.group("tag"):
            repl = _tag_replacement(m.group("name").lower(), text, *m.span())
        elif m.group("entity"):
            repl = _entity(m.group("code"), m.group())
            if repl == m.group():
                continue
        else:
            repl = ""
        if repl:
            edits.replace(*m.span(), repl)
        else:
            edits.delete(*m.span())
    return edits.edits


def strip_html(mt: MappedText) -> MappedText:
    """``mt`` without HTML tags and entities (unchanged if it has none)."""
    if "<" not in mt.text and "&" not in mt.text:
        return mt
    return apply_edits(mt, html_edits(mt.text))
