"""Web tables (pipes, TABs, aligned columns) give facts through the whole pipeline."""

from __future__ import annotations

from decimal import Decimal

from shebao.pipeline import Stages, extract_document
from shebao.records import Document


def facts_of(text: str):
    records = extract_document(Document("t.txt", "0", text, "utf-8"), Stages(False, False))
    out = [f for r in records for f in r.facts]
    for f in out:
        assert text[f.start:f.end] == f.text
    return out


def slots(facts):
    return {(f.fund, f.metric, f.year, f.basis, f.measure, f.value, f.unit) for f in facts}


PIPES = """某县2023年社会保险基金预算执行情况

二〇二三年执行表
单位：万元
| 项目 | 预算数 | 执行数 | 执行进度% | 比上年增长% |
| --- | --- | --- | --- | --- |
| 一、企业职工基本养老保险基金 |  |  |  |  |
| 基金收入 | 1,200.5 | 1,100.2 | 91.6 | 3.2 |
| 其中：保险费收入 | 900 | 880。5 | - | |
| 二、城乡居民基本医疗保险基金 | | | | |
| 基金支出 | 300 | 310 | 103.3 | -2.0 |
"""


def test_tables_web_pipes_with_sections_and_rates():
    got = slots(facts_of(PIPES))
    assert ("enterprise_pension", "income_total", 2023, "budget", "level", Decimal("1200.5"), "万元") in got
    assert ("enterprise_pension", "income_total", 2023, "actual", "level", Decimal("1100.2"), "万元") in got
    assert ("enterprise_pension", "income_total", 2023, "actual", "budget_rate", Decimal("91.6"), "%") in got
    assert ("enterprise_pension", "income_total", 2023, "actual", "yoy_rate", Decimal("3.2"), "%") in got
    assert ("enterprise_pension", "contribution_income", 2023, "actual", "level", Decimal("880.5"), "万元") in got
    assert ("resident_medical", "expenditure_total", 2023, "actual", "yoy_rate", Decimal("-2.0"), "%") in got
    assert len(got) == 10  # "-" and empty cells give nothing


def test_tables_web_pipes_without_outer_pipes_and_full_width_bars():
    text = ("2021年某市工伤保险基金决算表\n单位：元\n"
            "项目｜上年决算数｜本年决算数｜增减额\n"
            "基金收入｜5,000,000.00｜5,400,000.00｜400,000.00\n"
            "基金支出｜4,100,000.00｜4,050,000.00｜-50,000.00\n")
    got = slots(facts_of(text))
    assert ("work_injury", "income_total", 2020, "actual", "level", Decimal("5000000.00"), "元") in got
    assert ("work_injury", "income_total", 2021, "actual", "level", Decimal("5400000.00"), "元") in got
    assert ("work_injury", "expenditure_total", 2021, "actual", "yoy_change", Decimal("-50000.00"), "元") in got
    assert len(got) == 6


def test_tables_web_tabs_funds_by_metric_columns_in_yi():
    text = ("表1  2022年各险种基金收支表\n单位：亿元\n"
            "险种\t基金收入\t基金支出\t当年结余\t年末滚存结余\n"
            "企业职工基本养老保险\t120.35\t110.20\t10.15\t86.40\n"
            "失业保险\t2.45\t3.10\t-0.65\t9.80\n")
    got = slots(facts_of(text))
    assert ("enterprise_pension", "income_total", 2022, "actual", "level", Decimal("120.35"), "亿元") in got
    assert ("enterprise_pension", "accumulated_balance", 2022, "actual", "level", Decimal("86.40"), "亿元") in got
    assert ("unemployment", "annual_balance", 2022, "actual", "level", Decimal("-0.65"), "亿元") in got
    assert len(got) == 8


def test_tables_web_aligned_spaces_two_line_header_in_yuan():
    text = ("城乡居民基本医疗保险基金收支表\n金额单位：元\n"
            "项目            2023年           2023年            同比\n"
            "                预算数           1-6月累计         增长%\n"
            "基金收入        56,000,000.00    30,125,400.50     4.6\n"
            "基金支出        54,000,000.00    25,410,000.00     -2.3\n")
    got = slots(facts_of(text))
    assert ("resident_medical", "income_total", 2023, "budget", "level", Decimal("56000000.00"), "元") in got
    assert ("resident_medical", "income_total", 2023, "actual", "level", Decimal("30125400.50"), "元") in got
    assert ("resident_medical", "expenditure_total", 2023, "actual", "yoy_rate", Decimal("-2.3"), "%") in got
    assert len(got) == 6


def test_tables_web_full_width_spaces_and_row_fund_and_metric():
    text = ("2020年某区医保基金执行情况表\n单位：万元\n"
            "项目　　预算数　　决算数　　完成预算%\n"
            "城乡居民医保基金收入　　800　　812　　101.5\n"
            "职工医保基金支出　　650　　640.2　　98.5\n")
    got = slots(facts_of(text))
    assert ("resident_medical", "income_total", 2020, "budget", "level", Decimal("800"), "万元") in got
    assert ("employee_medical", "expenditure_total", 2020, "actual", "level", Decimal("640.2"), "万元") in got
    assert ("employee_medical", "expenditure_total", 2020, "actual", "budget_rate", Decimal("98.5"), "%") in got


def test_tables_web_monthly_columns_and_previous_year():
    text = ("某县2024年1-9月失业保险基金运行月报\n\n"
            "| 指标 | 8月 | 9月 | 1-9月累计 | 上年同期 | 同比增减 | 占比 |\n"
            "|:--|--:|--:|--:|--:|--:|--:|\n"
            "| 基金收入（万元） | 118.2 | 130.0 | 1,050.3 | 990.1 | 60.2 | 45.1 |\n"
            "| 基金支出（万元） | 75.5 | 90.1 | 700.9 | 760.0 | -59.1 | 30.2 |\n")
    got = slots(facts_of(text))
    assert ("unemployment", "income_total", 2024, "actual", "level", Decimal("1050.3"), "万元") in got
    assert ("unemployment", "income_total", 2023, "actual", "level", Decimal("990.1"), "万元") in got
    assert ("unemployment", "expenditure_total", 2024, "actual", "yoy_change", Decimal("-59.1"), "万元") in got
    assert not any(f[5] in (Decimal("45.1"), Decimal("30.2")) for f in got)  # 占比 is ignored


def test_tables_web_adjusted_budget_and_cumulative_columns():
    text = ("2022年某市生育保险基金预算执行情况表\n单位：万元\n"
            "项目\t年初预算\t调整后预算数\t当期执行数\t累计执行数\t上年同期累计执行数\n"
            "基金收入\t500\t520\t130\t480\t455\n")
    got = slots(facts_of(text))
    assert ("maternity", "income_total", 2022, "budget", "level", Decimal("520"), "万元") in got
    assert ("maternity", "income_total", 2022, "actual", "level", Decimal("480"), "万元") in got
    assert ("maternity", "income_total", 2021, "actual", "level", Decimal("455"), "万元") in got


def test_tables_web_budget_caption_makes_year_columns_budget():
    text = ("2025年某县机关事业单位养老保险基金预算表\n单位：万元\n"
            "项目 | 2025年 | 增长率\n"
            "基金收入 | 2,300 | 4.5\n"
            "基金支出 | 2,150 | 3.0\n")
    got = slots(facts_of(text))
    assert ("public_pension", "income_total", 2025, "budget", "level", Decimal("2300"), "万元") in got


def test_tables_web_prose_with_a_bar_is_no_table():
    text = ("某县2023年社会保险基金运行情况\n"
            "全年基金收入增长较快|支出平稳。\n"
            "首页 | 政务公开 | 联系我们\n"
            "全县基金收入1200万元，比上年增长5%。\n")
    got = facts_of(text)
    assert all(f.mention == "text" for f in got)
    assert {f.text for f in got} == {"1200万元", "5%"}
