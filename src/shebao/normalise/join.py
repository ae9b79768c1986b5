"""Reflow: decide whether a line continues on the next one.

PDF extraction hard-wraps paragraphs at the page width.  A line is a wrap
(joined to the next) when it is "full": its width plus the first token of
the next line reaches ``FULL_SHARE`` of the typical line width around it
(a high percentile of nearby widths); a figure that did not fit moves whole
to the next line, hence the token.  Lines at least ``LONG_WIDTH`` wide or
holding a sentence end inside are prose, so they join too (files with one
line per paragraph wrap only at page breaks).  Headings, titles, table
labels and last lines of paragraphs are short and stay on their own line.
A line ending in a figure whose unit rest opens the next line ("1016.07 万"
/ "元，…") always joins, whatever its width.  A table caption ("…情况表")
never joins the next line, and a unit line ("单位：万元") starts its own.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import NamedTuple

import regex

from shebao.normalise.lines import Line, display_width, display_widths
from shebao.normalise.patterns import LineCues, line_cues
from shebao.stdre import compile_cue
from shebao.tag.needs import may_hold, start_chars

FULL_SHARE = 0.88
LONG_WIDTH = 80  # 40 CJK chars: no heading or title is that long
MIN_SAMPLE_WIDTH = 16  # narrower lines (labels, cells) say nothing of the page width
WINDOW = 20  # lines on each side used to estimate the width
PERCENTILE = 0.8
UNIT_TAIL = 24  # chars of each line looked at for a figure cut from its unit

FIRST_TOKEN = compile_cue(r"""
    [-+]? [0-9A-Za-z.,%]+     # a figure or word that wraps as a whole
  | \S                        # else one character
""", regex.VERBOSE)

HEADING_PUNCTUATION = compile_cue(r"""
    [，。；,;]       # sentence punctuation: a line holding it is not a bare heading
""", regex.VERBOSE)

SENTENCE_END_INSIDE = compile_cue(r"""
    [。；！？] .     # a sentence ends and more text follows on the line
""", regex.VERBOSE)


class Shape(NamedTuple):
    """What ``continues`` reads of a text line, worked out once per line (a
    tuple: one per line, made in the hot loop)."""

    width: int  # display width
    heading: bool  # opens with a heading marker


NO_SHAPE = Shape(width=0, heading=False)
_SHAPE_OF_PAIR = partial(tuple.__new__, Shape)  # (width, heading) -> Shape


def shapes(lines: list[Line]) -> list[Shape]:
    """The shape of each text line (``NO_SHAPE`` for the other kinds)."""
    texts = [line.text for line in lines if line.kind == "text"]
    match, first = line_cues().heading.match, _heading_starts()
    # a match is true, None false; the pattern is run only on a line opening with a char
    # a heading marker can start with (most lines: a Han char of the prose)
    headings = [t[0] in first and bool(match(t)) for t in texts] if first is not None \
        else map(bool, map(match, texts))
    # (width, heading) pairs made Shapes in C, as Shape(width=…, heading=…) would make them
    next_shape = map(_SHAPE_OF_PAIR, zip(display_widths(texts), headings)).__next__
    return [next_shape() if line.kind == "text" else NO_SHAPE for line in lines]


@lru_cache(maxsize=1)
def _heading_starts() -> frozenset[str] | None:
    """The chars a heading marker can start with (``patterns.start_chars``; None: unknown,
    every line is matched)."""
    return start_chars(line_cues().heading)


def typical_widths(lines: list[Line], shaped: list[Shape] | None = None) -> list[int]:
    """For each line, the estimated wrap width of its region."""
    shaped = shapes(lines) if shaped is None else shaped
    usable = [s.width if s.width >= MIN_SAMPLE_WIDTH else 0 for s in shaped]
    overall = _percentile(sorted(filter(None, usable)))  # the usable widths: not 0
    out: list[int] = []
    block = 8
    for b in range(0, len(lines), block):
        sample = sorted(filter(None, usable[max(0, b - WINDOW): b + block + WINDOW]))
        width = _percentile(sample) if len(sample) >= 5 else overall
        out.extend([width] * min(block, len(lines) - b))
    return out


def _percentile(values: list[int]) -> int:
    """The ``PERCENTILE`` of ``values`` (sorted)."""
    if not values:
        return LONG_WIDTH
    return values[min(len(values) - 1, int(len(values) * PERCENTILE))]


def continues(a: Line, b: Line, width: int, shape_a: Shape | None = None,
              shape_b: Shape | None = None) -> bool:
    """True if line ``a`` wraps into line ``b`` (join them); their shapes when known."""
    if a.kind != "text" or b.kind != "text":
        return False
    sa = shape_a or shapes([a])[0]
    sb = shape_b or shapes([b])[0]
    return wraps(a, b, width, sa, sb, line_cues(), "\n" in a.text or "\n" in b.text)


def wraps(a: Line, b: Line, width: int, sa: Shape, sb: Shape, cues: LineCues,
          breaks_inside: bool = False) -> bool:
    """``continues`` for two text lines and their shapes (``breaks_inside``: a "\\n"
    inside either text; never in the lines of ``split_lines``).

    A table caption ending ``a`` or a unit line opening ``b`` never joins, whatever
    else holds: they are tested last, where the rest says the lines join (about
    half the pairs), each behind a cheap gate (the chars a caption needs, the
    chars a unit line can start with)."""
    text_a = a.text
    last = text_a[-1]
    split_end = _SPLIT_ENDS.get(last)
    if split_end is None:
        split_end = _split_end(last, cues)
    if not ((split_end or breaks_inside) and _unit_split(text_a, b.text, cues)):
        if sb.heading or last in cues.terminal:
            return False
        text_b = b.text
        first = text_b[:1]  # the first token's width (``_first_width``, its cache read here)
        first_width = _FIRST_WIDTHS.get(first) if first >= "\x80" else None
        if first_width is None:
            first_width = _first_width(text_b)
        full = sa.width + first_width >= FULL_SHARE * width
        if sa.heading:
            if not (full and last not in "：:" and _heading_goes_on(a, b, sb.width, width)):
                return False
        elif last in "：:":
            if not full:
                return False
        elif not (last in cues.continuation or full or sa.width >= LONG_WIDTH
                  or SENTENCE_END_INSIDE.search(text_a)):
            return False
    if may_hold(text_a, cues.caption_needs) and cues.caption.fullmatch(text_a):
        return False
    own = cues.own_line_first  # every decimal digit spelt out: one lookup
    return not ((own is None or b.text[0] in own) and cues.own_line.match(b.text))


# Whether a line ending in a char may end in the part of a ``unit_split`` match before
# its break (``LineCues.unit_split_end``; true for every char when that is unknown), for
# the chars seen: continues reads it by the last char, not by a match per pair of lines.
_SPLIT_ENDS: dict[str, bool] = {}


def _split_end(ch: str, cues: LineCues) -> bool:
    ends = cues.unit_split_end
    known = _SPLIT_ENDS[ch] = ends is None or ends.match(ch) is not None
    return known


def _unit_split(text_a: str, text_b: str, cues: LineCues) -> bool:
    """A figure ending ``text_a`` (a line) whose unit opens ``text_b`` (the next line),
    looked for in their last and first ``UNIT_TAIL`` chars.  Most lines end in a char no
    match holds before the break: no search then, nor slices (unless a "\\n" inside
    either text gives a match another break to hold)."""
    ends = cues.unit_split_end
    if (ends is not None and ends.match(text_a, len(text_a) - 1) is None
            and "\n" not in text_a and "\n" not in text_b):
        return False
    return cues.unit_split.search(text_a[-UNIT_TAIL:] + "\n" + text_b[:UNIT_TAIL]) is not None


def _heading_goes_on(a: Line, b: Line, b_width: int, width: int) -> bool:
    """A full heading line goes on into ``b`` if ``b`` is its short tail or a wrapped figure."""
    if HEADING_PUNCTUATION.search(a.text):
        return True  # a numbered paragraph, not a bare heading
    if b_width < FULL_SHARE * width:
        return True
    return bool(b.text[0].isdigit() and not line_cues().paragraph_start.match(b.text))


# The width of the first token of a line opening with a char above ASCII, by that char:
# the token is that char alone (a figure or word token opens with an ASCII char), or none.
_FIRST_WIDTHS: dict[str, int] = {}


def _first_width(text: str) -> int:
    """The display width of the first token of ``text`` (a figure that did not fit)."""
    first = text[:1]
    if first >= "\x80":
        known = _FIRST_WIDTHS.get(first)
        if known is None:
            known = _FIRST_WIDTHS[first] = _token_width(first)
        return known
    return _token_width(text)


def _token_width(text: str) -> int:
    token = FIRST_TOKEN.match(text)
    return display_width(token.group()) if token else 0
