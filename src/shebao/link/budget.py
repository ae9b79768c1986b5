"""Facts of a self-evaluation table's budget/execution block (预算数/执行数).

The table evaluates the fund's expenditure, so both cells are
``expenditure_total`` levels: 预算数 with basis ``budget``, 执行数 with basis
``actual``; the fund is the table's 项目名称, else the report's.
"""

from __future__ import annotations

from decimal import Decimal

from shebao import confidence as conf
from shebao.link.context import FundRef, first_fund
from shebao.link.model import Draft, make_draft, make_evidence
from shebao.quickinit import quick_maker
from shebao.segment.selfeval_cues import budget_columns
from shebao.records import Basis, Figure, SelfEvalTable, Sentence
from shebao.units import default_money_unit

METRIC = "expenditure_total"

_make_figure = quick_maker(Figure)  # a Figure by keyword without the class call's dict of keywords


def _basis(column: str) -> Basis:
    """budget for the 预算数 column of the block, actual for its 执行数."""
    return "budget" if column == budget_columns()["budget"] else "actual"


def budget_drafts(table: SelfEvalTable, fallback: FundRef | None, report_year: int | None) -> list[Draft]:
    """Drafts for the 预算数 and 执行数 cells of ``table`` (mention "table")."""
    fund = first_fund(table.project) or fallback or FundRef("other", "")
    unit = table.unit or default_money_unit()
    year = table.year or report_year
    drafts = []
    for cell in table.budget:
        value = Decimal(cell.text.replace(",", ""))
        fig = _make_figure(kind="money", start=cell.start, end=cell.end, text=cell.text,
                           value=value, unit=unit)
        sentence = Sentence(cell.start, cell.end, f"{table.title} {cell.column} {cell.text}")
        drafts.append(make_draft(figure=fig, fund=fund, account=None, metric=METRIC,
                                 metric_name=None, year=year, basis=_basis(cell.column),
                                 measure="level", value=value, sentence=sentence,
                                 section=table.section, confidence=conf.DISTRIBUTED,
                                 evidence=make_evidence(fund_source="table",
                                                        metric_source="selfeval")))
    return drafts
