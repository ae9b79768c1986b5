"""Lines left out of paragraphs and tables.

Tab-separated grid rows, and the self-evaluation table region: from a
line naming a 自评表 to the end of the report, except a "说明：" paragraph,
which stays a paragraph.  (Reading self-evaluation tables is another stage.)
"""

from __future__ import annotations

from shebao.segment.cues import cue
from shebao.segment.lines import Line


def excluded(lines: list[Line]) -> set[int]:
    """Indices of the lines of one report that are neither paragraphs nor tables."""
    out = set()
    in_self_eval = False
    for k, line in enumerate(lines):
        if not in_self_eval and cue("self_eval").search(line.text):
            in_self_eval = True
        if cue("note").search(line.text):
            continue
        if in_self_eval or line.tabbed:
            out.add(k)
    return out
