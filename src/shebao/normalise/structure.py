"""Line-structure repair: one paragraph per line, page furniture removed."""

from __future__ import annotations

from shebao.normalise.join import continues, typical_widths
from shebao.normalise.lines import split_lines
from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits
from shebao.normalise.pages import mark_page_numbers, mark_running_headers


def reflow(mt: MappedText) -> MappedText:
    """Join wrapped lines, drop blank lines, page numbers and running headers.

    Paragraphs end up separated by exactly one "\\n", which maps to the first
    line break after the paragraph in the source.
    """
    text = mt.text
    lines = split_lines(text)
    mark_page_numbers(lines)
    mark_running_headers(lines)
    widths = typical_widths(lines)
    kept = [(line, w) for line, w in zip(lines, widths) if line.kind in ("text", "table")]
    edits = EditBuilder()
    if not kept:
        edits.delete(0, len(text))
        return apply_edits(mt, edits.edits)
    edits.delete(0, kept[0][0].start)
    for (a, width), (b, _) in zip(kept, kept[1:]):
        if continues(a, b, width):
            edits.delete(a.end, b.start)
        else:
            newline = text.index("\n", a.end)
            edits.replace(a.end, newline + 1, "\n")
            edits.delete(newline + 1, b.start)
    edits.delete(kept[-1][0].end, len(text))
    return apply_edits(mt, edits.edits)
