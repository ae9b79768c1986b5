"""Link the figures of a paragraph's sentences to fund, metric and measure.

A paragraph is read as a chain of *statements*: a metric word opens one
("总支出 246656 万元"), and the figures after it that name no metric of their
own continue it ("较上年减少 22091 万元，降低 8.22%，完成预算的 74.36%").  A
"其中" list opens items that share the metric of the statement before it
unless they name their own; a 、-run of rates after "分别" is distributed
over the items listed before it.

``link_sentence`` walks the figures of one sentence through named steps:
topic update, target figures, position (``FigureAt``), 分别-runs
(``respectively``), the figure's own slots, its statement (``chain``) and
the draft with its list membership.  A sentence with no money or percent
figure only queues its topic update (``catch_up``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

from shebao import confidence as conf
from shebao.link import cues, family
from shebao.link.baseyear import CHANGES, against_earlier_year
from shebao.link.chain import marker_head, same_group, statement_for, target_statement
from shebao.link.context import FundRef
from shebao.link.headings import SectionContexts
from shebao.link.model import (Draft, Evidence, ParagraphState, Statement, change_ends, evolve,
                               make_evidence, measure_of, statement_start)
from shebao.link.respectively import distribute
from shebao.link.sentence import LINKED, SentenceView
from shebao.link.steps import (FigureAt, Region, SentenceLink, Slots, make_figure_at, make_link,
                               make_slots)
from shebao.records import Basis, Figure, Paragraph, Sentence
from shebao.tag.apply import Tagged
from shebao.tag.terms import Term


def link_sentence(
    sentence: Sentence,
    tagged: Tagged,
    section: tuple[str, ...],
    state: ParagraphState,
) -> list[Draft]:
    """Drafts for the figures of one sentence (offsets relative to it).

    A sentence without money or percent figures links nothing: what it says
    of the paragraph's topic is queued, and read (in order) only when a
    later sentence of the same state has figures to link.  Most such
    sentences end a section's prose, so their topic is never asked for.
    """
    figures = tagged.figures
    for f in figures:
        if f.kind in LINKED:
            break
    else:  # nothing to link
        state.pending.append(tagged)
        if figures:
            state.chain = _after_counts(state.chain, figures)
        return []
    catch_up(state)
    view = SentenceView(sentence.text, figures, tagged.terms)
    _update_topics(view, state)
    ctx = make_link(view=view, sentence=sentence, section=section, state=state,
                    chain=state.chain)
    prev_end = 0
    for i, fig in enumerate(figures):
        lo = prev_end
        kind = fig.kind
        if kind != "year":  # a year is part of the phrase that names the figure
            prev_end = fig.end
        if kind not in LINKED:
            if kind == "count":
                ctx.chain = _counted(ctx.chain)
            continue
        if fig.comparator or fig.high is not None:  # a target, not a fact
            ctx.chain = target_statement(ctx, fig) or ctx.chain
            continue
        at = _figure_at(ctx, i, fig, lo)
        if at is None:
            continue
        # (a figure in no 、-run, most of them, is in no 分别-run either)
        distributed = distribute(ctx, at) if at.run else None
        if distributed is not None:
            ctx.drafts.append(distributed)
        else:
            _link_in_chain(ctx, at)
    state.chain = ctx.heads[ctx.last_region] if ctx.last_region is not None else ctx.chain
    return ctx.drafts


def catch_up(state: ParagraphState) -> None:
    """Read the state's section context, if not yet read, then the queued
    sentences' topic updates, in order."""
    if state.opening is not None:
        state.fallback_fund, state.report_year, state.default_basis = state.opening()
        state.opening = None
    for tagged in state.pending:
        _update_topics(SentenceView(tagged.text, tagged.figures, tagged.terms), state)
    state.pending.clear()


def _after_counts(chain: Statement, figures: list[Figure]) -> Statement:
    """The chain after a sentence with no figure to link: each count marks it."""
    for fig in figures:
        if fig.kind == "count":
            chain = _counted(chain)
    return chain


def _counted(chain: Statement) -> Statement:
    """The chain marked by a count figure (itself when marked already:
    statements are never changed in place once they are a chain)."""
    return chain if chain.last_kind == "count" else evolve(chain, last_kind="count")


def _update_topics(view: SentenceView, state: ParagraphState) -> None:
    """The paragraph's budget topic and topic fund, as this sentence states them."""
    prefix_basis = view.basis_before(view.first_figure)
    if state.budget_section:
        # a budget draft: every sentence states budgets unless it speaks of
        # execution (上年预计执行, 2023年执行数) or completion
        state.budget_topic = (prefix_basis != "actual"
                              and not view.says_rate())
    elif prefix_basis is not None:
        # a budget statement carries to the next sentences, until actuals
        # or a completion rate are stated
        state.budget_topic = prefix_basis == "budget" and not view.says_rate()
    elif view.says_rate():
        state.budget_topic = False
    named = view.period_index.last_before(view.first_figure)
    if named is not None:  # "1-6月，全市…": the paragraph's later figures too
        state.period = named
    topic = view.topic_fund()
    if topic is not None and len({t.id for t in view.funds if t.end <= view.first_figure}) < 3:
        # an enumeration of funds (本表汇总了甲、乙、丙……七项基金) is about them all,
        # not about its first: the topic stays
        state.topic = family.resolve(topic, view.text, state.topic or state.fallback_fund)


def _figure_at(ctx: SentenceLink, index: int, fig: Figure, lo: int) -> FigureAt | None:
    """The figure with its run, clause and measure; None when it is no fact."""
    view = ctx.view
    run = view.run_of(index)
    anchor = view.figures[run[0]] if run else fig
    clause = view.clause_start(anchor.start)
    window = ctx.text[clause:anchor.start]
    cut = statement_start(window)
    own = window[cut:]
    changes = change_ends(own)
    rate = view.rate_end(clause + cut, anchor.start)
    measure = measure_of(fig, own, rate, changes, ctx.text, anchor.start, ctx.chain)
    if measure is None or (measure in CHANGES and against_earlier_year(ctx, fig, window)):
        return None
    return make_figure_at(index=index, fig=fig, lo=lo, run=run, anchor=anchor, window=window,
                          clause=clause, measure=measure, changes=changes if cut == 0 else None)


def _enter_region(ctx: SentenceLink, fig: Figure) -> tuple[Region | None, Statement | None]:
    """The 其中 list holding ``fig`` and its head; after a list, its head goes on."""
    region = ctx.view.list_at(fig.start)
    last = ctx.last_region
    if last is not None and not last[0] <= fig.start < last[1]:
        ctx.chain = ctx.heads[last]
    ctx.last_region = region
    if region is None:
        return None, None
    if region not in ctx.heads:
        ctx.heads[region] = marker_head(ctx, region) or ctx.chain
    return region, ctx.heads[region]


def _slots(ctx: SentenceLink, at: FigureAt, region: Region | None,
           head: Statement | None) -> Slots:
    """What the figure's own phrase names, the context filling the fund."""
    view, fig, text = ctx.view, at.fig, ctx.text
    clause = at.clause if at.anchor is fig else view.clause_start(fig.start)
    own_lo = max(clause, at.lo)
    metric_term = view.metric_before(fig.start, own_lo)
    account_term = None
    if view.accounts:  # most sentences name no account
        account_term = view.account_before(fig.start, own_lo)
        if account_term is None and metric_term is not None:
            account_term = view.account_since_fund(fig.start)  # "统筹基金收入X，支出Y"
    fund_term = view.fund_before(fig.start, region)
    state = ctx.state
    context = ctx.context_fund()
    fund = ctx.resolve(fund_term, context) if fund_term else context
    named = fund_term is not None and fund is not context
    own_fund = (fund_term is not None and named
                and fund_term.start >= clause)
    year = view.year_at(fig.start, state.report_year, latest=at.measure != "level")
    if (at.measure == "level" and year is not None
            and cues.cue("from_to").match(text, fig.end)
            and cues.has("from_word", text[max(0, fig.start - 1):fig.start])):
        year -= 1  # "标准由220元提高到250元": the first amount is last year's
    return make_slots(
        own_lo=own_lo, metric_term=metric_term,
        account=account_term.id if account_term else None, fund_term=fund_term,
        own_fund=own_fund,
        fund=fund, year=year,
        view=view, pos=fig.start, region=region, head=head,
        confidence=conf.FUND_NAMED if named else conf.FUND_INHERITED,
        fund_source=_fund_source(ctx, fund_term, named, own_fund),
    )


def _fund_source(ctx: SentenceLink, term: Term | None, named: bool, own: bool) -> str:
    if term is not None:
        return ("clause" if own else "sentence") if named else "family"
    if ctx.state.topic is not None:
        return "topic"
    return "section" if ctx.state.fallback_fund is not None else "none"


def _link_in_chain(ctx: SentenceLink, at: FigureAt) -> None:
    """Link ``at`` through the statement chain; its draft joins the sentence's."""
    region, head = _enter_region(ctx, at.fig)
    s = _slots(ctx, at, region, head)
    statement = statement_for(ctx, at, s)
    if statement is None:
        return
    level = at.measure == "level"
    # ``statement_for`` made ``statement`` for this figure alone (no chain or
    # list head holds it yet), so a level's basis and anchor are set in place
    if level and cues.has("budget_amount_end", at.window) and cues.has("budget_rate", at.window):
        statement.basis = "budget"  # "完成全年预算 X万元的 Y%"
    part_of = part_list = None
    if level:
        start = at.fig.start + ctx.sentence.start
        if (head is not None and head.anchor is not None and head.anchor != start
                and same_group(head.metric, statement.metric)):
            part_of = head.anchor
            part_list = ctx.sentence.start + region[0] if region else None
        statement.anchor = start
    ctx.chain = statement
    draft = ctx.draft(at, fund=statement.fund or s.fund, account=statement.account,
                      metric=statement.metric or "other", metric_name=statement.metric_name,
                      year=s.year, basis=_basis(ctx, at, statement),
                      confidence=s.confidence, part_of=part_of, part_list=part_list,
                      evidence=_evidence(ctx, at, s))
    ctx.drafts.append(draft)
    if level:
        ctx.levels.append(draft)


def _evidence(ctx: SentenceLink, at: FigureAt, s: Slots) -> Evidence:
    return make_evidence(fund_source=s.fund_source, metric_source=s.metric_source,
                         fund_candidates=ctx.view.fund_candidates,
                         fund_distance=at.fig.start - s.fund_term.end if s.fund_term else -1)


def _basis(ctx: SentenceLink, at: FigureAt, statement: Statement) -> Basis:
    """A level's basis is its statement's; a change or rate is actual, except
    the growth of a budget over last year in a budget draft."""
    if at.measure == "level":
        return statement.basis
    if at.measure != "budget_rate" and ctx.state.budget_section and ctx.state.budget_topic:
        return statement.basis
    return "actual"


def link_paragraphs(
    paragraphs: Sequence[Paragraph],
    tagged: Iterator[Tagged],
    fallback_fund: FundRef | None,
    report_year: int | None,
    genre_basis: Basis = "actual",
) -> list[Draft]:
    """Drafts for a report's paragraphs; ``tagged`` yields each sentence's tags.

    The context (topic fund, statement chain) runs on across the paragraphs
    of one section, because PDF extraction often breaks a paragraph where
    a line happens to end with 。; a heading starts a fresh context.
    """
    out: list[Draft] = []
    state, section = None, None
    contexts = SectionContexts(fallback_fund, report_year, genre_basis)
    for paragraph in paragraphs:
        if state is None or paragraph.is_heading or paragraph.section != section:
            section = paragraph.section
            state = ParagraphState(None, None)  # by position: no keyword dict (``makers``)
            state.opening = partial(contexts.of, section)
        for sentence in paragraph.sentences:
            out.extend(link_sentence(sentence, next(tagged), paragraph.section, state))
    return out
