"""Drafts (normalised offsets) become output Facts (source offsets)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from shebao.link.model import Draft
from shebao.records import Fact, Mention
from shebao.tag.terms import lexicon
from shebao.units import value_wan

_new, _set = object.__new__, object.__setattr__


@lru_cache(maxsize=None)
def canonical_name(kind: str, slot: str) -> str | None:
    """The canonical Chinese name of a fund or metric slot id."""
    for entry in lexicon().values():
        if entry.kind == kind and entry.id == slot and slot != "other":
            return entry.name
    return None


def _point(pos: int | None, to_source) -> int | None:
    return None if pos is None else to_source(pos, pos + 1)[0]


def shown_sentence(draft: Draft, shown, mention: str) -> str:
    """The sentence in the source's script (built table sentences stay as built)."""
    s = draft.sentence
    if shown is None or mention != "text" or len(s.text) != s.end - s.start:
        return s.text
    return shown(s.start, s.end)


def to_fact(draft: Draft, source: str, to_source, mention: Mention = "text",
            period: str = "year", shown=None, *, confidence: float | None = None,
            pages: Sequence[int] = (), sentence: str | None = None) -> Fact:
    """The output fact of ``draft``; ``to_source`` maps normalised spans.

    ``confidence`` is the fact's score (default: the draft's rule confidence),
    ``pages`` the source offset of each PDF page (none: no ``page``),
    ``sentence`` the draft's ``shown_sentence`` when the caller has it.
    """
    figure = draft.figure
    start, end = to_source(figure.start, figure.end)
    unit = figure.unit or ""
    fund = draft.fund
    fact: Fact = _new(Fact)
    # every field at once, in ``Fact``'s order (its __init__ would store them
    # one by one): a fact per figure, built as ``model.moved`` builds figures
    _set(fact, "__dict__", {
        "fund": fund.id,
        "fund_name": fund.name or canonical_name("fund", fund.id),
        "account": draft.account,
        "metric": draft.metric,
        "metric_name": draft.metric_name or canonical_name("metric", draft.metric),
        "year": draft.year,
        "basis": draft.basis,
        "measure": draft.measure,
        "value": draft.value,
        "unit": unit,
        "value_wan": value_wan(draft.value, unit),
        "text": source[start:end],
        "sentence": shown_sentence(draft, shown, mention) if sentence is None else sentence,
        "section": draft.section,
        "start": start,
        "end": end,
        "confidence": draft.confidence if confidence is None else confidence,
        "part_of": None if draft.part_of is None else _point(draft.part_of, to_source),
        "part_list": None if draft.part_list is None else _point(draft.part_list, to_source),
        "mention": mention,
        "page": bisect_right(pages, start) if pages else None,
        "period": period,
        "period_scope": draft.period_scope,
    })
    return fact
