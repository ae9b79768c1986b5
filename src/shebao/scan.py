"""The nearest of several marks before or after an offset, at the cost of the distance to it.

``min(text.find(m, pos) for m in marks)`` reads to the end of the text for
each mark the text lacks after ``pos`` (a ``；`` a report never writes):
called once per figure or cue of a long report, that is quadratic time.
``first_of`` and ``last_of`` search windows that double in size from the
offset, so a search costs about the distance to the mark found; the answer
is the same.  ``positions`` lists every mark of a text once, for bisecting
when the nearest mark may stand anywhere before the offset.
"""

from __future__ import annotations

import re

from shebao.textcache import text_cache

FIRST_WINDOW = 64  # characters searched first; each later window is twice as large


def first_of(text: str, marks: str, pos: int) -> int:
    """The least ``text.find(m, pos)`` over the marks (characters) ``m`` found, else -1."""
    lo, size = pos, FIRST_WINDOW
    while lo < len(text):
        hi = min(lo + size, len(text))
        found = [i for i in (text.find(m, lo, hi) for m in marks) if i >= 0]
        if found:
            return min(found)
        lo, size = hi, size * 2
    return -1


def last_of(text: str, marks: str, end: int, start: int = 0) -> int:
    """The greatest ``text.rfind(m, start, end)`` over the marks (characters) ``m``, else -1."""
    end = min(end, len(text))
    hi, size = end, FIRST_WINDOW
    while hi > start:
        lo = max(hi - size, start)
        found = max(text.rfind(m, lo, hi) for m in marks)
        if found >= 0:
            return found
        hi, size = lo, size * 2
    return -1


@text_cache(maxsize=4)
def positions(text: str, marks: str) -> list[int]:
    """The offsets of every mark (character of ``marks``) in ``text``, ascending
    (computed once per text: the caller bisects it for each offset)."""
    return [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
