"""Cue matches of one sentence, scanned once per cue and read by window.

``CueIndex(text).end_of_last(name, lo, hi)`` answers
``cues.end_of_last(name, text[lo:hi])`` from the matches of the cue over the
whole sentence.  The two agree when the pattern reads nothing outside its
own match (``cues.prefix_stable`` on the right, ``window_stable`` on the left)
and no whole-sentence match crosses ``lo`` or ``hi``; otherwise the window is
scanned itself.  ``masked`` gives the index of the sentence with a cue's
matches masked, which stands for a masked window under the same condition.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from shebao.link import cues

# What may make a pattern read before the start of its match: lookbehinds,
# conditionals, start anchors, word boundaries, inline flags (a reverse
# search among them).
LOOKS_BEHIND = regex.compile(r"\(\?<[=!]|\(\?\(|\(\?[a-zA-Z-]+[:)]|(?<![\[\\])\^|\\[AbBGmMK]")


def window_stable(pattern: str) -> bool:
    """Whether the matches of ``pattern`` within ``text[lo:hi]`` are those of
    ``text`` inside ``[lo, hi]`` whenever no match of ``text`` crosses ``lo``
    or ``hi``."""
    return cues.prefix_stable(pattern) and LOOKS_BEHIND.search(pattern) is None


@lru_cache(maxsize=None)
def _stable(name: str) -> bool:
    return window_stable(cues.cue(name).pattern)


class CueIndex:
    """The matches of each cue asked about over ``text``, found on first use."""

    __slots__ = ("text", "_spans", "_masked")

    def __init__(self, text: str):
        self.text = text
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._masked: dict[str, CueIndex] = {}

    def spans(self, name: str) -> list[tuple[int, int]]:
        found = self._spans.get(name)
        if found is None:
            found = self._spans[name] = cues.spans(name, self.text)
        return found

    def clean(self, name: str, lo: int, hi: int) -> bool:
        """Whether the window ``[lo, hi)`` reads cue ``name`` as the sentence does."""
        if not _stable(name):
            return False
        for a, b in self.spans(name):
            if a >= hi:
                break
            if a < lo < b or a < hi < b or a == b:
                return False  # a match crosses the window's edge (or is empty)
        return True

    def end_of_last(self, name: str, lo: int, hi: int) -> int:
        """``cues.end_of_last(name, text[lo:hi])``."""
        if not self.clean(name, lo, hi):
            return cues.end_of_last(name, self.text[lo:hi])
        end = -1
        for a, b in self.spans(name):
            if b > hi:
                break
            if a >= lo:
                end = b - lo
        return end

    def has(self, name: str, lo: int, hi: int) -> bool:
        """``cues.has(name, text[lo:hi])``."""
        if not self.clean(name, lo, hi):
            return cues.has(name, self.text[lo:hi])
        return any(a >= lo and b <= hi for a, b in self.spans(name))

    def masked(self, name: str) -> CueIndex:
        """The index of ``text`` with cue ``name`` masked (``cues.masked``)."""
        if not self.spans(name):
            return self
        found = self._masked.get(name)
        if found is None:
            found = self._masked[name] = CueIndex(cues.masked(name, self.text))
        return found
