"""Web tables (TAB grids after normalise) become Table records."""

from __future__ import annotations

from shebao.normalise import normalise
from shebao.segment import segment


def tables_of(source: str):
    return [t for r in segment(normalise(source).text) for t in r.tables]


def test_tables_web_caption_unit_and_two_line_header_with_spans():
    source = ("2023年某县基金收支表\n（单位：万元）\n"
              "| 项目 | 2023年 |  | 比上年 |\n"
              "|  | 预算数 | 执行数 | 增长% |\n"
              "| 基金收入 | 10 | 9 | 1.5 |\n")
    [table] = tables_of(source)
    assert table.unit == "万元"
    assert table.columns == ("2023年预算数", "2023年执行数", "比上年增长%")
    assert [c.text for c in table.rows[0].cells] == ["10", "9", "1.5"]
    assert "2023年某县基金收支表" in table.caption


def test_tables_web_section_rows_and_row_numbers():
    source = ("单位：元\n"
              "序号\t项目\t执行数\n"
              "一\t企业职工基本养老保险基金\t\n"
              "1\t基金收入\t100\n"
              "2\t基金支出\t80\n")
    [table] = tables_of(source)
    assert [r.label for r in table.rows] == ["企业职工基本养老保险基金", "基金收入", "基金支出"]
    assert table.rows[0].cells == ()
    assert table.columns == ("执行数",)


def test_tables_web_unit_in_header_and_one_cell_caption_rows():
    source = ("| 基金收支总表 | | |\n"
              "| 项目（亿元） | 收入 | 支出 |\n"
              "| 合计 | 3.5 | 2.5 |\n")
    [table] = tables_of(source)
    assert table.unit == "亿元"
    assert table.caption == "基金收支总表"


def test_tables_web_text_only_grid_is_no_table():
    source = "| 发布机构 | 某县人社局 |\n| 公开方式 | 主动公开 |\n基金收入1200万元。\n"
    assert tables_of(source) == []
