"""Physical lines of a text: content spans and their kind.

Kinds: ``text`` (prose, headings, titles, table labels), ``table`` (a row
with TABs, figures only, or a line ending in two figures), ``page`` (a page number)
and ``header`` (a running header/footer); the last two are removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex
from shebao.stdre import compile_cue

NUMBER_ROW = compile_cue(r"""
    [-+]? \d [\d.,]* [%‰]?                 # a figure, maybe signed, maybe a percent
    (?: [ \u3000]+ [-+]? \d [\d.,]* [%‰]? )*   # more figures separated by spaces
""", regex.VERBOSE)

TRAILING_FIGURES = compile_cue(r"""
    [\d%‰] [ \u3000]+                    # a figure (or a cell ending in one), a gap
    [≥≤<>=]? [-+]? \d [\d.,]* [%‰]?       # then a last figure, maybe with a comparator
    $                                      # at the line end
""", regex.VERBOSE)

FIGURE_END = compile_cue(r"""
    [\d.,%‰]                            # the last char of both forms above
""", regex.VERBOSE)

EDGE_SPACE = " \u3000\xa0\r\f\v"  # stripped from line ends (TAB only outside table rows)
# A line's content: from its first char outside EDGE_SPACE to its last (a line of
# EDGE_SPACE only holds none); ``[^\n]*`` runs to the line end, then backs off.
_INNER = "[^" + re.escape(EDGE_SPACE) + "\n]"
CONTENT = re.compile(_INNER + "(?:[^\n]*" + _INNER + ")?")


@dataclass(slots=True)  # made per line: a slots record is built in less time
class Line:
    start: int  # content start (offset in the text)
    end: int  # content end
    text: str  # content, ends stripped
    kind: str = "text"
    after_form_feed: bool = False  # a \f stood right before the content


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their ends stripped; TAB rows keep their TABs.

    Each line's content is what ``CONTENT`` finds in it: the raw line stripped of
    ``EDGE_SPACE`` (``str.split`` and ``str.strip`` find them at a few instructions a
    char, a third of ``CONTENT``'s scan, and make no match objects)."""
    lines: list[Line] = []
    prev_end = 0
    feeds = "\f" in text
    pos = 0  # where the raw line starts
    for raw in text.split("\n"):
        if not raw:  # the blank line between two paragraphs (about half): nothing to strip
            pos += 1
            continue
        content = raw.strip(EDGE_SPACE)
        if not content:
            pos += len(raw) + 1
            continue
        # a line without edge spaces (most) is its own content: no lead to measure
        start = pos if content is raw else pos + len(raw) - len(raw.lstrip(EDGE_SPACE))
        end = start + len(content)
        pos += len(raw) + 1
        if "\t" in content:
            if not content.strip("\t"):
                continue
            kind = "table"
        else:
            ends = _FIGURE_ENDS.get(content[-1])
            if ends is None:
                ends = _figure_end(content[-1])
            kind = "table" if ends and _is_row(content) else "text"
        feed = feeds and "\f" in text[prev_end:start]
        # most lines are text after no form feed: kind and after_form_feed left at their
        # defaults there (keywords take about twice as long per line)
        if kind == "text" and not feed:
            lines.append(Line(start, end, content))
        else:
            lines.append(Line(start, end, content, kind=kind, after_form_feed=feed))
        prev_end = end
    return lines


def is_figure_row(content: str) -> bool:
    """Figures only, or a line ending in two space-separated figures."""
    if not FIGURE_END.match(content, len(content) - 1):
        return False  # most lines: no scan of the whole line for trailing figures
    return _is_row(content)


def _is_row(content: str) -> bool:
    """``is_figure_row`` of a line ending in a ``FIGURE_END`` char."""
    return bool(NUMBER_ROW.fullmatch(content) or TRAILING_FIGURES.search(content))


# Whether a char is a FIGURE_END char, for the chars seen so far (a few thousand in all
# reports): split_lines reads each line's last char here, not by a match per line.
_FIGURE_ENDS: dict[str, bool] = {}


def _figure_end(ch: str) -> bool:
    ends = _FIGURE_ENDS[ch] = FIGURE_END.match(ch) is not None
    return ends


def display_width(text: str) -> int:
    """Width in half-width cells, spaces ignored (CJK chars count 2)."""
    return len(text.replace(" ", "").encode("gb18030", "replace"))


def display_widths(texts: list[str]) -> list[int]:
    """``display_width`` of each of ``texts`` (no line breaks in them), encoded at once:
    no GB 18030 byte sequence holds the byte of a line break, so the encoded lines
    split apart again at theirs."""
    if not texts:
        return []
    encoded = "\n".join(texts).replace(" ", "").encode("gb18030", "replace")
    return [len(b) for b in encoded.split(b"\n")]
