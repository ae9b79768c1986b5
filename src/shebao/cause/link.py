"""Tie an explanation to the statement it explains: fund, metric, year, effect."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal

from shebao.cause.anchors import Anchor, last_before, within
from shebao.cause.before import EDGE, effect_clause, outcomes
from shebao.cause import statement
from shebao.cause.clauses import has_figure
from shebao.cause.classify import Span
from shebao.cause.cues import effect_word, has_result, pattern, undated
from shebao.quickinit import mypyc_attr, quick_init
from shebao.records import Effect, Fact
from shebao.scan import first_of, last_of, positions
from shebao.tag.terms import find_terms

YOY = ("yoy_change", "yoy_rate")
BUDGET = ("budget_rate",)
MEASURES = {"increase": YOY, "decrease": YOY, "above_budget": BUDGET,
            "below_budget": BUDGET, None: YOY + BUDGET}
REACH = 600  # how far back (characters) a fact may stand from its explanation
STATED_FIRST = ("before", "through")  # cue kinds whose effect clause follows the explanation
BRACKETS = "（(）)"  # the openers, then the closers


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init  # built per cue and explanation: its fields filled at once
@dataclass(frozen=True)
class Link:
    fund: str
    metric: str
    year: int | None
    effect: Effect
    fact: Fact | None


def head_effect(span: Span, text: str = "", sentence_start: int = 0) -> Effect | None:
    """Effect the headline before the cue states (增长的主要原因 → increase); with
    none, the effect of the clause just before the cue in its sentence when that
    clause states no figure (收入预算执行率偏低，主要原因是 → below_budget)."""
    found = effect_word(span.headline)
    lead = span.cue.start - len(span.headline)
    if found is not None or not text or lead <= sentence_start:
        return found
    before = text[sentence_start:lead].rstrip(" \n，,：:")
    clause = before[max(before.rfind(m) for m in "，,；;。：:\n") + 1:]
    return None if has_figure(clause) else effect_word(clause)


def tail_effect(text: str, span: Span, sentence_end: int) -> Effect | None:
    """Effect of the clause after a cause stated first (……，造成完成率较高)."""
    tail = text[span.end:sentence_end].lstrip(" \n，,；;")
    tail = tail[:min([tail.find(m) for m in "，,；;。" if m in tail] or [len(tail)])]
    if has_result(tail) or span.cue.kind == "inside":
        return effect_word(tail)
    return None


def fact_effect(fact: Fact) -> Effect:
    if fact.measure in YOY:
        return "increase" if fact.value > 0 else "decrease" if fact.value < 0 else "other"
    if fact.measure in BUDGET:
        return "above_budget" if fact.value > 100 else "below_budget" if fact.value < 100 else "other"
    return "other"


def written_rate_effect(text: str) -> Effect | None:
    """above/below budget by the last budget rate written in ``text`` (执行率为95.80%)."""
    rates = [Decimal(m.group(1)) for m in pattern("budget_rate").finditer(text)]
    if not rates or rates[-1] == 100:
        return None
    return "above_budget" if rates[-1] > 100 else "below_budget"


def later_effect(anchors: list[Anchor], found: Anchor, sentence_end: int) -> Effect | None:
    """Effect of a level figure told by a change or budget rate of the same fund
    metric after it in its sentence (收入32516万元，比上年增长26.73%)."""
    for a in within(anchors, found.start + 1, sentence_end):
        if (a.fact.fund, a.fact.metric) == (found.fact.fund, found.fact.metric) \
                and a.fact.measure in YOY + BUDGET:
            return fact_effect(a.fact)
    return None


def _nearest(pool: list[Anchor], hint: str | None) -> Anchor:
    """The last fact of ``pool``, of the hinted kind (yoy / budget) when there is one,
    else of a named metric (超出预算1.9亿元 is a gap of the figure before it)."""
    fitting = [a for a in pool if a.fact.measure in MEASURES[hint]]
    agreeing = [a for a in fitting if fact_effect(a.fact) == hint]
    metrics = [a for a in pool if a.fact.metric != "other"]
    return (agreeing or fitting or metrics or pool)[-1]


def statement_pool(text: str, span: Span, anchors: list[Anchor], paragraph_start: int) -> list[Anchor]:
    """Facts of the statement the cue follows: its paragraph up to the cue, or the
    text before a headline cue that opens its paragraph (……减少的主要原因：)."""
    pool = within(anchors, paragraph_start, span.cue.start)
    before = text[paragraph_start:span.cue.start].strip()
    if not pool and len(before) <= len(span.headline.strip()) + 2:
        pool = within(anchors, max(span.cue.start - REACH, 0), span.cue.start)
    return pool


def about_people(text: str, span: Span, fact_start: int, sentence_start: int) -> bool:
    """A head count (70995人) stands between the fact and the cue, in the cue's
    sentence or, for a cue opening its sentence, the one before: the statement
    explained is about people, not a fund figure."""
    lo = sentence_start
    if not text[sentence_start:span.cue.start].strip(" \n"):
        lo = last_of(text, "。；;\n", max(sentence_start - 1, 0)) + 1
    return pattern("headcount").search(text[max(lo, fact_start):span.cue.start]) is not None


def in_brackets(text: str, pos: int, hi: int) -> bool:
    """Offset ``pos`` lies inside a bracket that closes before ``hi`` (（其中……）)."""
    marks = positions(text, BRACKETS)
    last = bisect_left(marks, pos) - 1  # the last bracket before pos: opened > closed iff it opens
    return last >= 0 and text[marks[last]] in BRACKETS[:2] and any(c in text[pos:hi] for c in "）)")


def named(text: str, lo: int, hi: int) -> tuple[str | None, str | None]:
    """(fund, metric) named by terms in ``text[lo:hi]`` (the last of each)."""
    fund = metric = None
    for term in find_terms(text[lo:hi]):
        if term.kind == "fund":
            fund = term.id
        elif term.kind == "metric":
            metric = term.id
    return fund, metric


def link(text: str, span: Span, anchors: list[Anchor], sentence: tuple[int, int],
         paragraph_start: int, report_year: int | None) -> Link | None:
    """The link of ``span``; None when it explains no fact of the report."""
    hint = head_effect(span, text, sentence[0])
    tail = tail_effect(text, span, sentence[1])
    after = within(anchors, span.end, sentence[1])
    if span.cue.kind == "inside" and after and pattern("year_only").search(text[sentence[0]:span.cue.start]):
        found = _nearest(after[:1], tail)
        effect = tail or fact_effect(found.fact)
        if effect == "other":
            effect = later_effect(anchors, found, sentence[1]) or effect
        return Link(fund=found.fact.fund, metric=found.fact.metric,
                    year=found.fact.year or report_year, effect=effect, fact=found.fact)
    if span.cue.kind == "inside" and not after and pattern("year_only").search(text[sentence[0]:span.cue.start]):
        told = told_after(text, span, anchors, sentence, paragraph_start, report_year)
        if told is not None:
            return told
    said = statement.of(text, span.cue.start - len(span.headline), span.cue.start, sentence[0], paragraph_start)
    fund, metric = said.fund, said.metric
    pool = statement_pool(text, span, anchors, paragraph_start)
    if metric is not None:
        same = [a for a in pool if a.fact.metric == metric and fund in (None, a.fact.fund)]
        same = same or shorthand_of(text, span, pool, metric)
        if not same:
            owner = fund or (pool[-1].fact.fund if pool else _fund_before(anchors, span))
            owner = owner or ("other" if said.family else None)
            if owner is None:
                return None
            return Link(fund=owner, metric=metric, year=None if said.undated else report_year,
                        effect=hint or tail or said.effect or "other", fact=None)
        pool = same
    pool = [a for a in pool if not in_brackets(text, a.start, span.cue.start)] or pool
    if hint is None:  # no effect word: the statement is the figure of the cue's sentence
        pool = [a for a in pool if a.start >= sentence[0]] or pool
    if not pool:
        return None
    found = _nearest(pool, hint)
    if about_people(text, span, found.start, sentence[0]):
        return None  # the cue explains a head count, not a fund figure
    fact = found.fact
    effect = hint or fact_effect(fact)
    if effect == "other" and fact.measure not in YOY + BUDGET:
        between = text[found.start:span.cue.start]
        effect = tail or effect_word(between) or written_rate_effect(between) or "other"
    return Link(fund=fact.fund, metric=fact.metric, year=fact.year or report_year, effect=effect,
                fact=fact)


def told_after(text: str, span: Span, anchors: list[Anchor], sentence: tuple[int, int],
               paragraph_start: int, report_year: int | None) -> Link | None:
    """An opening cue whose effect clause states no figure: its first fund metric."""
    found = outcomes(text[span.end:sentence[1]])
    if not found:
        return None
    first = found[0]
    fund = first.fund or named(text, sentence[0], sentence[1])[0]
    earlier = [a for a in statement_pool(text, span, anchors, paragraph_start)
               if a.fact.metric == first.metric and fund in (None, a.fact.fund)]
    if earlier:  # 支出增长5%。由于……，待遇支出相应增长。
        fact = _nearest(earlier, first.effect if first.effect in MEASURES else None).fact
        effect = fact_effect(fact) if fact.measure in YOY + BUDGET else first.effect
        return Link(fund=fact.fund, metric=fact.metric, year=fact.year or report_year,
                    effect=effect, fact=fact)
    fund = fund or context_fund(text, span, anchors, paragraph_start)
    if fund is None:
        return None
    general = undated(text[span.end:sentence[1]])
    return Link(fund=fund, metric=first.metric, year=None if general else report_year,
                effect=first.effect, fact=None)


def shorthand_of(text: str, span: Span, pool: list[Anchor], metric: str) -> list[Anchor]:
    """Facts of the pool a bare headline word (结余下降的原因) refers back to."""
    lead = span.cue.start - len(span.headline)
    words = [t.text for t in find_terms(text[lead:span.cue.start]) if t.id == metric]
    if not pool or not words:
        return []
    last, word = pool[-1].fact, words[-1]
    written = last.metric_name or ""
    if not (written.endswith(word) and len(written) > len(word)):
        return []
    return [a for a in pool if (a.fact.metric, a.fact.fund) == (last.metric, last.fund)]


def _fund_before(anchors: list[Anchor], span: Span) -> str | None:
    before = last_before(anchors, span.cue.start)
    return before.fact.fund if before else None


def links(text: str, span: Span, anchors: list[Anchor], sentence: tuple[int, int],
          paragraph_start: int, report_year: int | None) -> list[Link]:
    """Every statement ``span`` explains (several for 使得收入、支出增长)."""
    if span.cue.kind in STATED_FIRST:
        return link_first(text, span, anchors, paragraph_start, report_year)
    if span.cue.kind == "last":
        return link_last(span, anchors, paragraph_start, report_year)
    found = link(text, span, anchors, sentence, paragraph_start, report_year)
    return [] if found is None else [found]


def context_fund(text: str, span: Span, anchors: list[Anchor], paragraph_start: int) -> str | None:
    """Fund of the statement near an explanation told first: a fact of its paragraph,
    a fund named in the explanation or paragraph, else the last fact before it."""
    here = within(anchors, paragraph_start, span.cue.start)
    if here:
        return here[-1].fact.fund
    fund, _ = named(text, min(span.start, paragraph_start), span.cue.start)
    if fund is not None:
        return fund
    near = within(anchors, max(span.start - REACH, 0), span.start)
    if near:
        return near[-1].fact.fund
    return named(text, max(span.start - REACH, 0), span.start)[0]  # the title's fund


def link_first(text: str, span: Span, anchors: list[Anchor], paragraph_start: int,
               report_year: int | None) -> list[Link]:
    """One link per fund metric the effect clause after the explanation names."""
    pos = span.cue.end if span.cue.kind == "before" else span.end
    while pos < len(text) and text[pos] in EDGE:
        pos += 1
    clause = effect_clause(text, pos)
    facts = within(anchors, pos, pos + len(clause))
    out: list[Link] = []
    for o in outcomes(clause):
        fact = next((a.fact for a in facts if a.fact.metric == o.metric), None)
        fund = o.fund or (fact.fund if fact else None) or context_fund(text, span, anchors, paragraph_start)
        if fund is None or any(k.metric == o.metric for k in out):
            continue
        effect = fact_effect(fact) if fact and fact.measure in YOY + BUDGET else o.effect
        anchor = next((a for a in facts if a.fact is fact), None)
        if effect == "other" and anchor is not None:  # ……达到3.1亿元，较上年增加……
            effect = later_effect(anchors, anchor, _sentence_end(text, pos)) or effect
        out.append(Link(fund=fund, metric=o.metric,
                        year=(fact.year if fact else None) or report_year, effect=effect,
                        fact=fact))
    return out


def _sentence_end(text: str, pos: int) -> int:
    end = first_of(text, "。；;！？!?", pos)
    return len(text) if end < 0 else end


def link_last(span: Span, anchors: list[Anchor], paragraph_start: int,
              report_year: int | None) -> list[Link]:
    """The statement before an explanation closed by 是增长的主要原因: the fact
    before it in its paragraph, of the metric the cue names when it names one."""
    hint = effect_word(span.cue.text)
    fund, metric = named(span.cue.text, 0, len(span.cue.text))
    pool = within(anchors, paragraph_start, span.start) or within(anchors, max(span.start - REACH, 0), span.start)
    same = [a for a in pool if metric in (None, a.fact.metric) and fund in (None, a.fact.fund)]
    if not same:
        owner = fund or (pool[-1].fact.fund if pool else None)
        return ([] if owner is None or metric is None
                else [Link(fund=owner, metric=metric, year=report_year, effect=hint or "other",
                           fact=None)])
    found = _nearest(same, hint)
    return [Link(fund=found.fact.fund, metric=found.fact.metric,
                 year=found.fact.year or report_year, effect=hint or fact_effect(found.fact),
                 fact=found.fact)]
