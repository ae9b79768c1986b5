"""Line-structure repair: one paragraph per line, page furniture removed."""

from __future__ import annotations

from shebao.normalise.join import Shape, continues, shapes, typical_widths
from shebao.normalise.lines import Line, split_lines
from shebao.normalise.noise import mark_noise_lines
from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits
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
    edits = EditBuilder()
    if not kept:
        edits.delete(0, len(text))
        return apply_edits(mt, edits.edits)
    edits.delete(0, kept[0][0].start)
    for i, ((a, width, sa), (b, _, sb)) in enumerate(zip(kept, kept[1:])):
        if i + 1 not in breaks and continues(a, b, width, sa, sb):
            edits.delete(a.end, b.start)
        else:
            newline = text.index("\n", a.end)
            edits.replace(a.end, newline + 1, "\n")
            edits.delete(newline + 1, b.start)
    edits.delete(kept[-1][0].end, len(text))
    return apply_edits(mt, edits.edits)


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
