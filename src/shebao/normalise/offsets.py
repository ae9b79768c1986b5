"""Normalised text that remembers, per character, the source span it came from.

Every repair is a list of edits (keep / delete span / replace span) applied
with :func:`apply_edits`, which composes the character map so that offsets
into the normalised text always convert back to the decoded source.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import lru_cache


# The maps' item type: a C int, four bytes an offset (a text is far shorter than 2**31
# chars): every edit copies both maps, and half the bytes cost half the copying.
MAP_TYPE = "i"


@lru_cache(maxsize=4)
def _counting(size: int) -> array:
    """0, 1, …, size - 1 (shared: slice it, never change it)."""
    return array(MAP_TYPE, range(size))


def _range(start: int, stop: int) -> array:
    """``array(MAP_TYPE, range(start, stop))`` for 0 <= start <= stop, by slicing."""
    size = 1 << max(stop, 1).bit_length()  # a power of two > stop: few sizes cached
    return _counting(size)[start:stop]


def _han(ch: str) -> bool:
    """A CJK ideograph (the blocks OpenCC converts)."""
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


@dataclass(frozen=True)
class MappedText:
    """``text`` derived from ``source``; char ``i`` came from ``source[starts[i]:ends[i]]``."""

    text: str
    source: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)
    # whether traditional script was read as simplified (in_source_script
    # has nothing to put back otherwise)
    converted: bool = True
    _shown: dict = field(default_factory=dict, repr=False, compare=False)  # spans converted

    @classmethod
    def identity(cls, source: str, text: str | None = None) -> MappedText:
        """Map ``text`` (default ``source``, same length) one char to one char."""
        text = source if text is None else text
        if len(text) != len(source):
            raise ValueError("identity map needs texts of equal length")
        return cls(text, source, _range(0, len(text)), _range(1, len(text) + 1))

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering the normalised span ``[start, end)``."""
        n = len(self.text)
        if 0 <= start < end <= n:  # a span of chars (most calls): read off both maps
            return self.starts[start], self.ends[end - 1]
        if not 0 <= start <= end <= n:
            raise IndexError(f"span {start}:{end} outside 0:{n}")
        pos = self.starts[start] if start < n else (self.ends[n - 1] if n else 0)
        return pos, pos  # an empty span

    def in_source_script(self, start: int, end: int) -> str:
        """``text[start:end]`` with every script-converted char back in its source form.

        A char mapped one to one from a source char, both Han and different,
        was converted from traditional script (the other repairs never turn
        one Han char into another), so the source char is put back; layout
        repairs (joined lines, dropped spaces, folded digits) stay.  Spans
        are remembered (every fact of a sentence asks for that sentence), so
        a long sentence with many figures is converted once, not per figure.
        """
        shown = self._shown.get((start, end))
        if shown is None:
            shown = self._shown[start, end] = self._in_source_script(start, end)
        return shown

    def _in_source_script(self, start: int, end: int) -> str:
        text, source, starts, ends = self.text, self.source, self.starts, self.ends
        if not self.converted:
            return text[start:end]
        out = []
        for i in range(start, end):
            ch, s = text[i], starts[i]
            if ends[i] - s == 1 and source[s] != ch and _han(ch) and _han(source[s]):
                ch = source[s]
            out.append(ch)
        return "".join(out)


@dataclass
class EditBuilder:
    """Collect non-overlapping edits on a text; unedited text is kept."""

    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def delete(self, start: int, end: int) -> None:
        if end > start:
            self.edits.append((start, end, ""))

    def replace(self, start: int, end: int, text: str) -> None:
        if end <= start:
            raise ValueError("insertion is not an edit: replace a non-empty span")
        self.edits.append((start, end, text))


def apply_edits(mt: MappedText, edits: list[tuple[int, int, str]], *,
                in_order: bool = False) -> MappedText:
    """Apply ``edits`` (spans of ``mt.text``) and compose the map.

    ``in_order``: the edits are already sorted (reflow and space repair make them so), so
    they are not sorted again; edits out of order then raise, as overlapping ones do.

    A replacement of equal length maps char to char; otherwise every new
    char maps to the whole replaced span.  The new text and both maps are
    joined once from their pieces (the maps' pieces are views of the old
    maps' memory, no copies).  A one-char replacement (a paragraph's end made
    one "\n") adds no piece of its own: its char starts where the span
    starts and ends where it ends, so the run of the starts map before it
    takes in the span's first start, and the run of the ends map after it
    opens with the span's last end.
    """
    if not edits:
        return mt
    old = mt.text
    starts, ends = memoryview(mt.starts), memoryview(mt.ends)
    parts: list[str] = []
    start_parts: list = []
    end_parts: list = []
    # the text is copied up to ``pos``, the starts map up to ``kept``, the ends map up to
    # ``kept_end`` (one less than ``kept`` after a one-char replacement)
    pos = kept = kept_end = 0
    for start, end, repl in (edits if in_order else sorted(edits)):
        if start < pos:
            raise ValueError(f"overlapping edit at {start}")
        parts.append(old[pos:start])
        if not repl:  # a deletion (most edits): the maps skip its span, no piece added
            start_parts.append(starts[kept:start])
            end_parts.append(ends[kept_end:start])
            pos = kept = kept_end = end
            continue
        parts.append(repl)
        pos = end
        size = len(repl)
        if size == end - start:
            continue  # char to char: the maps run on through it
        if size == 1:
            start_parts.append(starts[kept:start + 1])
            end_parts.append(ends[kept_end:start])
            kept, kept_end = end, end - 1
            continue
        start_parts.append(starts[kept:start])
        end_parts.append(ends[kept_end:start])
        start_parts.append(array(MAP_TYPE, [starts[start]]).tobytes() * size)
        end_parts.append(array(MAP_TYPE, [ends[end - 1]]).tobytes() * size)
        kept = kept_end = end
    parts.append(old[pos:])
    start_parts.append(starts[kept:])
    end_parts.append(ends[kept_end:])
    return MappedText(text="".join(parts), source=mt.source, starts=_joined(start_parts),
                      ends=_joined(end_parts))


def _joined(pieces: list) -> array:
    out = array(MAP_TYPE)
    out.frombytes(b"".join(pieces))
    return out
