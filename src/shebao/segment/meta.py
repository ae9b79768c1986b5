"""Report-level fields: title, project, region, year."""

from __future__ import annotations

from collections import Counter

from shebao.segment.cues import cue, cue_search
from shebao.segment.lines import Line, squash

HEAD_LINES = 8  # lines after the title searched for the year block and project
BODY_LINES = 5  # first body paragraphs searched for the region
HEADLINE_LINES = 6  # first lines of an untitled report searched for its headline
HEADLINE_CHARS = 60


def title_of(title: list[Line]) -> str | None:
    """The title lines joined, spaces removed."""
    return squash("".join(line.text for line in title)) or None


def _head(lines: list[Line], title: list[Line]) -> list[Line]:
    """The title block: the title and the few lines after it."""
    if not title:
        return []
    first = lines.index(title[0])
    return lines[first:first + len(title) + HEAD_LINES]


def project_of(lines: list[Line], title: list[Line]) -> str | None:
    """The 项目名称 of the report, if stated in its opening lines."""
    for line in _head(lines, title) or lines[:HEAD_LINES]:
        found = cue_search("project", line.text)
        if found and not line.tabbed:
            return found.group("value")
    return None


def region_of(title: str | None, body: list[str]) -> str | None:
    """The region: from the title, else from the first body paragraphs."""
    if title:
        found = cue("region_own").search(title) or cue("region_title").search(title)
        if found:
            return found.group("region")
    for text in body[:BODY_LINES]:
        found = cue("region_own").search(text) or cue("region_body").search(text)
        if found:
            return found.group("region")
    return None


def year_of(lines: list[Line], title: list[Line], body: list[str]) -> int | None:
    """The report year: from the title block, else the most frequent 20xx年 in ``body``."""
    for line in _head(lines, title):
        found = cue_search("year_block", line.text)
        if found:
            return int(found.group("year"))
    if title:
        text = title_of(title) or ""
        found = cue("title_year").search(text) or cue("title_year_any").search(text)
        if found:
            return int(found.group("year"))
    counts = Counter(
        int(m.group("year"))
        for text in body
        if not cue_search("fill_date", text)
        for m in cue("year_any").finditer(text)
    )
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def headline_of(lines: list[Line]) -> str | None:
    """An untitled report's headline: among its first lines, the first short
    line without sentence punctuation that names a year (web pages, news)."""
    for line in lines[:HEADLINE_LINES]:
        text = squash(line.text)
        if (len(text) <= HEADLINE_CHARS and not cue("sentence_mark").search(text)
                and cue("title_year_any").search(text)):
            return text
    return None
