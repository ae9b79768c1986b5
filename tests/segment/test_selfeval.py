"""Self-evaluation tables: regions, head fields, grid and flattened rows."""

from __future__ import annotations

import pytest

from shebao.normalise import normalise
from shebao.resources import load
from shebao.segment import segment
from shebao.segment.cues import compile_pattern
from shebao.segment.lines import split_lines
from shebao.segment.selfeval import find_self_evals
from shebao.segment.selfeval_cues import SCHEMA, budget_columns, cue
from shebao.segment.selfeval_rows import flat_rows, grid_rows


GRID = "\n".join([
    "某县养老保险支出绩效自评表\t\t\t\t\t",
    "（2021年度）\t\t\t\t\t",
    "项目名称\t\t某县城乡居民基本养老保险基金\t\t\t",
    "预算执行情况（万元）\t预算数：\t1200.50\t\t执行数：\t1180.25",
    "\t其中：社会保险基金\t1200.50\t\t其中：社会保险基金\t1180.25",
    "年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t实际完成指标值",
    "\t产出指标\t数量指标\t参保人数\t≥5000人\t≥5100人",
    "\t\t\t领取人数\t≥800人\t790人",
    "\t\t时效指标\t发放及时率\t=100%\t=100%",
    "\t效益指标\t社会效益指标\t群众生活水平\t达成目标\t达成目标",
    "满意度指标\t满意度指标\t参保人员满意度\t≥90%\t≥93%\t",
])

FLAT = "\n".join([
    "某州社会保险支出绩效自评表",
    "单位：万元、人",
    "项目名称社会保险基金支出",
    "预算数：5000执行数：4980",
    "三级指标",
    "实际完成指标值（包含",
    "数字及文字描述）",
    "项", "目", "完", "成", "指", "标",
    "数量", "指标",
    "养老金发放预算完成率≥95%或≤105% 99.6%",
    "保障退休人员待遇享受人数≥3000人2950保障工伤待遇享受人数",
    "≥120人130",
    "满", "意", "度",
    "满意", "度指", "标",
    "参保群众满意度>90% 96%",
    "基金运作稳健可持续",
    "运行平稳运行平稳",
    "说明：本表数据为年报数。",
])


def _table(text: str):
    tables = find_self_evals(split_lines(text))
    assert len(tables) == 1
    return tables[0]


def _names(rows) -> list[tuple]:
    return [(r.level1, r.level2, r.level3, r.target_text, r.actual_text) for r in rows]


@pytest.mark.parametrize(("field", "value"), [
    ("title", "某县养老保险支出绩效自评表"),
    ("project", "某县城乡居民基本养老保险基金"),
    ("year", 2021),
    ("unit", "万元"),
])
def test_selfeval_grid_head_fields(field: str, value) -> None:
    assert getattr(_table(GRID), field) == value


@pytest.mark.parametrize(("text", "cells"), [
    (GRID, [("预算数", "1200.50"), ("执行数", "1180.25")]),
    (FLAT, [("预算数", "5000"), ("执行数", "4980")]),
])
def test_selfeval_budget_cells(text: str, cells: list) -> None:
    table = _table(text)
    assert [(c.column, c.text) for c in table.budget] == cells
    assert all(text[c.start:c.end] == c.text for c in table.budget)


def test_selfeval_grid_rows_carry_merged_levels() -> None:
    assert _names(_table(GRID).rows) == [
        ("产出指标", "数量指标", "参保人数", "≥5000人", "≥5100人"),
        ("产出指标", "数量指标", "领取人数", "≥800人", "790人"),
        ("产出指标", "时效指标", "发放及时率", "=100%", "=100%"),
        ("效益指标", "社会效益指标", "群众生活水平", "达成目标", "达成目标"),
        ("满意度指标", "满意度指标", "参保人员满意度", "≥90%", "≥93%"),
    ]


def test_selfeval_flat_rows_from_split_level_names() -> None:
    assert _names(_table(FLAT).rows) == [
        ("项目完成指标", "数量指标", "养老金发放预算完成率", "≥95%或≤105%", "99.6%"),
        ("项目完成指标", "数量指标", "保障退休人员待遇享受人数", "≥3000人", "2950"),
        ("项目完成指标", "数量指标", "保障工伤待遇享受人数", "≥120人", "130"),
        ("满意度", "满意度指标", "参保群众满意度", ">90%", "96%"),
        ("满意度", "满意度指标", "基金运作稳健可持续", "运行平稳", "运行平稳"),
    ]


@pytest.mark.parametrize("text", [GRID, FLAT])
def test_selfeval_row_spans_hold_name_and_values(text: str) -> None:
    for row in _table(text).rows:
        span = text[row.start:row.end]
        assert row.level3 in span and span.endswith(row.actual_text or row.target_text)


@pytest.mark.parametrize(("lines", "level2"), [
    (["按时拨付审核完毕数量", "指标", "参保率≥95% 97%"], "数量指标"),
    (["时效", "指标", "参保率≥95% 97%"], "时效指标"),
])
def test_selfeval_flat_level_stem_glued_above(lines: list[str], level2: str) -> None:
    rows = flat_rows(split_lines("\n".join(lines)))
    assert [r.level2 for r in rows] == [level2]


def test_selfeval_grid_single_value_has_no_actual() -> None:
    rows = grid_rows(split_lines("\t\t效益指标\t社会效益指标\t生活水平\t达成目标"))
    assert _names(rows) == [("效益指标", "社会效益指标", "生活水平", "达成目标", "")]


def test_selfeval_table_title_without_rows_is_no_table() -> None:
    assert find_self_evals(split_lines("某市社会保险基金支出绩效自评表\n详见附件。")) == []


def test_selfeval_segment_attaches_tables_with_section() -> None:
    text = "某县2021年度社会保险基金绩效评价报告\n五、附表\n" + GRID
    (report,) = segment(normalise(text).text)
    assert [(t.title, t.section) for t in report.self_evals] == [("某县养老保险支出绩效自评表", ("五、附表",))]


def _cue_cases(kind: str) -> list:
    return [pytest.param(c["pattern"], text, id=f"{c['name']}:{text}")
            for c in load("selfeval_cues.yaml", SCHEMA)["cues"] for text in c[kind]]


@pytest.mark.parametrize(("pattern", "text"), _cue_cases("examples"))
def test_selfeval_cue_example_matches(pattern: str, text: str) -> None:
    assert compile_pattern(pattern).search(text)


@pytest.mark.parametrize(("pattern", "text"), _cue_cases("counter_examples"))
def test_selfeval_cue_counter_example_does_not_match(pattern: str, text: str) -> None:
    assert not compile_pattern(pattern).search(text)


BUDGET_EXAMPLES = next(c for c in load("selfeval_cues.yaml", SCHEMA)["cues"] if c["name"] == "budget")["examples"]


@pytest.mark.parametrize("text", BUDGET_EXAMPLES)
def test_selfeval_budget_columns_name_the_words_before_their_amounts(text: str) -> None:
    m = cue("budget").search(text)
    assert m.group("actual") and m.group("budget")
    assert budget_columns()["budget"] in text[m.start():m.start("budget")]
    assert budget_columns()["actual"] in text[m.end("budget"):m.start("actual")]


def _seed_tables(path):
    reports = segment(normalise(path.read_text(encoding="utf-8-sig")).text)
    return [t for r in reports for t in r.self_evals]


@pytest.mark.parametrize(("stem", "tables", "rows"), [
    ("001_409ac94866773786", 4, 50),
    ("003_51fc0cc70557c26a", 1, 22),
])
def test_selfeval_seed_tables_and_rows(stem: str, tables: int, rows: int, seed) -> None:
    found = _seed_tables(seed(stem))
    assert (len(found), sum(len(t.rows) for t in found)) == (tables, rows)
