"""Column roles (table_columns.yaml): examples, counter-examples, roles read."""

from __future__ import annotations

import pytest
import regex

from shebao.link.columns import COLUMNS_SCHEMA, caption_year, column_role, default_basis
from shebao.resources import load

DATA = load("table_columns.yaml", COLUMNS_SCHEMA)
CASES = [
    (item["name"], item["pattern"], text, should)
    for group in ("roles", "periods", "markers")
    for item in DATA[group]
    for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
    for text in texts
]


@pytest.mark.parametrize("name, pattern, text, should", CASES)
def test_columns_examples_and_counter_examples(name, pattern, text, should):
    assert bool(regex.compile(pattern, regex.VERBOSE).search(text)) is should, f"{name}: {text!r}"


@pytest.mark.parametrize("column, year, basis, measure, percent, period", [
    ("预算数", 2023, "budget", "level", False, None),
    ("调整后预算数", 2023, "budget", "level", False, None),
    ("当期执行数", 2023, "actual", "level", False, "current"),
    ("本年累计", 2023, "actual", "level", False, "cumulative"),
    ("上年同期累计执行数", 2022, "actual", "level", False, "cumulative"),
    ("上年决算数", 2022, "actual", "level", False, None),
    ("执行进度%", 2023, "actual", "budget_rate", True, None),
    ("预算完成率", 2023, "actual", "budget_rate", True, None),
    ("比上年同期增长%", 2023, "actual", "yoy_rate", True, None),
    ("增减%", 2023, "actual", "yoy_rate", True, None),
    ("同比增减", 2023, "actual", "yoy_change", False, None),
    ("比上年增加", 2023, "actual", "yoy_change", False, None),
    ("2021年", 2021, "actual", "level", False, None),
    ("2022", 2022, "actual", "level", False, None),
    ("2022年预算数", 2022, "budget", "level", False, None),
])
def test_columns_roles(column, year, basis, measure, percent, period):
    role = column_role(column, 2023)
    assert (role.year, role.basis, role.measure, role.percent, role.period) == (
        year, basis, measure, percent, period)


def test_columns_ignored_and_unknown_headers_give_nothing():
    assert column_role("占比", 2023) is None
    assert column_role("结构%", 2023) is None
    assert column_role("col3", 2023) is None


def test_columns_header_names_metric_fund_and_unit():
    assert column_role("基金支出", 2023).metric == ("expenditure_total", None)
    assert column_role("失业保险", 2023).fund.id == "unemployment"
    assert column_role("预算数（亿元）", 2023).unit == "亿元"


def test_columns_caption_basis_and_year():
    assert default_basis("2024年某县社会保险基金预算表") == "budget"
    assert default_basis("2024年社会保险基金预算执行情况表") == "actual"
    assert caption_year("某县2022年基金收支表") == 2022
    assert column_role("2024年", 2024, default_basis("基金预算表")).basis == "budget"
