"""Facts from a table: row label → fund/metric, column header → year/basis/measure.

One model for every table (flattened PDF tables and web tables): the
column's role comes from ``link/columns.py`` (table_columns.yaml); the
row's fund and metric from the lexicon, a row naming only a fund and no
figures opens that fund's section ("一、企业职工基本养老保险基金"), a
header naming a metric or fund fills what the row label leaves out (a
table of funds by 收入/支出/结余).  The year is the column's, else the
caption's, else the report's; the unit the column's, else the table's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from shebao import confidence as conf
from shebao.link import cues
from shebao.link.columns import ColumnRole, caption_year, column_role, default_basis, marker
from shebao.link.context import FundRef, first_fund
from shebao.link.model import Draft, evolve, make_draft, make_evidence
from shebao.link.periods import last_period
from shebao.quickinit import quick_maker
from shebao.records import Basis, Figure, Sentence, Table, TableCell, TableRow
from shebao.tag.terms import find_terms, metric_parents
from shebao.textcache import text_cache
from shebao.units import default_money_unit

_make_figure = quick_maker(Figure)  # a Figure by keyword without the class call's dict of keywords

NUMBER = regex.compile(
    r"""
    ^(?P<num>[-+]?\d+(?:\.\d+)?)   # the number as written (commas dropped)
    \s*(?P<pct>%)?$                # a percent sign
    """,
    regex.VERBOSE,
)
DECIMAL_TYPO = regex.compile(r"(?<=\d)。(?=\d)")  # "880。5": a full stop for a decimal point
MINUS = str.maketrans({"−": "-", "－": "-", "％": "%"})


@dataclass(frozen=True)
class RowSlots:
    """What a row label names."""

    fund: FundRef | None
    metric: str
    name: str | None
    account: str | None
    own_metric: bool  # the label names its metric (not taken from the row above)


def _row_slots(row: TableRow, head: tuple[str, str | None] | None) -> RowSlots:
    """The fund (or None), metric, metric name and account named by a row label.

    A row naming a fund but no metric ("企业职工基本养老保险" under
    "一、基金收入合计") is that fund's share of the metric above it.
    """
    terms = find_terms(row.label)
    metrics = [t for t in terms if t.kind == "metric"]
    accounts = [t for t in terms if t.kind == "account"]
    funds = [t for t in terms if t.kind == "fund"]
    fund = FundRef(funds[0].id, funds[0].name) if funds else None
    account = accounts[-1].id if accounts else None
    if metrics:
        m = metrics[-1]
        if (cues.has("generic_metric", m.text) and len(metrics) > 1
                and metrics[-2].end == m.start):
            m = metrics[-2]  # "集体补助收入": the specific word before the bare one
        return RowSlots(fund=fund, metric=m.id, name=(m.name if m.id == "other" else None),
                        account=account, own_metric=True)
    if (fund or account) and head is not None:
        return RowSlots(fund=fund, metric=head[0], name=head[1], account=account, own_metric=False)
    label = cues.cue("row_marker").sub("", row.label).strip()
    return RowSlots(fund=fund, metric="other", name=label or row.label, account=account,
                    own_metric=False)


@text_cache(maxsize=4096)  # a cell's text: read by _section_row, then by _cell_draft
def _number(text: str) -> regex.Match | None:
    """The number of a cell ("1,200.50", "880。5", "-3.2%"), None for "-", "" or text."""
    return NUMBER.match(DECIMAL_TYPO.sub(".", text.translate(MINUS).replace(",", "")))


@dataclass
class _State:
    """What the rows read so far say about the next ones."""

    fund: FundRef  # the table's fund, or the fund of the current section row
    base_year: int | None
    basis: Basis  # default basis of unqualified columns
    head: tuple[str, str | None] | None = None  # metric of the last total row
    head_cells: dict | None = None  # column → start of the head row's cell
    head_label: int = 0
    in_list: bool = False  # after a "其中" row, until the next numbered row
    periods: dict[str, str | None] = field(default_factory=dict)  # by column, read once


def _cell_draft(table: Table, row: TableRow, cell: TableCell, slots: RowSlots,
                state: _State, is_part: bool) -> Draft | None:
    role: ColumnRole | None = column_role(cell.column, state.base_year, state.basis)
    m = _number(cell.text)
    if role is None or m is None:
        return None
    is_pct = bool(m.group("pct")) or (role.percent and role.measure != "level")
    if is_pct != (role.measure in ("yoy_rate", "budget_rate")):
        return None
    metric, name = slots.metric, slots.name
    if role.metric and not slots.own_metric:
        metric, name = role.metric  # a table of funds by metric columns
    fund = slots.fund or role.fund or state.fund
    value = Decimal(m.group("num"))
    unit = "%" if is_pct else (role.unit or _label_unit(row.label) or table.unit
                                   or default_money_unit())
    fig = _make_figure(kind="percent" if is_pct else "money", start=cell.start, end=cell.end,
                       text=cell.text, value=value, unit=unit)
    sentence = Sentence(row.label_start, cell.end, f"{row.label} {cell.column} {cell.text}")
    heads = state.head_cells or {}
    part_of = heads.get(cell.column) if is_part and role.measure == "level" else None
    # the first four by position: a call with more than 15 keywords passes a dict
    return make_draft(fig, fund, slots.account, metric,
                      metric_name=name, year=role.year, basis=role.basis, measure=role.measure,
                      value=value, sentence=sentence, section=table.section,
                      confidence=conf.TABLE_CELL, part_of=part_of,
                      part_list=state.head_label if part_of is not None else None,
                      evidence=make_evidence(fund_source="table", metric_source="table"),
                      period=_column_period(cell.column, state), period_scope=role.period)


@text_cache(maxsize=1024)
def _label_unit(text: str) -> str | None:
    """The unit a row label names ("基金收入（万元）"), None when it names none:
    read once per label (every cell of a row asks), and only by a cell whose
    column names no unit."""
    own = marker("unit").search(text)
    return own.group("unit") if own else None


def _column_period(column: str, state: _State) -> str | None:
    """The period a column heading names (read once per column of a table)."""
    if column not in state.periods:
        state.periods[column] = last_period(column)
    return state.periods[column]


def _section_row(row: TableRow, slots: RowSlots, state: _State) -> bool:
    """Read a row without figures (a section or group row); False if it is not one."""
    if any(_number(c.text) for c in row.cells):
        return False
    if slots.fund is not None and not slots.own_metric:
        state.fund, state.head, state.head_cells = slots.fund, None, None
    elif slots.own_metric and slots.fund is None and slots.account is None:
        state.head = (slots.metric, slots.name)
    return True


def _leaves_list(slots: RowSlots, state: _State) -> bool:
    """A row naming a metric that is no part of the list's total (基金支出
    after the 其中 items of 基金收入) starts a new total, not another item."""
    if not (state.in_list and slots.own_metric and slots.fund is None and state.head):
        return False
    parents, metric = metric_parents(), slots.metric
    if metric == "other" or state.head[0] == "other" or metric == state.head[0]:
        return False
    while metric in parents:
        metric = parents[metric]
        if metric == state.head[0]:
            return False
    return True


def link_table(table: Table, fallback: FundRef | None, report_year: int | None) -> list[Draft]:
    """Drafts for every numeric cell of ``table``."""
    fund = first_fund(table.caption) or first_fund(" ".join(table.section)) or fallback
    years = [int(m.group("year")) for c in table.columns if (m := marker("year").match(c))]
    base = max(years) if years else (caption_year(table.caption) or report_year)
    state = _State(fund or FundRef("other", ""), base, default_basis(table.caption),
                   head_label=table.start)
    drafts: list[Draft] = []
    for row in table.rows:
        slots = _row_slots(row, state.head)
        if _section_row(row, slots, state):
            continue
        if cues.has("numbered_row", row.label) or _leaves_list(slots, state):
            state.in_list = False
        state.in_list = state.in_list or cues.has("list_word", row.label)
        is_part = slots.fund is not None or slots.account is not None or state.in_list
        if slots.fund is None and slots.account is None:
            state.head = (slots.metric, slots.name)
        if not is_part:
            state.head_cells = {c.column: c.start for c in row.cells}
            state.head_label = row.label_start
        cells = [_cell_draft(table, row, cell, slots, state, is_part) for cell in row.cells]
        drafts.extend(_rates_follow_cumulative([d for d in cells if d is not None]))
    return drafts


def _rates_follow_cumulative(row: list[Draft]) -> list[Draft]:
    """A row with a current (本期/本季度) and a cumulative (累计) column states
    its change against last year for the cumulative figure: a change column
    that names no period of its own takes the cumulative scope."""
    scopes = {d.period_scope for d in row if d.measure == "level"}
    if not {"current", "cumulative"} <= scopes:
        return row
    return [evolve(d, period_scope="cumulative")
            if d.measure in ("yoy_rate", "yoy_change") and d.period is None
            and d.period_scope is None else d
            for d in row]


