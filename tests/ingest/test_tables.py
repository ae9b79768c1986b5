"""Grid tables written as the lines segment rebuilds."""

from __future__ import annotations

import pytest

from shebao.ingest.tables import SCHEMA, row_head, table_lines, year_column
from shebao.resources import load
from shebao.segment.cues import cue

YEAR_COLUMN = load("ingest_tables.yaml", SCHEMA)["year_column"]


@pytest.mark.parametrize(("header", "rows", "lines"), [
    pytest.param(("项目", "2020年", "2021年", "增减额"), [("基金收入", "10", "12", "2")],
                 ["项目", "增减额", "2020 2021", "基金收入 10 12 2"], id="years-first"),
    pytest.param(("项 目", "2021年预算数", "2021年执行数"), [("基金 支出", "8", "7.5")],
                 ["项目 2021年预算数 2021年执行数", "基金支出 8 7.5"], id="years-inside"),
    pytest.param(None, [("单位：万元", "单位：万元"), ("项目", "上年数", "本年数"),
                        ("基金结余", "1,200", "1,300")],
                 ["单位：万元", "项目", "上年数", "本年数", "基金结余 1,200 1,300"],
                 id="merged-unit-row"),
    pytest.param(("指标", "目标值"), [("参保人数", "≥100人")],
                 ["指标\t目标值", "参保人数\t≥100人"], id="text-cells-tabbed"),
    pytest.param(("项目", "2020年"), [("基金收入", "")],
                 ["项目\t2020年", "基金收入\t"], id="empty-cell-tabbed"),
])
def test_tables_lines_of_grid(header, rows, lines) -> None:
    assert table_lines(header, rows) == lines


@pytest.mark.parametrize("cell", YEAR_COLUMN["examples"])
def test_tables_year_column_examples_match(cell: str) -> None:
    assert year_column().match(cell)


@pytest.mark.parametrize("cell", YEAR_COLUMN["counter_examples"])
def test_tables_year_column_counter_examples_do_not_match(cell: str) -> None:
    assert not year_column().match(cell)


def test_tables_row_head_is_read_by_the_segment_cues() -> None:
    assert cue("row_head").search(row_head())
    assert cue("column_header").search(f"{row_head()} 2021年预算数 2021年执行数")
