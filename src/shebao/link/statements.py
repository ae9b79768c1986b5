"""Link the figures of a paragraph's sentences to fund, metric and measure.

A paragraph is read as a chain of *statements*: a metric word opens one
("总支出 246656 万元"), and the figures after it that name no metric of their
own continue it ("较上年减少 22091 万元，降低 8.22%，完成预算的 74.36%").  A
"其中" list opens items that share the metric of the statement before it
unless they name their own; a 、-run of rates after "分别" is distributed
over the items listed before it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from shebao.link import cues
from shebao.link.context import FundRef, fund_of, heading_fund
from shebao.link.model import (GROUP_TOTAL, Draft, ParagraphState, Statement, measure_of,
                               metric_group, signed)
from shebao.link.sentence import SentenceView
from shebao.records import Figure, Paragraph, Sentence
from shebao.tag.terms import Term

# After the first amount of "由X提高到Y": the change to this year's amount.
FROM_TO = regex.compile(
    r"""
    (?:提高|增加|上调|调整|增长|下调|降低|减少|调高|调低)(?:到|至|为)   # 提高到
    """,
    regex.VERBOSE,
)


def _same_group(total: str | None, item: str | None) -> bool:
    """Whether ``item`` can be a part of ``total`` (income of income …)."""
    if total is None or item is None or "other" in (total, item):
        return True
    return metric_group(total) == metric_group(item)


def _metric_of(term: Term) -> tuple[str, str | None]:
    return term.id, (term.name if term.id == "other" else None)


def _new_statement(term, account, fund, own_fund, year, basis, head, chain, kind) -> Statement:
    """The statement opened by metric ``term`` (adjusted inside lists)."""
    metric, name = _metric_of(term)
    if term.text == "结余" and (head or chain).metric == "annual_balance":
        metric = "annual_balance"
    if (head is not None and head.metric == metric and head.account == account
            and term.text != "结余" and not own_fund):
        metric, name = "other", None  # a part of the head: named by its own words
    return Statement(fund, account, metric, name, year, basis, kind, None)


def _marker_head(view: SentenceView, region: tuple[int, int],
                 state: ParagraphState) -> Statement | None:
    """The head of a "X中，A…，B…" list: the statement X names (no figure of its own)."""
    start = region[0]
    if view.text.startswith("其中", start):
        return None
    lo = view.phrase_start(start)
    term = view.metric_before(start, lo)
    if term is None:
        return None
    account = view.account_before(start, lo)
    fund = view.fund_before(start, None)
    metric, name = _metric_of(term)
    return Statement(fund_of(fund) if fund else (state.topic or state.fallback_fund),
                     account.id if account else None, metric, name,
                     view.year_at(start, state.report_year), "actual", "money", None)


def link_sentence(
    sentence: Sentence,
    figures: list[Figure],
    terms: list[Term],
    section: tuple[str, ...],
    state: ParagraphState,
) -> list[Draft]:
    """Drafts for the figures of one sentence (offsets relative to it)."""
    view = SentenceView(sentence.text, figures, terms)
    text = view.text
    prefix_basis = view.basis_before(view.first_figure)
    if prefix_basis is not None or cues.has("budget_rate", view.text):
        # a budget statement carries to the next sentences, until actuals
        # or a completion rate are stated
        state.budget_topic = prefix_basis == "budget" and not cues.has("budget_rate", view.text)
    topic = view.topic_fund()
    if topic is not None:
        state.topic = fund_of(topic)

    drafts: list[Draft] = []
    levels: list[Draft] = []  # level facts of this sentence, for 分别-runs
    heads: dict[tuple[int, int], Statement] = {}
    chain = state.chain
    last_region: tuple[int, int] | None = None
    prev_end = 0
    for i, fig in enumerate(figures):
        lo = prev_end
        if fig.kind != "year":  # a year is part of the phrase that names the figure
            prev_end = fig.end
        if fig.kind == "count":
            chain = replace(chain, last_kind="count")
        if fig.kind not in ("money", "percent"):
            continue
        if fig.comparator or fig.high is not None:  # a target, not a fact
            if fig.kind == "percent" and cues.has("budget_rate", view.clause_before(fig.start)):
                # "X基金支出预算完成率 ≥90%，全年完成值 Y%": Y is X's budget rate
                term = view.metric_before(fig.start, 0)
                fund_term = view.fund_before(fig.start, None)
                chain = Statement(
                    fund_of(fund_term) if fund_term else (state.topic or state.fallback_fund),
                    None, term.id if term else "expenditure_total", None,
                    view.year_at(fig.start, state.report_year), "actual", "percent",
                    "budget_rate")
            continue
        run = view.run_of(i)
        anchor = figures[run[0]] if run else fig
        window = view.clause_before(anchor.start)
        measure = measure_of(fig, window, text[:anchor.start], chain)
        if measure is None:
            continue
        if run and view.respectively_before(fig.start) and len(levels) >= len(run):
            item = levels[len(levels) - len(run) + run.index(i)]
            drafts.append(replace(item, figure=_abs(fig, sentence), measure=measure,
                                  value=signed(fig, window, measure), basis="actual",
                                  confidence=0.8))
            continue
        group = view.fund_group_before(anchor.start)
        if run and view.respectively_before(fig.start) and len(group) == len(run) > 1:
            # "甲、乙、丙基金支出分别为X、Y、Z": one figure per fund named before
            term = view.metric_before(anchor.start, group[-1].end)
            if term is not None or measure != "level":
                metric, name = _metric_of(term) if term else (chain.metric, chain.metric_name)
                year = view.year_at(fig.start, state.report_year, latest=measure != "level")
                basis = (view.basis_before(anchor.start) or "actual") if measure == "level" \
                    else "actual"
                drafts.append(Draft(_abs(fig, sentence), fund_of(group[run.index(i)]), None,
                                    metric or "expenditure_total", name, year, basis, measure,
                                    signed(fig, window, measure), sentence, section, 0.8))
                continue
        named = view.metrics_before(anchor.start)
        if run and view.respectively_before(fig.start) and len(named) >= len(run):
            # "收入和支出分别为X和Y": one figure per metric named before
            term = named[len(named) - len(run) + run.index(i)]
            year = view.year_at(fig.start, state.report_year, latest=measure != "level")
            fund_term = view.fund_before(anchor.start, None)
            fund = fund_of(fund_term) if fund_term else (state.topic or state.fallback_fund)
            basis = (view.basis_before(anchor.start) or "actual") if measure == "level" else "actual"
            metric, name = _metric_of(term)
            drafts.append(Draft(_abs(fig, sentence), fund or FundRef("other", ""), None, metric,
                                name, year, basis, measure, signed(fig, window, measure),
                                sentence, section, 0.8))
            continue
        region = view.list_at(fig.start)
        if last_region is not None and not last_region[0] <= fig.start < last_region[1]:
            chain = heads[last_region]  # after a list, its head goes on
        last_region = region
        if region is not None and region not in heads:
            heads[region] = _marker_head(view, region, state) or chain
        head = heads.get(region)
        own_lo = max(view.clause_start(fig.start), lo)
        metric_term = view.metric_before(fig.start, own_lo)
        account_term = view.account_before(fig.start, own_lo)
        if account_term is None and metric_term is not None:
            account_term = view.account_since_fund(fig.start)  # "统筹基金收入X，支出Y"
        account = account_term.id if account_term else None
        fund_term = view.fund_before(fig.start, region)
        own_fund = fund_term is not None and fund_term.start >= view.clause_start(fig.start)
        fund = fund_of(fund_term) if fund_term else (state.topic or state.fallback_fund)
        year = view.year_at(fig.start, state.report_year, latest=measure != "level")
        if measure == "level" and year is not None and FROM_TO.match(text, fig.end) \
                and text[:fig.start].endswith(("由", "从")):
            year -= 1  # "标准由220元提高到250元": the first amount is last year's
        basis = view.basis_before(fig.start, strong=True)
        confidence = 0.9 if fund_term else 0.75
        if (measure == "level" and metric_term is None and chain.metric is not None
                and cues.has("total_words", text[own_lo:fig.start])):
            metric = GROUP_TOTAL.get(metric_group(chain.metric), chain.metric)
            basis = basis or chain.basis
            statement = Statement(chain.fund or fund, None, metric, None, year, basis,
                                  fig.kind, None)
        elif metric_term is None and measure == "level" and (
                view.only_cues(own_lo, fig.start)
                or (region is None and not own_fund and not view.own_words(own_lo, fig.start))):
            named = view.metric_before(fig.start, lo)  # "利息收入增长较快，全年实现X万元"
            if named is not None and named.id != chain.metric:
                chain = _new_statement(named, account, fund, own_fund, year,
                                       basis or "actual", head, chain, fig.kind)
            if chain.metric is not None:  # "完成全年预算 X万元的 Y%": the chain's budget
                fund = chain.fund or fund
                if "预算" in text[own_lo:fig.start]:
                    basis = "budget"
                statement = replace(chain, basis=basis or chain.basis, last_kind=fig.kind)
            else:
                basis = basis or ("budget" if state.budget_topic else "actual")
                statement = Statement(fund, account, "other", None,
                                      year, basis, fig.kind, None)
        elif metric_term is not None:
            basis = basis or ("budget" if state.budget_topic else "actual")
            statement = _new_statement(metric_term, account, fund, own_fund, year, basis,
                                       head, chain, fig.kind)
        elif measure == "level" and head is not None and not view.own_words(own_lo, fig.start):
            basis = basis or head.basis
            fund = fund if fund_term is not None else (head.fund or fund)
            metric = head.metric or "other"
            name = head.metric_name if head.metric else None
            statement = Statement(fund, account, metric, name, year, basis, fig.kind, None)
        elif measure == "level":
            basis = basis or (head.basis if head else
                              "budget" if state.budget_topic else "actual")
            name = None
            statement = Statement(fund, account, "other", name, year, basis, fig.kind, None)
            confidence -= 0.2
        elif own_fund and (chain.fund is None or fund != chain.fund):
            if measure != "budget_rate":
                continue  # a new fund's change with no metric named
            statement = Statement(fund, account, "expenditure_total", None, year, "actual",
                                  fig.kind, None)
        else:  # a change or a rate continuing the chain
            if chain.last_kind == "count" or (chain.metric is None and measure != "budget_rate"):
                continue
            statement = replace(chain, metric=chain.metric or "expenditure_total",
                                fund=chain.fund or fund, last_kind=fig.kind)
            if (chain.year is not None and not view.years_before(fig.start)
                    and not cues.has("this_year", text[:fig.start])
                    and not cues.has("previous_year", text[:fig.start])):
                year = chain.year  # "上年同期为X，同比增长Y%": Y is this year's
        if measure == "level" and window.endswith(("预算", "预算数")) and cues.has(
                "budget_rate", window):
            statement = replace(statement, basis="budget")  # "完成全年预算 X万元的 Y%"
        chain = statement
        basis = statement.basis if measure == "level" else "actual"
        part_of = part_list = None
        if measure == "level":
            start = fig.start + sentence.start
            if (head is not None and head.anchor is not None and head.anchor != start
                    and _same_group(head.metric, statement.metric)):
                part_of = head.anchor
                part_list = sentence.start + region[0] if region else None
            chain = statement = replace(statement, anchor=start)
        draft = Draft(_abs(fig, sentence), statement.fund or fund or FundRef("other", ""),
                      statement.account, statement.metric, statement.metric_name, year, basis,
                      measure, signed(fig, window, measure), sentence, section,
                      round(confidence, 2), part_of, part_list)
        drafts.append(draft)
        if measure == "level":
            levels.append(draft)
    state.chain = heads[last_region] if last_region is not None else chain
    return drafts


def _abs(fig: Figure, sentence: Sentence) -> Figure:
    return replace(fig, start=fig.start + sentence.start, end=fig.end + sentence.start)


def link_paragraphs(
    paragraphs: Sequence[Paragraph],
    tagged: Iterator[tuple[list[Figure], list[Term]]],
    fallback_fund: FundRef | None,
    report_year: int | None,
) -> list[Draft]:
    """Drafts for a report's paragraphs; ``tagged`` yields each sentence's tags.

    The context (topic fund, statement chain) runs on across the paragraphs
    of one section, because PDF extraction often breaks a paragraph where
    a line happens to end with 。; a heading starts a fresh context.
    """
    out: list[Draft] = []
    state, section = None, None
    for paragraph in paragraphs:
        if state is None or paragraph.is_heading or paragraph.section != section:
            fund = heading_fund(paragraph.section) or fallback_fund
            state, section = ParagraphState(fund, report_year), paragraph.section
        for sentence in paragraph.sentences:
            figures, terms = next(tagged)
            out.extend(link_sentence(sentence, figures, terms, paragraph.section, state))
    return out
