"""Link the figures of a paragraph's sentences to fund, metric and measure.

A paragraph is read as a chain of *statements*: a metric word opens one
("总支出 246656 万元"), and the figures after it that name no metric of their
own continue it ("较上年减少 22091 万元，降低 8.22%，完成预算的 74.36%").  A
"其中" list opens items that share the metric of the statement before it
unless they name their own; a 、-run of rates after "分别" is distributed
over the items listed before it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from shebao.link import clauses, cues
from shebao.link.context import FundRef, coordinated_head, fund_of
from shebao.records import Figure, Paragraph, Sentence
from shebao.tag.terms import Term

# Words stripped from a figure's own wording when it names no known metric.
NAME_NOISE = regex.compile(
    r"""
    ^(?:其中|另|合计|共|全年|本年|当年|年末|为|是|达|约)+   # leading fillers
    | (?:累计|共计|合计)?(?:为|是|达到?|约|计)?$          # trailing verbs
    """,
    regex.VERBOSE,
)
HAN_TAIL = regex.compile(r"[\p{Han}（）()]{2,16}$")


@dataclass(frozen=True)
class Statement:
    """What the figures of a chain are about."""

    fund: FundRef | None = None
    account: str | None = None
    metric: str | None = None
    metric_name: str | None = None
    year: int | None = None
    basis: str = "actual"
    last_kind: str | None = None  # kind of the chain's last figure
    rate_kind: str | None = None  # a rate cue seen earlier in the chain


@dataclass(frozen=True)
class Draft:
    """A linked figure, offsets still in normalised text."""

    figure: Figure  # absolute normalised offsets
    fund: FundRef
    account: str | None
    metric: str
    metric_name: str | None
    year: int | None
    basis: str
    measure: str
    value: Decimal
    sentence: Sentence
    section: tuple[str, ...]
    confidence: float


@dataclass
class ParagraphState:
    """Context carried from sentence to sentence inside a paragraph."""

    fallback_fund: FundRef | None
    report_year: int | None
    topic: FundRef | None = None
    chain: Statement = Statement()
    budget_topic: bool = False


def _last_before(items, pos: int, start: int = 0):
    found = None
    for it in items:
        if start <= it.start and it.end <= pos:
            found = it
    return found


def _cue_pos(name: str, text: str) -> int:
    m = cues.last(name, text)
    return m.end() if m else -1


def _basis_cue(window: str) -> str | None:
    """budget/actual from the last basis cue of a window, rates excluded."""
    masked = cues.cue("budget_rate").sub(lambda m: "＿" * len(m.group()), window)
    masked = cues.cue("budget_gap").sub(lambda m: "＿" * len(m.group()), masked)
    b, a = _cue_pos("budget", masked), _cue_pos("actual", masked)
    if b < 0 and a < 0:
        return None
    return "budget" if b > a else "actual"


def _year_at(text: str, years: list[Figure], pos: int, report_year: int | None) -> int | None:
    year, year_end = report_year, -1
    for y in years:
        if y.end > pos:
            break
        if regex.search(r"(?:较|比|与|同)$", text[max(0, y.start - 1):y.start]):
            continue  # "较2019年": the year compared with, not the fact's
        year, year_end = int(y.value), y.end
    if year_end >= 0 and cues.has("this_year", text[year_end:pos]):
        year = report_year
    return year


def _own_name(window: str) -> str | None:
    cleaned = NAME_NOISE.sub("", window.strip("：:，,；;、（）() "))
    m = HAN_TAIL.search(cleaned)
    return m.group() if m else None


def _measure(fig: Figure, window: str, chain: Statement) -> str | None:
    """level / yoy_change / yoy_rate / budget_rate, or None (not a fact)."""
    rate = _cue_pos("budget_rate", window)
    change = max(_cue_pos("up", window), _cue_pos("down", window))
    gap = _cue_pos("budget_gap", window)
    if fig.kind == "percent":
        if rate > change and rate >= 0:
            return "budget_rate"
        if change >= 0:
            return None if gap >= 0 and _cue_pos("yoy", window) < 0 else "yoy_rate"
        return chain.rate_kind
    if change >= 0 and change > rate:
        return None if gap >= 0 and _cue_pos("yoy", window) < 0 else "yoy_change"
    return "level"


def _signed(fig: Figure, window: str, measure: str) -> Decimal:
    value = fig.value
    if measure in ("yoy_change", "yoy_rate") and value > 0:
        if _cue_pos("down", window) > _cue_pos("up", window):
            value = -value
    return value


def link_sentence(
    sentence: Sentence,
    figures: list[Figure],
    terms: list[Term],
    section: tuple[str, ...],
    state: ParagraphState,
) -> list[Draft]:
    """Drafts for the figures of one sentence (offsets relative to it)."""
    text = sentence.text
    lay = clauses.layout(text)
    years = [f for f in figures if f.kind == "year"]
    funds = [t for t in terms if t.kind == "fund"]
    first_fig = next((f.start for f in figures if f.kind in ("money", "percent")), len(text))
    prefix = text[:first_fig]
    if _basis_cue(prefix) is not None:
        state.budget_topic = _basis_cue(prefix) == "budget"
    topic_terms = [t for t in funds if t.end <= first_fig and lay.list_at(t.start) is None]
    if topic_terms:
        state.topic = fund_of(coordinated_head(funds, funds.index(topic_terms[0]), text))

    run_of = {i: run for run in clauses.runs(text, figures) for i in run}
    drafts: list[Draft] = []
    levels: list[Draft] = []  # level facts of this sentence, for 分别-runs
    chain = state.chain
    prev_end = 0
    head_for_list: dict[tuple[int, int], Statement] = {}
    for i, fig in enumerate(figures):
        if fig.kind in ("count", "number"):
            chain = replace(chain, last_kind="count" if fig.kind == "count" else chain.last_kind)
            prev_end = fig.end
            continue
        if fig.kind not in ("money", "percent") or fig.comparator or fig.high is not None:
            if fig.kind == "percent":
                window = text[lay.clause_start(fig.start):fig.start]
                if cues.has("budget_rate", window):
                    chain = replace(chain, rate_kind="budget_rate")
            prev_end = fig.end
            continue
        run = run_of.get(i)
        anchor = figures[run[0]] if run else fig
        cstart = lay.clause_start(fig.start)
        window = text[lay.clause_start(anchor.start):anchor.start]
        own = text[max(cstart, prev_end):fig.start]
        region = lay.list_at(fig.start)
        if region is not None:
            head_for_list.setdefault(region, chain)
        metric_term = _last_before([t for t in terms if t.kind == "metric"], fig.start, max(cstart, prev_end))
        account_term = _last_before([t for t in terms if t.kind == "account"], fig.start, max(cstart, prev_end))
        fund_term = None
        for k in range(len(funds) - 1, -1, -1):
            t = funds[k]
            if t.end <= fig.start:
                inside = lay.list_at(t.start)
                if inside is None or inside == region:
                    fund_term = coordinated_head(funds, k, text)
                    break
        measure = _measure(fig, window, chain)
        prev_end = fig.end
        if measure is None:
            continue
        if run and cues.has("respectively", text[:fig.start]) and len(levels) >= len(run):
            item = levels[len(levels) - len(run) + run.index(i)]
            drafts.append(replace(item, figure=_abs(fig, sentence), measure=measure,
                                  value=_signed(fig, window, measure), basis="actual",
                                  confidence=0.8))
            continue
        fund = fund_of(fund_term) if fund_term else (state.topic or state.fallback_fund)
        year = _year_at(text, years, fig.start, state.report_year)
        basis = _basis_cue(window)
        confidence = 0.9 if fund_term else 0.75
        if metric_term is not None:
            metric, name = metric_term.id, metric_term.name if metric_term.id == "other" else None
            account = account_term.id if account_term else None
            if basis is None:
                basis = "budget" if state.budget_topic else "actual"
            chain = Statement(fund, account, metric, name, year, basis, fig.kind, None)
        elif measure == "level" and region is not None:
            head = head_for_list[region]
            metric, name = head.metric, head.metric_name
            account = account_term.id if account_term else None
            basis = basis or head.basis
            if metric is None:
                metric, name = "other", _own_name(own)
            if fund_term is None and head.fund is not None:
                fund = head.fund
            chain = replace(head, fund=fund, account=account, last_kind=fig.kind)
        elif measure == "level":
            name = _own_name(own)
            if name is None and chain.metric is not None:
                metric, name, account = chain.metric, chain.metric_name, chain.account
                fund = chain.fund or fund
            else:
                metric, account = "other", account_term.id if account_term else None
            basis = basis or ("budget" if state.budget_topic else "actual")
            chain = Statement(fund, account, metric, name, year, basis, fig.kind, None)
            confidence -= 0.2
        else:  # a change or a rate continuing the chain
            if chain.last_kind == "count" or (chain.metric is None and measure != "budget_rate"):
                continue
            metric = chain.metric or "expenditure_total"
            name, account = chain.metric_name, chain.account
            fund = chain.fund if (chain.fund and not fund_term) else fund
            if chain.year is not None and not years:
                year = chain.year
            basis = "actual"
            chain = replace(chain, last_kind=fig.kind)
        if measure == "budget_rate" and basis == "budget":
            basis = "actual"
        if measure != "level":
            basis = "actual"
        draft = Draft(_abs(fig, sentence), fund or FundRef("other", ""), account, metric, name,
                      year, basis, measure, _signed(fig, window, measure), sentence, section,
                      round(confidence, 2))
        drafts.append(draft)
        if measure == "level":
            levels.append(draft)
    state.chain = chain
    return drafts


def _abs(fig: Figure, sentence: Sentence) -> Figure:
    return replace(fig, start=fig.start + sentence.start, end=fig.end + sentence.start)


def link_paragraph(
    paragraph: Paragraph,
    tagged: list[tuple[list[Figure], list[Term]]],
    fallback_fund: FundRef | None,
    report_year: int | None,
) -> list[Draft]:
    """Drafts for a paragraph; ``tagged[i]`` holds sentence i's figures and terms."""
    state = ParagraphState(fallback_fund, report_year)
    out: list[Draft] = []
    for sentence, (figures, terms) in zip(paragraph.sentences, tagged):
        out.extend(link_sentence(sentence, figures, terms, paragraph.section, state))
    return out
