"""Split a paragraph into sentences at 。！？ (and optionally ；).

A terminator inside a matched bracket or quote pair (（…） “…” 《…》 …) does
not split; an unmatched opening bracket (a pair torn apart by the PDF) is
ignored rather than swallowing the rest of the paragraph.  Closing quotes
and brackets right after a terminator stay with its sentence.  A decimal
point is never a terminator.  A sentence longer than
``limits().max_sentence_chars`` (no report writes one; a run-on line of
figures does) is cut after its last clause break (，；、) before the limit,
or at the limit: the linker reads each figure's sentence up to the figure,
so an unbounded sentence would cost its length squared.
"""

from __future__ import annotations

import re

import regex

from shebao.limits import limits
from shebao.records import Sentence
from shebao.stdre import compile_cue

TERMINATORS = "。！？!?"
SEMICOLONS = "；;"
CLAUSE_BREAKS = "，；、,;"  # where an over-long sentence is cut
PAIRS = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "【": "】", "〔": "〕", "[": "]", "「": "」"}
CLOSERS = set(PAIRS.values())

# A sentence terminator (no ；) or an opening or closing bracket or quote of
# PAIRS: one scan finds both (where a terminator lies inside a pair).
MARK = compile_cue(
    r"""
    [。！？!?]                       # TERMINATORS
    | [（）()“”‘’《》【】〔〕\[\]「」]    # an opener or a closer of PAIRS
    """,
    regex.VERBOSE,
)
# A terminator or a bracket of PAIRS, as MARK finds them, a terminator with the tail that
# stays with the sentence it ends (terminators and closers) in group 1, read by a
# lookahead: the tail's own marks are found by the scan too.  One set first (``re`` skips
# to its chars at once), the terminator told apart by a lookbehind read past it (an
# empty branch where it fails: group 1 then takes no part).  A bracket's ``m.end(1)`` is -1.
MARK_TAIL = compile_cue(
    r"""
    [。！？!?（）()“”‘’《》【】〔〕\[\]「」]            # a mark of MARK
    (?: (?<= [。！？!?] ) (?= ( [。！？!?）)”’》】〕\]」]* ) )   # a terminator: its tail
      | )
    """,
    regex.VERBOSE,
)
# The same, ； included (a terminator here, and in the tail).
MARK_TAIL_OR_SEMICOLON = compile_cue(
    r"""
    [。！？!?；;（）()“”‘’《》【】〔〕\[\]「」]
    (?: (?<= [。！？!?；;] ) (?= ( [。！？!?；;）)”’》】〕\]」]* ) )
      | )
    """,
    regex.VERBOSE,
)



def _stop_source(terminators: str) -> str:
    """A terminator of ``terminators`` and its tail (terminators and closers), as
    ``MARK_TAIL`` reads it."""
    tail = re.escape(terminators + "".join(PAIRS.values()))
    return f"[{re.escape(terminators)}][{tail}]*"


# The first terminator and its tail (built from the constants above).  Where that tail
# runs to the text's end (most paragraphs: one sentence, closed by its last marks),
# every terminator stands in it, so the text's end is the one cut whatever the brackets
# say: ``_cuts`` reads no marks there.
FIRST_STOP = re.compile(_stop_source(TERMINATORS))
FIRST_STOP_OR_SEMICOLON = re.compile(_stop_source(TERMINATORS + SEMICOLONS))


def protected(text: str) -> list[bool]:
    """For each character, whether it lies inside a matched bracket pair."""
    inside = [False] * len(text)
    marks = [(m.start(), m.group()) for m in MARK.finditer(text)]
    for first, end in _pair_spans([(i, ch) for i, ch in marks if ch not in TERMINATORS]):
        inside[first:end] = [True] * (end - first)
    return inside


def _pair_spans(brackets: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(first, end) of the inside of each matched pair among ``brackets``
    (position and char of each bracket, in order).

    A closer closes the innermost open bracket it pairs with, dropping the unmatched
    openers inside it.  The stack holds each open bracket's closer, so that a closer
    is compared with it directly, walking from the innermost (the stack is one or two
    deep: the walk mostly takes one step)."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (the closer of an open bracket, its position)
    for i, ch in brackets:
        closer = PAIRS.get(ch)
        if closer is not None:  # an opener
            stack.append((closer, i))
            continue
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == ch:  # close it, dropping unmatched openers inside it
                spans.append((stack[k][1] + 1, i))
                del stack[k:]
                break
    return spans


def _cuts(text: str, semicolon: bool) -> list[int]:
    """End positions (exclusive) of the sentences of ``text``."""
    first = (FIRST_STOP_OR_SEMICOLON if semicolon else FIRST_STOP).search(text)
    if first is None or first.end() == len(text):
        cuts = [len(text)]  # no terminator, or all of them in the last one's tail
    else:
        cuts = _marked_cuts(text, semicolon)
    size = limits().max_sentence_chars
    return _bounded(text, cuts, size) if 0 < size < len(text) else cuts


def _marked_cuts(text: str, semicolon: bool) -> list[int]:
    """``_cuts`` before bounding, read off the terminators and brackets."""
    stops: list[tuple[int, int]] = []  # a terminator and the end of its tail
    brackets: list[tuple[int, str]] = []
    for m in (MARK_TAIL_OR_SEMICOLON if semicolon else MARK_TAIL).finditer(text):
        tail_end = m.end(1)
        if tail_end < 0:  # no terminator: a bracket
            brackets.append((m.start(), m[0]))
        else:
            stops.append((m.start(), tail_end))
    spans = _pair_spans(brackets) if stops and brackets else []
    cuts: list[int] = []
    done = 0  # terminators before this were taken into a sentence's tail
    for i, tail_end in stops:
        if i < done or (spans and _inside(i, spans)):
            continue
        done = tail_end
        cuts.append(done)
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    return cuts


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``i`` lies inside one of ``spans``."""
    for a, b in spans:
        if a <= i < b:
            return True
    return False


def _bounded(text: str, cuts: list[int], size: int) -> list[int]:
    """``cuts`` with more cuts so that no sentence exceeds ``size`` characters (none
    can in a text of at most ``size``: the usual paragraph, not scanned)."""
    if size <= 0 or len(text) <= size or all(b - a <= size for a, b in zip([0, *cuts], cuts)):
        return cuts
    out, start = [], 0
    for cut in cuts:
        while cut - start > size:
            window = text[start + size // 2:start + size]
            breaks = [window.rfind(c) for c in CLAUSE_BREAKS]
            best = max(breaks)
            start = start + size // 2 + best + 1 if best >= 0 else start + size
            out.append(start)
        out.append(cut)
        start = cut
    return out


def split_sentences(text: str, offset: int = 0, *, semicolon: bool = False) -> tuple[Sentence, ...]:
    """Sentences of the paragraph ``text`` starting at ``offset`` in the normalised text.

    ``semicolon`` also splits at ；: off by default, since a ；-list usually
    shares the subject of its first clause ("其中：A…；B…").
    """
    out = []
    start = 0
    for cut in _cuts(text, semicolon):
        piece = text[start:cut]
        body = piece.strip()
        if body:
            # a piece without outer whitespace (most) is its own body: no lead to measure
            s = offset + start + (0 if body is piece else len(piece) - len(piece.lstrip()))
            out.append(Sentence(s, s + len(body), body))
        start = cut
    return tuple(out)
