"""分别-runs: figures listed with 、 distributed over the items named before.

Three forms, tried in order:
- the run follows levels of this sentence ("A x万元、B y万元，分别增长9%、5%");
- the run follows a group of funds ("甲、乙基金支出分别为X、Y");
- the run follows metric words ("收入和支出分别为X和Y");
- the sentence names no fund of its own, or only the funds together (两项基金),
  and its heading names as many funds as the run has figures
  ("（三）工伤和失业保险基金" over "两项基金收入分别为X和Y").
"""

from __future__ import annotations

from shebao import confidence as conf
from shebao.link.context import fund_of, funds_in
from shebao.link.model import Draft, evolve, moved
from shebao.link.steps import FigureAt, SentenceLink
from shebao.records import Basis


def distribute(ctx: SentenceLink, at: FigureAt) -> Draft | None:
    """The draft of a figure of a 分别-run, or None when it is not one."""
    if not at.run or not ctx.view.respectively_before(at.fig.start):
        return None
    return (_over_levels(ctx, at) or _over_funds(ctx, at) or _over_metrics(ctx, at)
            or _over_heading_funds(ctx, at))


def _level_basis(ctx: SentenceLink, at: FigureAt) -> Basis:
    if at.measure != "level":
        return "actual"
    return ctx.view.basis_before(at.anchor.start) or "actual"


def _over_levels(ctx: SentenceLink, at: FigureAt) -> Draft | None:
    run = at.run or []
    if at.measure == "level" or len(ctx.levels) < len(run):
        return None  # levels are not spread over levels: "A、B分别收入X和Y"
    item = ctx.levels[len(ctx.levels) - len(run) + at.run_position]
    fig = at.fig
    start = ctx.sentence.start
    return evolve(item, figure=moved(fig, start),
                  measure=at.measure, value=at.value, basis="actual",
                  period=ctx.view.period_index.last_before(fig.start) or ctx.state.period,
                  confidence=conf.DISTRIBUTED)


def _over_funds(ctx: SentenceLink, at: FigureAt) -> Draft | None:
    view = ctx.view
    group = view.fund_group_before(at.anchor.start)
    if not len(group) == len(at.run or []) > 1:
        return None
    term = view.metric_before(at.anchor.start, group[-1].end)
    if term is None and at.measure == "level":
        return None
    if term is not None:
        metric: str | None = term.id
        name = term.name if term.id == "other" else None
    else:
        metric, name = ctx.chain.metric, ctx.chain.metric_name
    return ctx.draft(at, fund=fund_of(group[at.run_position]),
                     metric=metric or "expenditure_total", metric_name=name,
                     year=ctx.year_at(at.fig.start, latest=at.measure != "level"),
                     basis=_level_basis(ctx, at))


def _over_metrics(ctx: SentenceLink, at: FigureAt) -> Draft | None:
    view = ctx.view
    # metric words of this run's own phrase: after the figure before the run
    lo = max((f.end for f in view.figures if f.end <= at.anchor.start), default=0)
    named = [t for t in view.metrics_before(at.anchor.start) if t.start >= lo]
    run = at.run or []
    if len(named) < len(run):
        return None
    term = named[len(named) - len(run) + at.run_position]
    fund_term = view.fund_before(at.anchor.start, None)
    return ctx.draft(at, fund=fund_of(fund_term) if fund_term else ctx.context_fund(),
                     metric=term.id, metric_name=term.name if term.id == "other" else None,
                     year=ctx.year_at(at.fig.start, latest=at.measure != "level"),
                     basis=_level_basis(ctx, at))


def _over_heading_funds(ctx: SentenceLink, at: FigureAt) -> Draft | None:
    run = at.run or []
    own = [t for t in ctx.view.funds if t.end <= at.anchor.start]
    if len(run) < 2 or not ctx.section or any(t.id != "all_funds" for t in own):
        return None
    named: list = []
    for t in funds_in(ctx.section[-1]):
        if t.id not in ("all_funds", "other") and t.id not in [n.id for n in named]:
            named.append(t)
    if len(named) != len(run):
        return None
    term = ctx.view.metric_before(at.anchor.start, 0)
    if term is None:
        return None
    return ctx.draft(at, fund=fund_of(named[at.run_position]), metric=term.id,
                     metric_name=term.name if term.id == "other" else None,
                     year=ctx.year_at(at.fig.start, latest=at.measure != "level"),
                     basis=_level_basis(ctx, at))
