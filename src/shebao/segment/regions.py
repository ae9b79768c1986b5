"""Lines left out of paragraphs and tables.

Tab-separated grid rows, and the self-evaluation table region: from a
line naming a 自评表 to the end of the report, except a "说明：" paragraph,
which stays a paragraph.  (Reading self-evaluation tables is another stage.)
"""

from __future__ import annotations

from shebao.segment.cues import CueLines, cue_search
from shebao.segment.lines import Line


def self_eval_lines(lines: list[Line], where: CueLines | None = None) -> set[int]:
    """Indices of the lines of the self-evaluation region (its notes too); ``where``: the
    lines' ``CueLines`` when known (the cue is searched only where it may match)."""
    titles = (where or CueLines([line.text for line in lines])).candidates("self_eval")
    at = titles if isinstance(titles, range) else sorted(titles)
    start = next((k for k in at if cue_search("self_eval", lines[k].text)), None)
    return set() if start is None else set(range(start, len(lines)))


def excluded(lines: list[Line], region: set[int] | None = None,
             where: CueLines | None = None) -> set[int]:
    """Indices of the lines of one report that are neither paragraphs nor tables
    (``region``: its ``self_eval_lines`` when known; ``where``: its ``CueLines``)."""
    where = where or CueLines([line.text for line in lines])
    region = self_eval_lines(lines, where) if region is None else region
    notes = where.candidates("note")
    return {
        k for k, line in enumerate(lines)
        if (k in region or line.tabbed) and not (k in notes and cue_search("note", line.text))
    }
