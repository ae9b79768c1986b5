"""The link stage's one entry: a segmented, tagged report → its facts.

Prose paragraphs go through the statement chain (``statements``), unnamed
metrics get their wording from the sentence's tokens (``names``), rebuilt
tables through their column roles (``tables``) and the budget block of a
self-evaluation table through ``budget``.  Drafts (normalised offsets) turn
into output ``Fact`` records (source offsets) here, at the stage boundary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from shebao.link.budget import budget_drafts
from shebao.link.confidence_model import draft_confidence, is_recording, record
from shebao.link.context import report_fund
from shebao.link.facts import shown_sentence, to_fact
from shebao.link.model import Draft
from shebao.link.names import needs_name, rename, sentence_tokens
from shebao.link.periods import context_period, cumulative
from shebao.link.statements import link_paragraphs
from shebao.link.tables import link_table
from shebao.normalise.offsets import MappedText
from shebao.records import Fact, Report
from shebao.segment.genre import genre_basis
from shebao.tag.apply import Tagged

Mention = Literal["text", "table"]


@dataclass(frozen=True)
class LinkedReport:
    """A report's facts in text order, and where the prose ones start."""

    facts: tuple[Fact, ...]
    # (normalised start of the figure, fact) of every fact stated in prose:
    # the anchors that stated causes attach to
    text_anchors: tuple[tuple[int, Fact], ...]


def link_report(report: Report, tags: Sequence[Tagged],
                mapped: MappedText, pages: Sequence[int] = ()) -> LinkedReport:
    """Facts of ``report``; ``tags`` holds the tags of each sentence in
    paragraph order, ``mapped`` the normalised text with its source map and
    ``pages`` the source offset of each PDF page (1-based ``page`` on facts)."""
    mentions = _drafts(report, tags)
    periods: dict[tuple[str, ...], str] = {}  # context period by section
    headings: dict[str, str | None] = {}  # period named by each heading read
    facts = []
    anchors = []
    keep = is_recording()
    title, genre = report.title, report.genre
    source, to_source, shown = mapped.source, mapped.to_source, mapped.in_source_script
    said = None  # (sentence, mention, shown sentence) of the fact before: a
    # sentence's facts follow one another, so its shown text is read once
    for d, m in mentions:
        period = _period(d, m, title, periods, headings)
        if said is None or said[0] is not d.sentence or said[1] != m:
            said = (d.sentence, m, shown_sentence(d, shown, m))
        fact = to_fact(d, source, to_source, m, period, shown,
                       confidence=draft_confidence(d, m, period, genre), pages=pages,
                       sentence=said[2])
        if keep:
            record(d, fact, genre)
        facts.append(fact)
        if m == "text":
            anchors.append((d.figure.start, fact))
    return LinkedReport(facts=tuple(facts), text_anchors=tuple(anchors))


def _period(draft: Draft, mention: Mention, title: str | None,
            known: dict[tuple[str, ...], str], headings: dict[str, str | None]) -> str:
    """The figure's period: named by its sentence, paragraph or column, else
    by its headings or the report's title; a cumulative (累计) column of a
    report on a quarter covers the year up to that quarter's end.  ``known``
    keeps the period of each section met in this report, ``headings`` that
    named by each heading read."""
    if draft.period:
        return draft.period
    found = known.get(draft.section)
    if found is None:
        found = known[draft.section] = context_period(draft.section, title, headings)
    return cumulative(found) if draft.period_scope == "cumulative" else found


def _drafts(report: Report, tags: Sequence[Tagged],
            ) -> list[tuple[Draft, Mention]]:
    """Every draft of the report with its mention kind, in text order."""
    fallback = report_fund(report)
    drafts = link_paragraphs(report.paragraphs, iter(tags), fallback, report.year,
                             genre_basis(report.genre))
    unnamed = [d.sentence.text for d in drafts if needs_name(d)]
    if unnamed:
        drafts = rename(drafts, sentence_tokens(unnamed))
    mentions: list[tuple[Draft, Mention]] = [(d, "text") for d in drafts]
    for table in report.tables:
        mentions.extend((d, "table") for d in link_table(table, fallback, report.year))
    for evaluation in report.self_evals:
        mentions.extend((d, "table") for d in budget_drafts(evaluation, fallback, report.year))
    mentions.sort(key=lambda dm: dm[0].figure.start)
    return mentions
