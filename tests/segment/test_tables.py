from __future__ import annotations

import pytest

from shebao.segment.lines import split_lines
from shebao.segment.tables import find_tables, starts_table

FLAT = """1.养老保险基金
养老保险基金收支情况对比表
单位：万元、%
项  目
同比
增减额
同比
增减率
一、基金收入
其中：保险费收入
二、基金支出
2019 2020
1200 1500 300 25.00%
1000 1100 100 10.0%
900 1080 -180 -20%
年年
1.2020年养老保险基金收入1500万元。"""

SIMPLE = """基金收支对比表
项目 2019年 2020年 增减
基金收入 100.5 120 19.5
基金支出 80 90 10
结余增加较多。"""


def _one(text: str):
    lines = split_lines(text)
    (found,) = find_tables(lines)
    return text, lines, found


def test_tables_flat_rows_pair_labels_with_numbers() -> None:
    _, _, found = _one(FLAT)
    rows = [(r.label, [c.text for c in r.cells]) for r in found.table.rows]
    assert rows == [
        ("一、基金收入", ["1200", "1500", "300", "25.00%"]),
        ("其中：保险费收入", ["1000", "1100", "100", "10.0%"]),
        ("二、基金支出", ["900", "1080", "-180", "-20%"]),
    ]


def test_tables_flat_columns_years_first_then_fragments() -> None:
    _, _, found = _one(FLAT)
    assert found.table.columns == ("2019", "2020", "同比增减额", "同比增减率")


@pytest.mark.parametrize(("field", "value"), [("unit", "万元"), ("caption", "养老保险基金收支情况对比表")])
def test_tables_flat_unit_and_caption(field: str, value: str) -> None:
    _, _, found = _one(FLAT)
    assert getattr(found.table, field) == value


def test_tables_flat_span_stops_before_body_text() -> None:
    _, lines, found = _one(FLAT)
    assert (lines[found.first].text, lines[found.last].text) == ("养老保险基金收支情况对比表", "年年")


def test_tables_cell_and_label_offsets_index_the_text() -> None:
    text, _, found = _one(FLAT)
    for row in found.table.rows:
        assert text[row.label_start:row.label_end] == row.label
        assert all(text[c.start:c.end] == c.text for c in row.cells)


def test_tables_cells_carry_their_column() -> None:
    _, _, found = _one(FLAT)
    assert [c.column for c in found.table.rows[0].cells] == list(found.table.columns)


def test_tables_simple_form_rows() -> None:
    _, _, found = _one(SIMPLE)
    rows = [(r.label, [c.text for c in r.cells]) for r in found.table.rows]
    assert rows == [("基金收入", ["100.5", "120", "19.5"]), ("基金支出", ["80", "90", "10"])]


def test_tables_simple_form_header_names_columns() -> None:
    _, _, found = _one(SIMPLE)
    assert found.table.columns == ("2019年", "2020年", "增减")


def test_tables_simple_rows_without_caption() -> None:
    text = "对比如下。\n基金收入 100 120\n基金支出 80 90\n结余增加。"
    _, lines, found = _one(text)
    assert [lines[found.first].text, lines[found.last].text] == ["基金收入 100 120", "基金支出 80 90"]


@pytest.mark.parametrize(
    "text",
    [
        "2020年某区社保基金收支分析表\n（二）绩效目标设定情况\n全年预算执行目标95%以上。",
        "基金收入 100 120\n结余增加。",
        "一、总体情况\n基金收入100万元。",
    ],
)
def test_tables_none_without_number_rows(text: str) -> None:
    assert find_tables(split_lines(text)) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [("收支情况分析表", True), ("单位：万元", True), ("基金运行平稳。", False)],
)
def test_tables_starts_table(text: str, start: bool) -> None:
    assert starts_table(split_lines(text), 0) is start


# labels first, then the year header sharing its line with a header fragment
LABELS_THEN_YEARS = """某县2022年社会保险基金收支情况表
单位：万元、%
项目
一、基金收入合计
工伤保险
二、基金支出合计
{years}
增长额
同比
增长率
5100 5400 300 5.88%
812 790 -22 -2.71%
4700 4950 250 5.32%
二、分险种情况"""


def _labels_then_years(years: str = "2021年2022年同比"):
    return _one(LABELS_THEN_YEARS.format(years=years))


def test_tables_labels_before_year_header_pair_with_numbers() -> None:
    _, _, found = _labels_then_years()
    rows = [(r.label, [c.text for c in r.cells]) for r in found.table.rows]
    assert rows == [
        ("一、基金收入合计", ["5100", "5400", "300", "5.88%"]),
        ("工伤保险", ["812", "790", "-22", "-2.71%"]),
        ("二、基金支出合计", ["4700", "4950", "250", "5.32%"]),
    ]


@pytest.mark.parametrize(
    "years", ["2021年2022年同比", "2021 年 2022 年 同比", "2021年度 2022年度 同比", "2021 2022 同比"]
)
def test_tables_year_header_forms_name_columns(years: str) -> None:
    _, _, found = _labels_then_years(years)
    assert found.table.columns == ("2021", "2022", "同比增长额", "同比增长率")


@pytest.mark.parametrize(
    ("field", "value"), [("unit", "万元"), ("caption", "某县2022年社会保险基金收支情况表")]
)
def test_tables_labels_before_year_header_unit_and_caption(field: str, value: str) -> None:
    _, _, found = _labels_then_years()
    assert getattr(found.table, field) == value


def test_tables_labels_before_year_header_span_stops_at_body() -> None:
    _, lines, found = _labels_then_years()
    assert (lines[found.first].text, lines[found.last].text) == (
        "某县2022年社会保险基金收支情况表", "4700 4950 250 5.32%")


def test_tables_year_header_on_top_labels_last() -> None:
    text = "基金收支对比表\n单位：万元\n2021 2022\n增减额\n增减率\n基金收入\n基金支出\n100 120 20 20%\n80 90 10 12.5%"
    _, _, found = _one(text)
    assert [r.label for r in found.table.rows] == ["基金收入", "基金支出"]
    assert found.table.columns == ("2021", "2022", "增减额", "增减率")


# one "label n1 n2" line per row, the label glued to its first number
GLUED = """三、基金收支简表
单位：万元
{header}
养老基金收入合计1250.40     1318.75
养老基金支出合计1102.30     1187.66
期末累计结余2406.12     2537.21
四、其他事项"""


def _glued(header: str = "项目2022年2023年"):
    return _one(GLUED.format(header=header))


def test_tables_glued_rows_labels_and_cells() -> None:
    _, _, found = _glued()
    rows = [(r.label, [c.text for c in r.cells]) for r in found.table.rows]
    assert rows == [
        ("养老基金收入合计", ["1250.40", "1318.75"]),
        ("养老基金支出合计", ["1102.30", "1187.66"]),
        ("期末累计结余", ["2406.12", "2537.21"]),
    ]


def test_tables_glued_rows_offsets_index_the_text() -> None:
    text, _, found = _glued()
    for row in found.table.rows:
        assert text[row.label_start:row.label_end] == row.label
        assert all(text[c.start:c.end] == c.text for c in row.cells)


def test_tables_glued_rows_span_and_unit() -> None:
    _, lines, found = _glued()
    assert found.table.unit == "万元"
    span = (lines[found.first].text, lines[found.last].text)
    assert span == ("单位：万元", "期末累计结余2406.12     2537.21")


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("项目2022年2023年", ("2022", "2023")),
        ("项目 2022年 2023年", ("2022", "2023")),
        ("项目2022年度2023年度", ("2022", "2023")),
        ("项目2023年预算数2023年执行数", ("2023年预算数", "2023年执行数")),
        ("项目 上年数 本年数", ("上年数", "本年数")),
    ],
)
def test_tables_glued_header_names_columns(header: str, columns: tuple[str, ...]) -> None:
    _, _, found = _glued(header)
    assert found.table.columns == columns


def test_tables_glued_header_with_change_columns() -> None:
    text = "单位：万元、%\n项目 2022年 2023年 增减额 增减率\n收入合计500 550 50 10.00%\n支出合计400 380 -20 -5.00%"
    _, _, found = _one(text)
    assert found.table.columns == ("2022年", "2023年", "增减额", "增减率")
    assert [c.text for c in found.table.rows[1].cells] == ["400", "380", "-20", "-5.00%"]


def test_tables_header_line_starts_table_without_unit() -> None:
    text = "收支对比如下。\n项目2022年2023年\n基金收入700.5 720.25\n基金支出650 690.5\n结余略增。"
    _, lines, found = _one(text)
    assert lines[found.first].text == "项目2022年2023年"
    assert found.table.columns == ("2022", "2023")


@pytest.mark.parametrize(
    "text",
    [
        "单位：万元\n全年收入合计1250.40万元，支出合计1102.30万元。\n期末结余2406.12万元，较上年增加。",
        "基金收入合计1250.40万元 1318.75万元\n基金支出合计1102.30万元 1187.66万元",
        "项目2023年收入增加，支出减少。\n基金收入1250.40\n基金支出1102.30",
    ],
)
def test_tables_glued_prose_is_not_a_table(text: str) -> None:
    assert find_tables(split_lines(text)) == []
