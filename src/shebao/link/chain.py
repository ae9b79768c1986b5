"""The statement a figure belongs to, when it is not one of a 分别-run.

``statement_for`` picks one case, in order:
1. a group total ("三项合计 X万元" after income items);
2. a figure whose own words are only cues ("全年实现 X万元"): the chain's;
3. a figure with a metric word of its own: a new statement;
4. an item of a 其中 list with no words of its own: the list head's metric;
5. another unnamed level: ``other``;
6. a change or rate of a fund the chain was not about: only a completion rate;
7. a change or rate that continues the chain.
A case may return None: the figure is not a fact.
"""

from __future__ import annotations

from shebao import confidence as conf
from shebao.link import cues
from shebao.link.context import fund_of
from shebao.link.model import GROUP_TOTAL, Statement, evolve, make_statement, metric_group
from shebao.link.steps import FigureAt, Region, SentenceLink, Slots
from shebao.records import Basis, Figure
from shebao.tag.terms import Term


def metric_of(term: Term) -> tuple[str, str | None]:
    """Slot id and, for ``other``, the wording of a metric term."""
    return term.id, (term.name if term.id == "other" else None)


def same_group(total: str | None, item: str | None) -> bool:
    """Whether ``item`` can be a part of ``total`` (income of income …)."""
    if total is None or item is None or "other" in (total, item):
        return True
    return metric_group(total) == metric_group(item)


def new_statement(term: Term, s: Slots, chain: Statement, basis: Basis,
                  kind: str) -> Statement:
    """The statement opened by metric ``term`` (adjusted inside lists)."""
    metric, name = metric_of(term)
    head = s.head
    balance = cues.word_has("bare_balance", term.text)  # a term's word: kept
    if balance and (head or chain).metric == "annual_balance":
        metric = "annual_balance"
    if (head is not None and head.metric == metric and head.account == s.account
            and not balance and not s.own_fund):
        metric, name = "other", None  # a part of the head: named by its own words
    return make_statement(fund=s.fund, account=s.account, metric=metric, metric_name=name,
                          year=s.year, basis=basis, last_kind=kind)


def marker_head(ctx: SentenceLink, region: Region) -> Statement | None:
    """The head of a "X中，A…，B…" list: the statement X names (no figure of its own)."""
    view = ctx.view
    start = region[0]
    if cues.has("list_word", view.text[start:start + 2]):
        return None
    lo = view.phrase_start(start)
    term = view.metric_before(start, lo)
    if term is None:
        return None
    account = view.account_before(start, lo)
    fund = view.fund_before(start, None)
    metric, name = metric_of(term)
    return make_statement(fund=fund_of(fund) if fund else ctx.context_fund(),
                          account=account.id if account else None, metric=metric,
                          metric_name=name, year=ctx.year_at(start), basis="actual",
                          last_kind="money")


def target_statement(ctx: SentenceLink, fig: Figure) -> Statement | None:
    """After a target "X基金支出预算完成率 ≥90%": the statement its actual continues."""
    view = ctx.view
    if fig.kind != "percent" or not cues.has("budget_rate", view.clause_before(fig.start)):
        return None
    term = view.metric_before(fig.start, 0)
    fund_term = view.fund_before(fig.start, None)
    return make_statement(fund=fund_of(fund_term) if fund_term else ctx.context_fund(),
                          metric=term.id if term else "expenditure_total",
                          year=ctx.year_at(fig.start), basis="actual", last_kind="percent",
                          rate_kind="budget_rate")


def statement_for(ctx: SentenceLink, at: FigureAt, s: Slots) -> Statement | None:
    """The statement of figure ``at`` (cases in the module's order).  A
    level's is a new record every time, which the caller may complete in place."""
    view, fig = ctx.view, at.fig
    level = at.measure == "level"
    if (level and s.metric_term is None and ctx.chain.metric is not None
            and cues.has("total_words", ctx.text[s.own_lo:fig.start])):
        s.metric_source = "group_total"
        return _group_total(ctx, at, s)
    if s.metric_term is None and level and (
            view.only_cues(s.own_lo, fig.start)
            or (s.region is None and not s.own_fund
                and not view.own_words(s.own_lo, fig.start))):
        s.metric_source = "cues_only"
        return _cues_only(ctx, at, s)
    if s.metric_term is not None:
        basis = s.basis or ("budget" if ctx.state.budget_topic else "actual")
        return new_statement(s.metric_term, s, ctx.chain, basis, fig.kind)
    if level and s.head is not None and not view.own_words(s.own_lo, fig.start):
        s.metric_source = "list_head"
        return _list_item(at, s, s.head)
    if level:
        s.metric_source = "unnamed"
        return _unnamed_level(ctx, at, s)
    if s.own_fund and (ctx.chain.fund is None or s.fund != ctx.chain.fund):
        if at.measure != "budget_rate":
            return None  # a new fund's change with no metric named
        s.metric_source = "new_fund_rate"
        return make_statement(fund=s.fund, account=s.account, metric="expenditure_total",
                              year=s.year, basis="actual", last_kind=fig.kind)
    s.metric_source = "chain"
    return _continuation(ctx, at, s)


def _group_total(ctx: SentenceLink, at: FigureAt, s: Slots) -> Statement:
    chain = ctx.chain
    assert chain.metric is not None
    metric = GROUP_TOTAL.get(metric_group(chain.metric) or "", chain.metric)
    return make_statement(fund=chain.fund or s.fund, metric=metric, year=s.year,
                          basis=s.basis or chain.basis, last_kind=at.fig.kind)


def _cues_only(ctx: SentenceLink, at: FigureAt, s: Slots) -> Statement:
    """"利息收入增长较快，全年实现X万元": the metric named earlier in the sentence."""
    fig = at.fig
    named = ctx.view.metric_before(fig.start, at.lo)
    if named is not None and named.id != ctx.chain.metric:
        ctx.chain = new_statement(named, s, ctx.chain, s.basis or "actual", fig.kind)
    chain = ctx.chain
    if chain.metric is None:
        basis = s.basis or ("budget" if ctx.state.budget_topic else "actual")
        return make_statement(fund=s.fund, account=s.account, metric="other", year=s.year,
                              basis=basis, last_kind=fig.kind)
    s.fund = chain.fund or s.fund
    said: Basis | None = s.basis
    if cues.has("budget_word", ctx.text[s.own_lo:fig.start]):
        said = "budget"  # "完成全年预算 X万元的 Y%": the chain's budget
    return evolve(chain, basis=said or chain.basis, last_kind=fig.kind)


def _list_item(at: FigureAt, s: Slots, head: Statement) -> Statement:
    if s.fund_term is None:
        s.fund = head.fund or s.fund
    return make_statement(fund=s.fund, account=s.account, metric=head.metric or "other",
                          metric_name=head.metric_name if head.metric else None, year=s.year,
                          basis=s.basis or head.basis, last_kind=at.fig.kind)


def _unnamed_level(ctx: SentenceLink, at: FigureAt, s: Slots) -> Statement:
    basis = s.basis or (s.head.basis if s.head else
                        "budget" if ctx.state.budget_topic else "actual")
    s.confidence -= conf.METRIC_UNNAMED_PENALTY
    return make_statement(fund=s.fund, account=s.account, metric="other", year=s.year,
                          basis=basis, last_kind=at.fig.kind)


def _continuation(ctx: SentenceLink, at: FigureAt, s: Slots) -> Statement | None:
    """A change or rate after the level it compares ("较上年减少X，降低Y%")."""
    chain, fig, text = ctx.chain, at.fig, ctx.text
    if chain.last_kind == "count" or (chain.metric is None and at.measure != "budget_rate"):
        return None
    if (chain.year is not None and not ctx.view.years_before(fig.start)
            and not cues.has("this_year", text[:fig.start])
            and not cues.has("previous_year", text[:fig.start])):
        s.year = chain.year  # "上年同期为X，同比增长Y%": Y is this year's
    if chain.metric is not None and chain.fund is not None and chain.last_kind == fig.kind:
        return chain  # the chain as it stands (a statement is not changed once a chain)
    return evolve(chain, metric=chain.metric or "expenditure_total",
                  fund=chain.fund or s.fund, last_kind=fig.kind)

