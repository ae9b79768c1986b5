"""Split a paragraph into sentences at 。！？ (and optionally ；).

A terminator inside a matched bracket or quote pair (（…） “…” 《…》 …) does
not split; an unmatched opening bracket (a pair torn apart by the PDF) is
ignored rather than swallowing the rest of the paragraph.  Closing quotes
and brackets right after a terminator stay with its sentence.  A decimal
point is never a terminator.
"""

from __future__ import annotations

from shebao.records import Sentence

TERMINATORS = "。！？!?"
SEMICOLONS = "；;"
PAIRS = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "【": "】", "〔": "〕", "[": "]", "「": "」"}
CLOSERS = set(PAIRS.values())


def protected(text: str) -> list[bool]:
    """For each character, whether it lies inside a matched bracket pair."""
    inside = [False] * len(text)
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in CLOSERS:
            open_at = [k for k, (o, _) in enumerate(stack) if PAIRS[o] == ch]
            if open_at:  # close it, dropping unmatched openers inside it
                k = open_at[-1]
                for j in range(stack[k][1] + 1, i):
                    inside[j] = True
                del stack[k:]
        elif ch in PAIRS:
            stack.append((ch, i))
    return inside


def _cuts(text: str, ends: str) -> list[int]:
    """End positions (exclusive) of the sentences of ``text``."""
    inside = protected(text)
    cuts = []
    i = 0
    while i < len(text):
        if text[i] in ends and not inside[i]:
            j = i + 1
            while j < len(text) and (text[j] in ends or text[j] in CLOSERS):
                j += 1
            cuts.append(j)
            i = j
        else:
            i += 1
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    return cuts


def split_sentences(text: str, offset: int = 0, *, semicolon: bool = False) -> tuple[Sentence, ...]:
    """Sentences of the paragraph ``text`` starting at ``offset`` in the normalised text.

    ``semicolon`` also splits at ；: off by default, since a ；-list usually
    shares the subject of its first clause ("其中：A…；B…").
    """
    ends = TERMINATORS + (SEMICOLONS if semicolon else "")
    out = []
    start = 0
    for cut in _cuts(text, ends):
        piece = text[start:cut]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            s = offset + start + lead
            out.append(Sentence(s, s + len(body), body))
        start = cut
    return tuple(out)
