"""Lines left out of paragraphs and tables.

Tab-separated grid rows, and the self-evaluation table region: from a
line naming a 自评表 to the end of the report, except a "说明：" paragraph,
which stays a paragraph.  (Reading self-evaluation tables is another stage.)
"""

from __future__ import annotations

from shebao.segment.cues import cue_search
from shebao.segment.lines import Line


def self_eval_lines(lines: list[Line]) -> set[int]:
    """Indices of the lines of the self-evaluation region (its notes too)."""
    start = next((k for k, line in enumerate(lines) if cue_search("self_eval", line.text)), None)
    return set() if start is None else set(range(start, len(lines)))


def excluded(lines: list[Line], region: set[int] | None = None) -> set[int]:
    """Indices of the lines of one report that are neither paragraphs nor tables
    (``region``: its ``self_eval_lines`` when known)."""
    region = self_eval_lines(lines) if region is None else region
    return {
        k for k, line in enumerate(lines)
        if (k in region or line.tabbed) and not cue_search("note", line.text)
    }
