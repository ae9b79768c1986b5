"""Paragraph spans of a normalised text (one paragraph per line)."""

from __future__ import annotations

from dataclasses import dataclass

from shebao.quickinit import mypyc_attr, quick_init, quick_maker


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class Line:
    """A non-blank line of the normalised text, trimmed of outer whitespace."""

    start: int
    end: int
    text: str
    tabbed: bool = False  # the raw line held a tab (a grid row)


_make_line = quick_maker(Line)  # a grid row's Line, its keyword without a dict


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its offsets (whitespace trimmed)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            # a line without outer whitespace (most) is its own strip: no lead to measure
            start = pos if stripped is raw else pos + len(raw) - len(raw.lstrip())
            # a grid row only names ``tabbed``: most lines leave it at its default (a
            # class called with a keyword builds a dict of them, about 2.4 K instructions;
            # the maker takes it without one)
            if "\t" in raw:
                out.append(_make_line(start, start + len(stripped), stripped, tabbed=True))
            else:
                out.append(Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def squash(text: str) -> str:
    """``text`` without any whitespace (titles, section keys)."""
    return "".join(text.split())
