"""The segment stage: normalised text → reports with paragraphs and tables."""

from __future__ import annotations

from dataclasses import replace

from shebao.records import Report
from shebao.segment.cues import CueLines, cue_search
from shebao.segment.headings import outline
from shebao.segment.lines import split_lines
from shebao.segment.genre import genre_of
from shebao.segment.meta import headline_of, project_of, region_of, title_of, year_of
from shebao.segment.regions import excluded, self_eval_lines
from shebao.segment.reports import ReportLines, split_reports
from shebao.segment.selfeval import find_self_evals
from shebao.segment.tables import find_tables
from shebao.segment.webtables import find_web_tables


def build_report(index: int, part: ReportLines, text: str) -> Report:
    """One report: meta fields, tables, and the paragraphs left."""
    lines = list(part.lines)
    title = list(part.title)
    where = CueLines([line.text for line in lines])  # where the line cues may match
    region = self_eval_lines(lines, where)
    web = find_web_tables(lines, region)
    out = excluded(lines, region, where) | {k for f in web for k in range(f.first, f.last + 1)}
    kept = [line for k, line in enumerate(lines) if k not in out]
    found = find_tables(kept)
    in_table = {k for f in found for k in range(f.first, f.last + 1)}
    body = [line for k, line in enumerate(kept) if k not in in_table]
    evals = find_self_evals(lines, where) if region else []  # each opens a self-evaluation region
    grids = sorted([f.table for f in found] + [f.table for f in web], key=lambda t: t.start)
    anchors = [t.start for t in grids] + [t.start for t in evals]
    paragraphs, sections = outline(body, text, anchors)
    tables = tuple(replace(t, section=s) for t, s in zip(grids, sections))
    self_evals = tuple(replace(t, section=s) for t, s in zip(evals, sections[len(grids):]))
    after = title[-1].end if title else -1
    texts = [
        p.text
        for p in paragraphs
        if not p.is_heading and p.start > after and not cue_search("title_field", p.text)
    ]
    # a headline right above a table may have been read as its caption too
    name = title_of(title) or headline_of(kept) or headline_of(lines)
    year = year_of(lines, title, texts)
    if not title and name:
        year = year_of([], [], [name]) or year
    return Report(
        index=index,
        start=lines[0].start,
        end=lines[-1].end,
        title=name,
        region=region_of(name, texts),
        year=year,
        project=project_of(lines, title),
        paragraphs=tuple(paragraphs),
        tables=tables,
        self_evals=self_evals,
        genre=_genre(name, texts),
    )


def _genre(title: str | None, texts: list[str]) -> str | None:
    found = genre_of(title, "".join(texts[:3]))
    return found.name if found else None


def segment(text: str) -> list[Report]:
    """The reports of a normalised text (paragraphs separated by one newline)."""
    return [build_report(k, part, text) for k, part in enumerate(split_reports(split_lines(text)))]
