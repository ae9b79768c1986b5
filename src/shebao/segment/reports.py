"""Split a file into its reports.

A report starts at a title: one line ending in 绩效评价报告 (or 评价报告,
绩效自评报告), or a short line followed by a line holding only that genre
word.  A title counts when it names its year ("2021年度…报告"), stands among
the file's first lines, or when the year block ("（2020年度）") or the
项目名称 line follows within a few lines, and a line naming a
self-evaluation table (…自评表) is never a title.  Lines before the first
title belong to the first report; a file without a title is one report.
"""

from __future__ import annotations

from dataclasses import dataclass

from shebao.segment.cues import CueLines, cue, cue_search
from shebao.segment.lines import Line

CONFIRM_WITHIN = 4  # lines after a title that must hold its year block or project
OPENING_LINES = 3  # a title among a file's first lines needs no confirmation


@dataclass(frozen=True)
class ReportLines:
    """The lines of one report and its title lines (empty if untitled)."""

    lines: tuple[Line, ...]
    title: tuple[Line, ...] = ()


def _confirmed(lines: list[Line], after: int) -> bool:
    """Whether a year block or project line follows a title ending before ``after``."""
    for line in lines[after:after + CONFIRM_WITHIN]:
        if cue_search("year_block", line.text) or cue_search("project", line.text):
            return True
    return False


def title_size(lines: list[Line], i: int) -> int:
    """How many lines the title starting at line ``i`` spans (0: no title)."""
    line = lines[i]
    if line.tabbed or cue_search("self_eval", line.text):
        return 0
    if cue_search("title", line.text):
        size = 1
    elif (  # the gated tail cue first: most next lines lack its chars
        i + 1 < len(lines)
        and cue_search("title_tail", lines[i + 1].text)
        and cue("title_head").search(line.text)
    ):
        size = 2
    else:
        return 0
    titled = "".join(line.text for line in lines[i:i + size])
    confirmed = (_confirmed(lines, i + size) or i < OPENING_LINES
                 or cue("title_year_any").search(titled) is not None)
    return size if confirmed else 0


def split_reports(lines: list[Line]) -> list[ReportLines]:
    """The reports of a file, in order (at least one when ``lines`` is not empty)."""
    starts: list[tuple[int, int]] = []
    where = CueLines([line.text for line in lines])
    titles, tails = where.may_match("title"), where.may_match("title_tail")
    # a title opens where its own cue or the cue of its tail line may match: only there
    # is title_size asked (every line when either cue may match anywhere)
    if titles is None or tails is None:
        at: list[int] | range = range(len(lines))
    else:
        at = sorted(titles.union([k - 1 for k in tails if k]))
    free = 0  # lines before this belong to a title found
    for i in at:
        if i >= free and (size := title_size(lines, i)):
            starts.append((i, size))
            free = i + size
    return reports_at(lines, starts)


def reports_at(lines: list[Line], starts: list[tuple[int, int]]) -> list[ReportLines]:
    """The reports of ``lines`` whose titles open at ``starts`` ((line, title size),
    in order); the lines before the first title belong to the first report."""
    if not starts:
        return [ReportLines(tuple(lines))] if lines else []
    out = []
    for k, (begin, size) in enumerate(starts):
        first = 0 if k == 0 else begin
        last = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(ReportLines(tuple(lines[first:last]), tuple(lines[begin:begin + size])))
    return out
