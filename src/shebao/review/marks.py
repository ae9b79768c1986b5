"""The source text of one report with its facts, flags and causes as HTML elements.

A fact becomes ``<mark class="fact">`` at exactly its ``[start:end]``, with
its slots as ``data-*`` attributes and a tooltip; flags (red), their
evidence, causes (underlined) and cue phrases become ``<span>`` pieces.  See
:mod:`shebao.review.spans` for how overlapping highlights are resolved.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from shebao.review.spans import Span, layout, place_facts, render

FACT_DATA = ("fund", "metric", "year", "measure", "basis", "period", "value", "unit",
             "start", "end")


def attr(value: object) -> str:
    """A value as an HTML attribute value (None → empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def fact_label(fact: dict) -> str:
    """One line naming a fact's slots and value (the tooltip of its mark)."""
    fund = fact.get("fund_name") or fact.get("fund")
    metric = fact.get("metric_name") or fact.get("metric")
    parts = [f"{fund} ({fact.get('fund')})", f"{metric} ({fact.get('metric')})",
             f"year {fact.get('year')}", f"{fact.get('measure')}", f"{fact.get('basis')}",
             f"period {fact.get('period', 'year')}", f"{fact.get('value')} {fact.get('unit')}"]
    return " · ".join(parts)


def cause_fact(cause: dict, facts: list[dict]) -> int | None:
    """Index of the fact a cause explains (the fact starting at its ``fact_start``)."""
    start = cause.get("fact_start")
    if start is None:
        return None
    return next((i for i, f in enumerate(facts) if f.get("start") == start), None)


@dataclass(frozen=True)
class MarkedText:
    html: str  # the text with its highlights, to go inside <pre>
    skipped: dict[int, str]  # fact index → why it is not highlighted


class _Tags:
    """Opening and closing tags of the highlights of one record."""

    def __init__(self, record: dict) -> None:
        self.facts = list(record.get("facts") or ())
        self.flags = list(record.get("flags") or ())
        self.causes = list(record.get("causes") or ())
        self.flagged = {i for i, f in enumerate(self.facts) for g in self.flags
                        if f["start"] < g["end"] and g["start"] < f["end"]}

    def open(self, span: Span) -> str:
        return getattr(self, f"_open_{span.layer}")(span)

    @staticmethod
    def close(span: Span) -> str:
        return "</mark>" if span.layer == "fact" else "</span>"

    @staticmethod
    def _id(span: Span) -> str:
        return f' id="{span.layer}-{span.ref}"' if span.piece == 0 else ""

    def _open_fact(self, span: Span) -> str:
        i = int(span.ref)
        fact = self.facts[i]
        data = "".join(f' data-{name}="{attr(fact.get(name))}"' for name in FACT_DATA)
        classes = "fact measure-" + attr(fact.get("measure"))
        classes += " flagged" if i in self.flagged else ""
        return (f'<mark class="{classes}" id="fact-{i}" data-fact="{i}"{data}'
                f' data-item="row-fact-{i}" title="#{i} {attr(fact_label(fact))}">')

    def _open_flag(self, span: Span) -> str:
        flag = self.flags[int(span.ref)]
        return (f'<span class="flag severity-{attr(flag.get("severity"))}"{self._id(span)}'
                f' data-flag="{span.ref}" data-item="flag-item-{span.ref}"'
                f' title="{attr(flag.get("severity"))} {attr(flag.get("kind"))}:'
                f' {attr(flag.get("message"))}">')

    def _open_evidence(self, span: Span) -> str:
        flag = span.ref.split("-")[0]
        return (f'<span class="evidence"{self._id(span)} data-flag="{flag}"'
                f' data-item="flag-item-{flag}" title="evidence of flag #{flag}">')

    def _open_cause(self, span: Span) -> str:
        cause = self.causes[int(span.ref)]
        fact = cause_fact(cause, self.facts)
        tied = "" if fact is None else f' data-fact="{fact}"'
        about = f"{cause.get('fund')} · {cause.get('metric')} · {cause.get('effect')}"
        return (f'<span class="cause"{self._id(span)} data-cause="{span.ref}"{tied}'
                f' data-item="cause-item-{span.ref}"'
                f' title="cause #{span.ref} ({attr(about)})">')

    def _open_cue(self, span: Span) -> str:
        return (f'<span class="cue" data-cause="{span.ref}"'
                f' data-item="cause-item-{span.ref}">')


def _cuttable(tags: _Tags) -> list[Span]:
    spans = []
    for i, flag in enumerate(tags.flags):
        spans.append(Span(start=flag["start"], end=flag["end"], layer="flag", ref=str(i)))
        spans += [Span(start=r["start"], end=r["end"], layer="evidence", ref=f"{i}-{k}")
                  for k, r in enumerate(flag.get("related") or ())]
    for i, cause in enumerate(tags.causes):
        spans.append(Span(start=cause["start"], end=cause["end"], layer="cause", ref=str(i)))
        if cause.get("cue_start") is not None and cause.get("cue_end") is not None:
            spans.append(Span(start=cause["cue_start"], end=cause["cue_end"], layer="cue",
                              ref=str(i)))
    return spans


def marked_text(record: dict, text: str) -> MarkedText:
    """``text`` (the record's source text) as HTML with every highlight placed."""
    tags = _Tags(record)
    kept, skipped = place_facts([(f["start"], f["end"]) for f in tags.facts], len(text))
    fixed = [Span(start=tags.facts[i]["start"], end=tags.facts[i]["end"], layer="fact",
                  ref=str(i)) for i in kept]
    spans = layout(fixed, _cuttable(tags), len(text))
    return MarkedText(html=render(text, spans, tags.open, tags.close), skipped=skipped)
