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

import regex

from shebao.limits import limits
from shebao.records import Sentence
from shebao.stdre import compile_cue

TERMINATORS = "。！？!?"
SEMICOLONS = "；;"
CLAUSE_BREAKS = "，；、,;"  # where an over-long sentence is cut
PAIRS = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "【": "】", "〔": "〕", "[": "]", "「": "」"}
CLOSERS = set(PAIRS.values())

# Any opening or closing bracket or quote of PAIRS.
BRACKET = compile_cue(
    r"""
    [（）()“”‘’《》【】〔〕\[\]「」]    # an opener or a closer of PAIRS
    """,
    regex.VERBOSE,
)
# A sentence terminator (no ；).
END = compile_cue(
    r"""
    [。！？!?]                       # TERMINATORS
    """,
    regex.VERBOSE,
)
# A sentence terminator, ； included.
END_OR_SEMICOLON = compile_cue(
    r"""
    [。！？!?；;]                    # TERMINATORS and SEMICOLONS
    """,
    regex.VERBOSE,
)
# Terminators and closers that stay with the sentence just ended.
TAIL = compile_cue(
    r"""
    [。！？!?）)”’》】〕\]」]*         # TERMINATORS and CLOSERS
    """,
    regex.VERBOSE,
)
# The same, ； included.
TAIL_OR_SEMICOLON = compile_cue(
    r"""
    [。！？!?；;）)”’》】〕\]」]*       # TERMINATORS, SEMICOLONS and CLOSERS
    """,
    regex.VERBOSE,
)


def protected(text: str) -> list[bool]:
    """For each character, whether it lies inside a matched bracket pair."""
    inside = [False] * len(text)
    stack: list[tuple[str, int]] = []
    for m in BRACKET.finditer(text):  # only brackets matter
        ch, i = m.group(), m.start()
        if ch in CLOSERS:
            open_at = [k for k, (o, _) in enumerate(stack) if PAIRS[o] == ch]
            if open_at:  # close it, dropping unmatched openers inside it
                k = open_at[-1]
                first = stack[k][1] + 1
                inside[first:i] = [True] * (i - first)
                del stack[k:]
        elif ch in PAIRS:
            stack.append((ch, i))
    return inside


def _cuts(text: str, semicolon: bool) -> list[int]:
    """End positions (exclusive) of the sentences of ``text``."""
    ends, tail = (END_OR_SEMICOLON, TAIL_OR_SEMICOLON) if semicolon else (END, TAIL)
    inside: list[bool] | None = None  # computed at the first terminator
    cuts: list[int] = []
    done = 0  # terminators before this were taken into a sentence's tail
    for m in ends.finditer(text):
        i = m.start()
        if i < done:
            continue
        if inside is None:
            inside = protected(text)
        if inside[i]:
            continue
        closing = tail.match(text, i + 1)  # always matches: the tail may be empty
        done = closing.end() if closing else i + 1
        cuts.append(done)
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    return _bounded(text, cuts, limits().max_sentence_chars)


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
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            s = offset + start + lead
            out.append(Sentence(s, s + len(body), body))
        start = cut
    return tuple(out)
