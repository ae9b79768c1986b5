"""Tie an explanation to the statement it explains: fund, metric, year, effect."""

from __future__ import annotations

from dataclasses import dataclass

from shebao.cause.classify import Span
from shebao.cause.cues import effect_word, pattern
from shebao.records import Fact

YOY = ("yoy_change", "yoy_rate")
BUDGET = ("budget_rate",)
MEASURES = {"increase": YOY, "decrease": YOY, "above_budget": BUDGET,
            "below_budget": BUDGET, None: YOY + BUDGET}
REACH = 600  # how far back (characters) a fact may stand from its explanation


@dataclass(frozen=True)
class Anchor:
    """A fact with the normalised start of its figure."""

    start: int
    fact: Fact


@dataclass(frozen=True)
class Link:
    fund: str
    metric: str
    year: int | None
    effect: str
    fact: Fact | None


def hinted_effect(text: str, span: Span, sentence_start: int, sentence_end: int) -> str | None:
    """Effect stated in words: the headline before the cue, else the effect
    clause after a cause stated first (……，造成完成率较高)."""
    head = effect_word(span.headline)
    if head:
        return head
    tail = text[span.end:sentence_end]
    if pattern("result").search(tail) or span.cue.kind == "inside":
        after = effect_word(tail)
        if after:
            return after
    return effect_word(text[max(sentence_start, span.cue.start - 12):span.cue.start])


def fact_effect(fact: Fact) -> str:
    if fact.measure in YOY:
        return "increase" if fact.value > 0 else "decrease" if fact.value < 0 else "other"
    if fact.measure in BUDGET:
        return "above_budget" if fact.value > 100 else "below_budget" if fact.value < 100 else "other"
    return "other"


def _pick(anchors: list[Anchor], lo: int, hi: int, measures: tuple[str, ...]) -> Anchor | None:
    """The last anchor in ``[lo, hi)`` of one of ``measures``."""
    chosen = None
    for a in anchors:
        if lo <= a.start < hi and a.fact.measure in measures:
            chosen = a
    return chosen


def link(text: str, span: Span, anchors: list[Anchor], sentence: tuple[int, int],
         paragraph_start: int, report_year: int | None) -> Link | None:
    """The link of ``span``; None when it explains no fact of the report."""
    hint = hinted_effect(text, span, *sentence)
    back = max(span.cue.start - REACH, 0)
    found = (_pick(anchors, paragraph_start, span.cue.start, MEASURES[hint])
             or _pick(anchors, span.cue.start, sentence[1], MEASURES[hint])
             or _pick(anchors, back, span.cue.start, MEASURES[hint])
             or _pick(anchors, back, span.cue.start, ("level",) + YOY + BUDGET))
    if found is None:
        return None
    fact = found.fact
    effect = hint or fact_effect(fact)
    return Link(fact.fund, fact.metric, fact.year or report_year, effect, fact)
