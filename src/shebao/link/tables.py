"""Facts from a rebuilt table: row label → metric, column header → year/measure."""

from __future__ import annotations

from decimal import Decimal

import regex

from shebao.link.context import FundRef, first_fund
from shebao.link.model import Draft
from shebao.records import Figure, Sentence, Table, TableRow
from shebao.tag.terms import find_terms

YEAR_COLUMN = regex.compile(
    r"""
    ^(?P<year>(?:19|20)\d\d)   # a year
    (?:年度?)?                 # optionally 年 / 年度
    (?P<rest>.*)$              # e.g. 预算数, 决算数
    """,
    regex.VERBOSE,
)
CHANGE_COLUMN = regex.compile(
    r"""
    增[长减]?额 | 增减(?:额|数)?(?!率) | 变动额   # 同比增长额, 增减额 (not 增减率)
    """,
    regex.VERBOSE,
)
RATE_COLUMN = regex.compile(
    r"""
    增[长减]?率 | 增幅 | 变动率 | 同比(?!增长额)   # 同比增长率, 增幅
    """,
    regex.VERBOSE,
)
BUDGET_RATE_COLUMN = regex.compile(r"完成率 | 执行率 | 完成预算", regex.VERBOSE)
BUDGET_COLUMN = regex.compile(r"预算", regex.VERBOSE)
PREVIOUS_COLUMN = regex.compile(
    r"""
    上年 | 去年 | 上一年   # 上年决算数, 上年数: the year before the table's
    """,
    regex.VERBOSE,
)
NUMBERED_ROW = regex.compile(
    r"""
    ^[一二三四五六七八九十]+[、.．]   # 一、总收入
    | ^\d+[、.．](?!\d)             # 1、总收入
    """,
    regex.VERBOSE,
)
NUMBER = regex.compile(
    r"""
    ^(?P<num>[-+]?\d+(?:\.\d+)?)   # the number as written
    (?P<pct>%)?$                   # a percent sign
    """,
    regex.VERBOSE,
)


def _column_meaning(column: str, report_year: int | None) -> tuple[int | None, str, str] | None:
    """(year, basis, measure) of a column, None when it holds no facts."""
    col = column.replace(" ", "")
    m = YEAR_COLUMN.match(col)
    if m:
        rest = m.group("rest")
        if BUDGET_RATE_COLUMN.search(rest):
            return int(m.group("year")), "actual", "budget_rate"
        basis = "budget" if BUDGET_COLUMN.search(rest) else "actual"
        return int(m.group("year")), basis, "level"
    if BUDGET_RATE_COLUMN.search(col):
        return report_year, "actual", "budget_rate"
    if RATE_COLUMN.search(col):
        return report_year, "actual", "yoy_rate"
    if CHANGE_COLUMN.search(col):
        return report_year, "actual", "yoy_change"
    year = report_year - 1 if report_year and PREVIOUS_COLUMN.search(col) else report_year
    if BUDGET_COLUMN.search(col):
        return year, "budget", "level"
    if regex.search(r"执行|决算|实际|本年|金额|上年数|去年数", col):
        return year, "actual", "level"
    return None


def _row_slots(row: TableRow, head: tuple[str, str | None] | None):
    """(fund or None, metric, metric_name, account) named by a row label.

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
        if m.text in ("收入", "支出") and len(metrics) > 1 and metrics[-2].end == m.start:
            m = metrics[-2]  # "集体补助收入": the specific word before the bare one
        return fund, m.id, (m.name if m.id == "other" else None), account
    if (fund or account) and head is not None:
        return fund, head[0], head[1], account
    label = regex.sub(r"^[\p{Han}\d]{1,2}[、.．]|^其中[:：]?", "", row.label).strip()
    return fund, "other", label or row.label, account


def link_table(table: Table, fallback: FundRef | None, report_year: int | None) -> list[Draft]:
    """Drafts for every numeric cell of ``table``."""
    fund = first_fund(table.caption) or first_fund(" ".join(table.section)) or fallback
    fund = fund or FundRef("other", "")
    sentence_years = [int(c) for c in table.columns if c.isdigit()]
    latest = max(sentence_years) if sentence_years else report_year
    drafts: list[Draft] = []
    head: tuple[str, str | None] | None = None
    head_cells: dict[str, int] = {}  # column → start of the head row's cell
    head_label = table.start
    in_list = False  # after a "其中" row, until the next numbered row
    for row in table.rows:
        row_fund, metric, name, account = _row_slots(row, head)
        if NUMBERED_ROW.match(row.label):
            in_list = False
        in_list = in_list or row.label.startswith("其中")
        is_part = row_fund is not None or account is not None or in_list
        if row_fund is None and account is None:
            head = (metric, name)
        if not is_part:
            head_cells = {c.column: c.start for c in row.cells}
            head_label = row.label_start
        for cell in row.cells:
            meaning = _column_meaning(cell.column, latest)
            m = NUMBER.match(cell.text.replace(",", ""))
            if meaning is None or m is None:
                continue
            year, basis, measure = meaning
            is_pct = bool(m.group("pct"))
            if is_pct != (measure in ("yoy_rate", "budget_rate")):
                continue
            unit = "%" if is_pct else (table.unit or "万元")
            fig = Figure("percent" if is_pct else "money", cell.start, cell.end, cell.text,
                         Decimal(m.group("num")), unit)
            sentence = Sentence(row.label_start, cell.end, f"{row.label} {cell.column} {cell.text}")
            part_of = head_cells.get(cell.column) if is_part and measure == "level" else None
            drafts.append(Draft(fig, row_fund or fund, account, metric, name, year, basis, measure,
                                Decimal(m.group("num")), sentence, table.section, 0.85,
                                part_of, head_label if part_of is not None else None))
    return drafts

