"""Web-table separators become TABs; the grid patterns' examples hold."""

from __future__ import annotations

import pytest
import regex

from shebao.normalise import normalise
from shebao.normalise.grid import GRID_SCHEMA
from shebao.resources import load

FULL = {"rule", "figure"}
CASES = [
    (item["name"], item["pattern"], text, should)
    for item in load("table_grid.yaml", GRID_SCHEMA)["grid"]
    for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
    for text in texts
]


@pytest.mark.parametrize("name, pattern, text, should", CASES)
def test_grid_examples_and_counter_examples(name, pattern, text, should):
    compiled = regex.compile(pattern, regex.VERBOSE)
    found = compiled.fullmatch(text) if name in FULL else compiled.search(text)
    assert bool(found) is should, f"{name}: {text!r}"


def test_grid_pipe_rows_keep_empty_cells_and_drop_rules():
    text = normalise("| 项目 | 预算数 | 执行数 |\n|---|---|---|\n| 一、失业保险基金 |  |  |\n| 基金收入 | 12 | 10 |\n").text
    assert text.split("\n") == ["项目\t预算数\t执行数", "一、失业保险基金\t\t", "基金收入\t12\t10"]


def test_grid_aligned_rows_become_tab_rows():
    text = normalise("项目    预算数    执行数\n基金收入    100    90.5\n").text
    assert text.split("\n") == ["项目\t预算数\t执行数", "基金收入\t100\t90.5"]


@pytest.mark.parametrize("source", [
    "全年基金收入增长较快|支出平稳。\n",
    "首页 | 政务公开 | 联系我们\n",
    "汉江市人社局  汉江市财政局\n",
    "项  目\n基金收入\n320  300  287  -33  -10.31%\n",
])
def test_grid_leaves_prose_navigation_and_bare_number_rows(source):
    assert "\t" not in normalise(source).text
