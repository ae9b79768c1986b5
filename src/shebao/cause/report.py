"""Causes of one report: find the explanations, link them, label them."""

from __future__ import annotations

from bisect import bisect_right
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from shebao.cause import categories, classify
from shebao.cause.anchors import Anchor
from shebao.cause.cues import Cue
from shebao.cause.link import links
from shebao.quickinit import quick_maker
from shebao.records import Cause, Fact, Report

# records built by keyword without the class call's dict of keywords
_make_cause = quick_maker(Cause)
_make_span = quick_maker(classify.Span)
_make_cue = quick_maker(Cue)


def require_models(folder: Path | None = None) -> None:
    """Load both cause models now (they stay cached); ModelError when either
    is missing or unusable.  Callers run it before any file, so a missing
    model stops a run at its start instead of leaving every report without causes."""
    classify.load_model(folder)
    categories.load_model(folder)


def _locate(report: Report, starts: list[int], pos: int):
    """The paragraph and sentence holding normalised offset ``pos`` (``starts``: those
    of the report's paragraphs, which follow each other without overlapping)."""
    k = bisect_right(starts, pos) - 1
    p = report.paragraphs[k] if k >= 0 else None
    if p is None or not pos < p.end:
        return None, None
    for s in p.sentences:
        if s.start <= pos < s.end:
            return p, s
    return p, None


def report_causes(text: str, source: str, to_source, report: Report,
                  anchors: list[Anchor], folder: Path | None = None) -> tuple[Cause, ...]:
    """Causes of ``report`` in normalised ``text``; ``to_source`` maps spans.

    Without usable models: ModelError (never an empty answer)."""
    model = classify.load_model(folder)
    body = text[report.start:report.end]
    drafts = []
    starts = [p.start for p in report.paragraphs]
    for span in classify.find_spans(body, model):
        span = _make_span(start=span.start + report.start, end=span.end + report.start,
                          cue=_shift(span.cue, report.start), headline=span.headline)
        paragraph, sentence = _locate(report, starts, span.cue.start)
        if paragraph is None or paragraph.is_heading and not span.headline:
            continue
        bounds = (sentence.start, sentence.end) if sentence else (paragraph.start, paragraph.end)
        for linked in links(text, span, anchors, bounds, paragraph.start, report.year):
            drafts.append((span, linked, paragraph, sentence))
    labels = categories.predict([text[s.start:s.end] for s, *_ in drafts], folder)
    out = []
    for (span, linked, paragraph, sentence), cats in zip(drafts, labels):
        start, end = to_source(span.start, span.end)
        cue_start, cue_end = to_source(span.cue.start, span.cue.end)
        out.append(_make_cause(
            fund=linked.fund, metric=linked.metric, year=linked.year, effect=linked.effect,
            text=source[start:end], cue=source[cue_start:cue_end], categories=tuple(cats),
            sentence=(sentence or paragraph).text, start=start, end=end,
            cue_start=cue_start, cue_end=cue_end, section=paragraph.section,
            fact_start=linked.fact.start if linked.fact else None))
    return tuple(out)


def _shift(cue: Cue, by: int) -> Cue:
    """``cue`` moved by ``by`` (built by keyword: ``dataclasses.replace`` reads
    every field by name first)."""
    return _make_cue(name=cue.name, kind=cue.kind, start=cue.start + by, end=cue.end + by,
                     text=cue.text)


_first = itemgetter(0)  # a pair's start


def anchors_of(pairs: list[tuple[int, Fact]]) -> list[Anchor]:
    """Anchors from (normalised figure start, fact) pairs, in text order."""
    return list(map(tuple.__new__, repeat(Anchor), sorted(pairs, key=_first)))
