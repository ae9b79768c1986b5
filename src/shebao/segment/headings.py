"""Heading detection and the heading tree.

A heading is a short paragraph (<= 40 characters) opening with a marker
(一、 （一） 1. （1） ①, see ``resources/segment_markers.yaml``), with no
sentence break before its end, no money or percent figure, and not a whole
clause-sentence ending in 。.  A longer numbered paragraph is body text;
when its first clause reads as a label ("（1）征缴收入：…") that label, as
written with its marker, acts as a heading for the paragraph itself and
for those under it.  A heading's own ``section`` excludes itself.

Levels follow marker families, nested in the order a report first uses
them: a new family opens one level deeper; an open family's next item
closes its sibling and everything deeper.  A list restarting at 1 under an
item of the same family nests instead.  A numbered body paragraph without
a label still takes its level (so "2、…" closes "1、…") but adds nothing
to ``section``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from shebao.quickinit import mypyc_attr, quick_init, quick_maker
from shebao.records import Paragraph
from shebao.segment.cues import cue, marker_alternation
from shebao.segment.lines import Line
from shebao.segment.sentences import split_sentences
from shebao.stdre import Pattern
from shebao.tag.needs import start_chars
from shebao.tag.numbers import digits, multipliers
from shebao.textcache import text_cache

HEADING_MAX = 40  # longest heading, in characters
LABEL_MAX = 20  # longest label of a numbered paragraph
BREAKS = "。！？；;!?"
COLONS = "：:"
CIRCLED_ONE = ord("①")
NOT_ASCII_DIGIT = re.compile("[^0-9]")  # what number_of drops to read "（12）" as 12
CIRCLED = re.compile("[①-⑳]")  # circled numbers 1 to 20
BREAK_CHAR = re.compile("[" + re.escape(BREAKS) + "]")


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class Mark:
    """A heading marker found at the start of a paragraph."""

    family: str
    end: int  # where the marker ends in the paragraph
    number: int | None  # the item number (1 for 一、 （1） ①), if read


def number_of(marker: str) -> int | None:
    """The item number a marker writes (一、→1, （12）→12, ③→3)."""
    digits = NOT_ASCII_DIGIT.sub("", marker)
    if digits:
        return int(digits)
    circled = CIRCLED.search(marker)
    if circled:
        return ord(circled.group()) - CIRCLED_ONE + 1
    return _chinese_number(marker)


def _chinese_number(marker: str) -> int | None:
    """The number of a Chinese-numeral marker up to 99 (三、→3, 十二、→12, 二十→20)."""
    ten, values = _ten(), digits()
    cn = "".join(ch for ch in marker if ch in values or ch == ten)
    if not cn:
        return None
    if ten not in cn:
        return values[cn[-1]]
    tens, _, ones = cn.partition(ten)
    return (values[tens] if tens else 1) * 10 + (values[ones] if ones else 0)


@lru_cache(maxsize=1)
def _ten() -> str:
    """The numeral for ten (read once, not per marker)."""
    return next(c for c, v in multipliers().items() if v == 10)


def marker_of(text: str) -> Mark | None:
    """The heading marker opening ``text``, if any (the first family, in file order, that matches)."""
    pattern, families, first = _markers()
    if not text or not (first is None or text[0] in first):
        return None  # no marker starts so (most paragraphs): the pattern is not run
    found = pattern.match(text)
    if found is None:
        return None
    branch = found.lastgroup  # the branch ``mK`` that matched (it closes last)
    return None if branch is None else _mark(branch, found[0])


@lru_cache(maxsize=1)
def _markers() -> tuple[Pattern, tuple[str, ...], frozenset[str] | None]:
    """``marker_alternation`` and the chars a marker can start with (``tag.needs.start_chars``:
    every decimal digit spelt out; None: unknown, every paragraph is matched)."""
    pattern, families = marker_alternation()
    return pattern, families, start_chars(pattern)


@text_cache(maxsize=1024)  # a report writes the same few markers ("1.", "（二）") again and again
def _mark(branch: str, written: str) -> Mark:
    """The mark of the marker ``written`` (all of its match) found by the branch ``mK``."""
    return Mark(_markers()[1][int(branch[1:])], len(written), number_of(written))


def is_heading(text: str) -> bool:
    """Whether the paragraph ``text`` is a heading."""
    return _is_heading(text, marker_of(text))


def _is_heading(text: str, mark: Mark | None) -> bool:
    """``is_heading`` for ``text`` opening with ``mark`` (None: no marker)."""
    if mark is None or len(text) > HEADING_MAX:
        return False
    body = text[mark.end:].rstrip()
    if BREAK_CHAR.search(body[:-1]) or cue("heading_figure").search(body):
        return False
    if body.endswith("。") and ("，" in body or "," in body):
        return False  # a whole sentence of clauses: body text
    colon = min((body.find(c) for c in COLONS if c in body), default=-1)
    return colon < 0 or not body[colon + 1:].strip()


def label_of(text: str) -> str | None:
    """The label of a numbered body paragraph, as written with its marker."""
    return _label_of(text, marker_of(text))


def _label_of(text: str, mark: Mark | None) -> str | None:
    """``label_of`` for ``text`` opening with ``mark`` (None: no marker)."""
    if mark is None:
        return None
    end = cue("label_end").search(text, mark.end)
    if end is None or end.group() not in COLONS + "。":
        return None
    label = text[mark.end:end.start()].strip()
    if not label or len(label) > LABEL_MAX or any(ch.isdigit() for ch in label):
        return None
    return text[:end.start()].strip()


def heading_text(text: str) -> str:
    """The text a heading paragraph adds to ``section`` (wraps removed)."""
    return text.replace("\n", "")


def _merge_tails(lines: list[Line], text: str) -> list[tuple[Line, bool, Mark | None]]:
    """Lines with a wrapped heading tail joined to its heading, each with whether
    it is a heading and its marker."""
    out: list[tuple[Line, bool, Mark | None]] = []
    for line in lines:
        mark = marker_of(line.text)
        if out and out[-1][1] and cue("heading_tail").match(line.text):
            head = out[-1][0]
            if head.text[-1] not in BREAKS and mark is None:
                joined = Line(head.start, line.end, text[head.start:line.end])
                out[-1] = (joined, True, marker_of(joined.text))
                continue
        # a line without a marker (about half) is no heading: ``_is_heading`` not called
        out.append((line, mark is not None and _is_heading(line.text, mark), mark))
    return out


def _open(stack: list[tuple[Mark, str | None]], mark: Mark, text: str | None) -> None:
    """Open the level of ``mark``: close its earlier sibling and all deeper levels.

    The sibling is the innermost open item of the same family numbered one
    less ("2、" closes "1、"), else the innermost of that family.  An item
    numbered 1 with no such sibling restarts a list under an open item of
    the same family (a heading "1.…" then body items "1.…", "2.…") and
    nests one level deeper.
    """
    innermost = None  # the innermost open item of the family
    # one walk from the innermost (the stack is a few deep), not two lists of indices
    for k in range(len(stack) - 1, -1, -1):
        open_mark = stack[k][0]
        if open_mark.family != mark.family:
            continue
        if innermost is None:
            innermost = k
        if mark.number and open_mark.number == mark.number - 1:
            del stack[k:]  # the sibling
            break
    else:
        if innermost is not None and mark.number != 1:
            del stack[innermost:]
    stack.append((mark, text))


# a Paragraph by keyword without the class call's dict of keywords (one per line)
_make_paragraph = quick_maker(Paragraph)


def outline(
    lines: list[Line], text: str, anchors: Sequence[int] = ()
) -> tuple[list[Paragraph], list[tuple[str, ...]]]:
    """Paragraphs of ``lines`` with their section paths, and the path at each anchor offset."""
    stack: list[tuple[Mark, str | None]] = []
    paragraphs: list[Paragraph] = []
    pending = sorted(range(len(anchors)), key=lambda k: anchors[k])
    at_anchor: list[tuple[str, ...]] = [()] * len(anchors)

    current: tuple[str, ...] = ()  # the path of ``stack``, rebuilt when it changes
    for line, heading, mark in _merge_tails(lines, text):
        while pending and anchors[pending[0]] <= line.start:
            at_anchor[pending.pop(0)] = current
        if heading and mark is not None:  # a heading always has a marker (is_heading)
            _open(stack, mark, heading_text(line.text))
            section = tuple([t for _, t in stack[:-1] if t])
            own = stack[-1][1]
            current = section + (own,) if own else section
        elif mark is not None:
            _open(stack, mark, _label_of(line.text, mark))
            section = current = tuple([t for _, t in stack if t])
        else:
            section = current
        sentences = split_sentences(line.text, line.start)
        paragraphs.append(_make_paragraph(line.start, line.end, line.text, section=section,
                                          is_heading=heading, sentences=sentences))
    for k in pending:
        at_anchor[k] = current
    return paragraphs, at_anchor
