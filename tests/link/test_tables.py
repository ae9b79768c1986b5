"""Facts from tables: a flattened table inside a report, and link_table itself."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from shebao.link.context import FundRef
from shebao.link.tables import link_table
from shebao.pipeline import extract_document
from shebao.records import Document, Table, TableCell, TableRow

FLAT_REPORT = """某县2020年工伤保险基金决算说明
一、基金收支情况
工伤保险基金收支对比表
单位：万元、%
项  目
同比
增长额
同比
增长率
一、基金收入
其中：保险费收入
二、基金支出
2019 2020
1200 1500 300 25.00%
1000 1100 100 10.0%
900 810 -90 -10.00%
二、需要说明的事项
本县基金全部纳入财政专户管理。
"""


def _flat_facts():
    text = FLAT_REPORT
    doc = Document("t.txt", hashlib.sha256(text.encode()).hexdigest(), text, "utf-8")
    return text, [f for r in extract_document(doc) for f in r.facts]


def test_tables_flat_text_one_fact_per_cell() -> None:
    _, facts = _flat_facts()
    got = [(f.text, f.fund, f.metric, f.year, f.basis, f.measure, f.value, f.unit, f.value_wan)
           for f in facts]
    d = Decimal
    assert got == [
        ("1200", "work_injury", "income_total", 2019, "actual", "level", d("1200"), "万元", d("1200")),
        ("1500", "work_injury", "income_total", 2020, "actual", "level", d("1500"), "万元", d("1500")),
        ("300", "work_injury", "income_total", 2020, "actual", "yoy_change", d("300"), "万元", d("300")),
        ("25.00%", "work_injury", "income_total", 2020, "actual", "yoy_rate", d("25.00"), "%", None),
        ("1000", "work_injury", "contribution_income", 2019, "actual", "level", d("1000"), "万元",
         d("1000")),
        ("1100", "work_injury", "contribution_income", 2020, "actual", "level", d("1100"), "万元",
         d("1100")),
        ("100", "work_injury", "contribution_income", 2020, "actual", "yoy_change", d("100"), "万元",
         d("100")),
        ("10.0%", "work_injury", "contribution_income", 2020, "actual", "yoy_rate", d("10.0"), "%",
         None),
        ("900", "work_injury", "expenditure_total", 2019, "actual", "level", d("900"), "万元", d("900")),
        ("810", "work_injury", "expenditure_total", 2020, "actual", "level", d("810"), "万元", d("810")),
        ("-90", "work_injury", "expenditure_total", 2020, "actual", "yoy_change", d("-90"), "万元",
         d("-90")),
        ("-10.00%", "work_injury", "expenditure_total", 2020, "actual", "yoy_rate", d("-10.00"), "%",
         None),
    ]


def test_tables_flat_text_offsets_index_the_source() -> None:
    text, facts = _flat_facts()
    assert facts and all(text[f.start:f.end] == f.text for f in facts)


def _cell(text: str, column: str, start: int) -> TableCell:
    return TableCell(start, start + len(text), text, column)


def _table(columns: tuple[str, ...], rows: list[tuple[str, list[str]]], caption: str = "",
           unit: str | None = "万元") -> Table:
    """A table with made-up, increasing offsets."""
    built, pos = [], 0
    for label, cells in rows:
        label_start, pos = pos, pos + len(label) + 1
        row_cells = []
        for text, column in zip(cells, columns):
            row_cells.append(_cell(text, column, pos))
            pos += len(text) + 1
        built.append(TableRow(label, label_start, label_start + len(label), tuple(row_cells)))
    return Table(0, pos, unit, columns, tuple(built), ("一、基金收支",), caption)


BUDGET_TABLE = _table(("2020年预算数", "2020年决算数", "预算完成率", "备注"),
                      [("基金支出", ["500", "480", "96.00%", "1"])],
                      caption="失业保险基金预算执行表")


def _slots(drafts):
    return [(d.figure.text, d.fund.id, d.metric, d.year, d.basis, d.measure, d.value, d.figure.unit)
            for d in drafts]


def test_tables_link_table_column_gives_basis_and_measure() -> None:
    assert _slots(link_table(BUDGET_TABLE, None, 2020)) == [
        ("500", "unemployment", "expenditure_total", 2020, "budget", "level", Decimal("500"), "万元"),
        ("480", "unemployment", "expenditure_total", 2020, "actual", "level", Decimal("480"), "万元"),
        ("96.00%", "unemployment", "expenditure_total", 2020, "actual", "budget_rate",
         Decimal("96.00"), "%"),
    ]


@pytest.mark.parametrize(("caption", "fallback", "fund"), [
    pytest.param("生育保险基金收支表", FundRef("work_injury", "工伤保险基金"), "maternity",
                 id="caption-wins"),
    pytest.param("基金收支表", FundRef("work_injury", "工伤保险基金"), "work_injury",
                 id="fallback-without-caption-fund"),
    pytest.param("基金收支表", None, "other", id="other-without-any-fund"),
])
def test_tables_link_table_fund_source(caption: str, fallback: FundRef | None, fund: str) -> None:
    table = _table(("2019", "2020"), [("基金收入", ["10", "12"])], caption=caption)
    assert {d.fund.id for d in link_table(table, fallback, 2020)} == {fund}


def test_tables_link_table_row_label_gives_metric_and_account() -> None:
    table = _table(("2019", "2020"), [("其中：统筹基金支出", ["70", "75"]),
                                      ("支出户存款", ["3", "4"])],
                   caption="职工基本医疗保险基金收支表")
    got = [(d.metric, d.metric_name, d.account, d.year) for d in link_table(table, None, 2020)]
    assert got == [("expenditure_total", None, "pooling", 2019),
                   ("expenditure_total", None, "pooling", 2020),
                   ("other", "支出户存款", None, 2019),
                   ("other", "支出户存款", None, 2020)]


def test_tables_link_table_percent_in_level_column_is_skipped() -> None:
    table = _table(("2019", "2020"), [("基金收入", ["12%", "15"])])
    assert [d.figure.text for d in link_table(table, None, 2020)] == ["15"]


def test_tables_link_table_unit_of_the_table() -> None:
    table = _table(("2019", "2020"), [("基金收入", ["1.2", "1.5"])], unit="亿元")
    assert {d.figure.unit for d in link_table(table, None, 2020)} == {"亿元"}


def test_tables_previous_year_column_and_change_rate_columns() -> None:
    text = ("某县2021年城乡居民养老保险基金决算说明\n一、收支决算表\n单位：万元\n项目\n上年决算数\n本年决算数\n增减额\n增减率\n"
            "一、基金收入\n其中：集体补助收入\n1000 1100 100 10.00%\n30 27 -3 -10.00%\n")
    from shebao.pipeline import extract_document
    from shebao.records import Document
    (record,) = extract_document(Document("t.txt", "0" * 64, text, "utf-8"))
    got = [(f.text, f.metric, f.metric_name if f.metric == "other" else None, f.year, f.measure)
           for f in record.facts]
    assert got == [
        ("1000", "income_total", None, 2020, "level"),
        ("1100", "income_total", None, 2021, "level"),
        ("100", "income_total", None, 2021, "yoy_change"),
        ("10.00%", "income_total", None, 2021, "yoy_rate"),
        ("30", "other", "集体补助", 2020, "level"),
        ("27", "other", "集体补助", 2021, "level"),
        ("-3", "other", "集体补助", 2021, "yoy_change"),
        ("-10.00%", "other", "集体补助", 2021, "yoy_rate"),
    ]
