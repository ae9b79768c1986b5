"""Web-page noise: navigation and metadata lines, garbled chars around figures.

A line made only of the ``noise_fields`` of ``normalise_noise.yaml``
(索引号, 发布机构, 浏览次数, 字体：大 中 小, 【打印本页】, 上一篇 … with
separators between them) gets ``kind = "noise"``: reflow drops it like a page
number, figures and all, and never joins the lines around it.  The
``garbled`` patterns delete lost-char marks ("?" between a figure and its
unit) and pinyin glosses through the offset map.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao.normalise.html import NOISE_SCHEMA
from shebao.normalise.lines import Line
from shebao.normalise.offsets import MappedText, apply_edits
from shebao.resources import load
from shebao.stdre import Pattern, compile_cue
from shebao.tag.needs import CharSet, may_hold, may_start, needed_strings, start_chars

MAX_NOISE_LINE = 200  # longer lines are prose, whatever they start with


@lru_cache(maxsize=1)
def _noise() -> dict:
    return load("normalise_noise.yaml", NOISE_SCHEMA)


def expand(pattern: str) -> str:
    """A YAML pattern with its ``{date}``/``{value}`` placeholders filled in."""
    for item in _noise()["placeholders"]:
        pattern = pattern.replace("{" + item["name"] + "}", item["pattern"])
    return pattern


@lru_cache(maxsize=1)
def noise_line_pattern() -> Pattern:
    """A whole line made of noise fields and separators."""
    body = "\n| ".join(f"(?: {expand(f['pattern'])} )" for f in _noise()["noise_fields"])
    sep = f"(?: {_noise()['separator']['pattern']} )"
    return compile_cue(rf"(?: {sep}* (?: {body} ) )+ {sep}*", regex.VERBOSE)


@lru_cache(maxsize=1)
def garbled_pattern() -> Pattern:
    items = _noise()["garbled"]
    body = "\n| ".join(f"(?: {item['pattern']} )" for item in items)
    return compile_cue(f"(?: {body} )", regex.VERBOSE)


@lru_cache(maxsize=1)
def garbled_needs() -> tuple[str, ...]:
    """The chars every ``garbled`` match holds one of (``tag.needs``): a question mark,
    U+FFFD or a tone-marked letter; a text lacking them all holds no match."""
    return needed_strings(garbled_pattern())


@lru_cache(maxsize=1)
def _noise_starts() -> CharSet | None:
    """The chars a noise line can start with (``patterns.start_chars``: every decimal digit
    spelt out, so that ``mark_noise_lines`` tests a line's first char by one lookup)."""
    return start_chars(noise_line_pattern())


def is_noise_line(content: str) -> bool:
    """True if the stripped line ``content`` is navigation or metadata only (the
    pattern is not run on a line starting with a char none of its matches starts with)."""
    return (len(content) <= MAX_NOISE_LINE and may_start(content, _noise_starts())
            and bool(noise_line_pattern().fullmatch(content)))


def mark_noise_lines(lines: list[Line]) -> None:
    """Set ``kind = "noise"`` on navigation and metadata lines (``is_noise_line``, its
    pattern and first chars looked up once per text, not once per line)."""
    first, pattern = _noise_starts(), noise_line_pattern()
    for line in lines:
        text = line.text
        # ``may_start`` inlined (a call per line costs more than the test)
        if (line.kind in ("text", "table") and len(text) <= MAX_NOISE_LINE
                and (first is None or text[0] in first) and pattern.fullmatch(text)):
            line.kind = "noise"


def drop_garbled(mt: MappedText) -> MappedText:
    """Delete lost-char marks around figures and pinyin glosses."""
    if not may_hold(mt.text, garbled_needs()):
        return mt
    return apply_edits(mt, [(*m.span(), "") for m in garbled_pattern().finditer(mt.text)
                            if m.end() > m.start()])
