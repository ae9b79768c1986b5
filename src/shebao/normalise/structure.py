"""Line-structure repair: one paragraph per line, page furniture removed."""

from __future__ import annotations

from shebao.normalise.join import Shape, shapes, typical_widths, wraps
from shebao.normalise.lines import Line, split_lines
from shebao.normalise.noise import mark_noise_lines
from shebao.normalise.offsets import MappedText, apply_edits
from shebao.normalise.patterns import line_cues
from shebao.normalise.pages import mark_page_numbers, mark_running_headers


def reflow(mt: MappedText) -> MappedText:
    """Join wrapped lines, drop blank lines, page numbers, running headers and noise lines.

    Paragraphs end up separated by exactly one "\\n", which maps to the first
    line break after the paragraph in the source.  A dropped noise line
    (navigation, metadata) always ends the paragraph before it.
    """
    text = mt.text
    lines = split_lines(text)
    mark_noise_lines(lines)
    mark_page_numbers(lines)
    mark_running_headers(lines)
    shaped = shapes(lines)
    widths = typical_widths(lines, shaped)
    kept, breaks = _kept(lines, widths, shaped)
    if not kept:
        return apply_edits(mt, [(0, len(text), "")] if text else [])
    edits = _joins(text, kept, breaks)
    return apply_edits(mt, edits, in_order=True)  # _joins appends them in order


def _joins(text: str, kept: list[tuple[Line, int, Shape]], breaks: set[int],
           ) -> list[tuple[int, int, str]]:
    """The edits of ``reflow`` (as ``EditBuilder`` would collect them, appended in
    order, but for no-op ones): the gaps between joined lines deleted, a paragraph's
    end made one "\n" (where more than its "\n" follows it)."""
    edits: list[tuple[int, int, str]] = []
    add = edits.append
    cues = line_cues()
    if kept[0][0].start > 0:
        add((0, kept[0][0].start, ""))
    for i, ((a, width, sa), (b, _, sb)) in enumerate(zip(kept, kept[1:]), 1):
        # ``continues``, its kinds tested here (kept lines are text or table rows);
        # ``i``: the index of ``b``, a line after a noise line where it is in ``breaks``
        if (a.kind == "text" and b.kind == "text" and i not in breaks
                and wraps(a, b, width, sa, sb, cues)):
            if b.start > a.end:
                add((a.end, b.start, ""))
        else:
            end = a.end
            # most lines end right at their "\n": read there, not searched for
            newline = end if text[end] == "\n" else text.index("\n", end)
            if newline > end:  # end <= newline: "\n" alone needs no edit
                add((end, newline + 1, "\n"))
            if b.start > newline + 1:
                add((newline + 1, b.start, ""))
    if len(text) > kept[-1][0].end:
        add((kept[-1][0].end, len(text), ""))
    return edits


def _kept(lines: list[Line], widths: list[int], shaped: list[Shape],
          ) -> tuple[list[tuple[Line, int, Shape]], set[int]]:
    """Lines kept (with their widths and shapes) and the indices of kept lines after a noise line."""
    kept: list[tuple[Line, int, Shape]] = []
    breaks: set[int] = set()
    after_noise = False
    for line, width, shape in zip(lines, widths, shaped):
        if line.kind == "noise":
            after_noise = True
        elif line.kind in ("text", "table"):
            if after_noise:
                breaks.add(len(kept))
            after_noise = False
            kept.append((line, width, shape))
    return kept, breaks
