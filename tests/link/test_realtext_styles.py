"""Real-text styles of issue 9 on short reports written for these tests:
a fund named once then generic words, budget drafts, bulletins.

Each row: (figure text, fund, metric, year, basis, measure).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from shebao.pipeline import Stages, extract_document
from shebao.records import Document


def _rows(text: str) -> list[tuple]:
    doc = Document("t.txt", hashlib.sha256(text.encode()).hexdigest(), text, "utf-8")
    return [(f.text, f.fund, f.metric, f.year, f.basis, f.measure)
            for r in extract_document(doc) for f in r.facts]


HEADING_THEN_GENERIC = [
    ("某市2020年医疗保险基金决算说明\n（一）职工基本医疗保险\n"
     "医保基金收入5200万元，比上年增长3.1%。基金支出4800万元。\n",
     "employee_medical"),
    ("某县2019年社会保险基金决算说明\n二、城乡居民基本医疗保险基金\n"
     "1.收入情况\n本年医疗保险基金收入1.6亿元。\n2.支出情况\n基金支出1.4亿元。\n",
     "resident_medical"),
    ("某区2022年社会保险基金运行情况\n三、城镇职工基本养老保险信息\n"
     "养老保险基金总收入9.3亿元，养老保险基金总支出8.7亿元。\n",
     "employee_pension"),
    ("某旗2021年社会保险基金决算说明\n（二）城乡居民基本险\n基金收入2100万元，基金支出1900万元。\n",
     "resident_medical"),
]


@pytest.mark.parametrize(("text", "fund"), HEADING_THEN_GENERIC)
def test_realtext_heading_fund_carries_to_generic_words(text: str, fund: str) -> None:
    rows = _rows(text)
    assert rows and {r[1] for r in rows} == {fund}


@pytest.mark.parametrize("text", [
    "某县2020年医疗保险基金决算说明\n（一）职工基本医疗保险\n全县医保基金合计收入1.92亿元。\n",
    "某市2021年社会保险基金决算说明\n一、企业职工基本养老保险\n各项社会保险基金滚存结余共计9.4亿元。\n",
])
def test_realtext_a_stated_total_keeps_its_own_fund(text: str) -> None:
    [row] = _rows(text)
    assert row[1] in ("medical_all", "all_funds")


BUDGET = ("关于某市2024年社会保险基金预算（草案）的说明\n"
          "一、企业职工基本养老保险基金\n"
          "基金收入52000万元，比上年预计执行数增长5.1%，其中保险费收入38000万元。"
          "基金支出49500万元。\n"
          "2023年该基金预计执行收入49480万元。\n")


def test_realtext_budget_draft_figures_are_budgets() -> None:
    rows = _rows(BUDGET)
    assert rows[:4] == [
        ("52000万元", "enterprise_pension", "income_total", 2024, "budget", "level"),
        ("5.1%", "enterprise_pension", "income_total", 2024, "budget", "yoy_rate"),
        ("38000万元", "enterprise_pension", "contribution_income", 2024, "budget", "level"),
        ("49500万元", "enterprise_pension", "expenditure_total", 2024, "budget", "level"),
    ]


def test_realtext_budget_draft_past_execution_is_actual_of_its_year() -> None:
    assert _rows(BUDGET)[4] == ("49480万元", "enterprise_pension", "income_total", 2023,
                                "actual", "level")


def test_realtext_execution_then_draft_sections_take_their_heading_year_and_basis() -> None:
    text = ("关于某县2023年社会保险基金预算执行情况和2024年预算草案的报告\n"
            "一、2023年预算执行情况\n失业保险基金收入820万元。\n"
            "二、2024年预算草案\n失业保险基金收入安排860万元。\n")
    rows = _rows(text)
    assert [(r[0], r[3], r[4]) for r in rows] == [("820万元", 2023, "actual"),
                                                  ("860万元", 2024, "budget")]


def test_realtext_bulletin_headline_year_and_employee_pension() -> None:
    text = ("云岭省2016年度人力资源和社会保障事业发展统计公报\n"
            "全年城镇职工基本养老保险基金收入842.7亿元，比上年增长17.5%。"
            "年末城镇职工基本养老保险基金累计结存651.8亿元，比2010年末增加300.2亿元。\n")
    rows = _rows(text)
    assert rows == [
        ("842.7亿元", "employee_pension", "income_total", 2016, "actual", "level"),
        ("17.5%", "employee_pension", "income_total", 2016, "actual", "yoy_rate"),
        ("651.8亿元", "employee_pension", "accumulated_balance", 2016, "actual", "level"),
    ]


@pytest.mark.parametrize(("unit", "value_wan"), [("元", "61.2483"), ("万元", "612483")])
def test_realtext_unit_line_makes_labelled_bare_numbers_money(unit: str, value_wan: str) -> None:
    text = (f"某区2018年度社会保险基金信息披露\n单位：{unit}\n一、企业养老\n"
            "基金收入：612,483\n参保人数：20,315\n")
    doc = Document("t.txt", "0", text, "utf-8")
    facts = [f for r in extract_document(doc) for f in r.facts]
    assert [(f.text, f.fund, f.metric, f.unit) for f in facts] == [
        ("612,483", "enterprise_pension", "income_total", unit)]
    assert facts[0].value_wan == Decimal(value_wan)


def test_realtext_without_a_unit_line_bare_numbers_stay_numbers() -> None:
    text = "某区2018年度社会保险基金信息披露\n一、企业养老\n基金收入：612,483\n"
    doc = Document("t.txt", "0", text, "utf-8")
    assert [f for r in extract_document(doc) for f in r.facts] == []


def test_realtext_growth_columns_measure_the_column_before_them() -> None:
    text = ("某省2024年1-6月社会保险基金收支情况\n单位：亿元\n"
            "险种\t基金收入\t同比增长%\t基金支出\t同比增长%\n"
            "工伤保险\t18.20\t3.1\t15.60\t-2.4\n")
    rows = _rows(text)
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("18.20", "income_total", "level"), ("3.1", "income_total", "yoy_rate"),
        ("15.60", "expenditure_total", "level"), ("-2.4", "expenditure_total", "yoy_rate")]


@pytest.mark.parametrize("opening", ["上半年", "第一季度", "1-9月份"])
def test_realtext_a_period_word_is_no_metric_name(opening: str) -> None:
    text = f"某市2021年社会保险基金执行情况\n（一）失业保险基金。{opening}收入3.82亿元。\n"
    [row] = _rows(text)
    assert row[1:4] == ("unemployment", "income_total", 2021)


def test_realtext_last_year_inside_a_reason_does_not_date_the_figure() -> None:
    text = ("某市2021年上半年社会保险基金执行情况\n（二）城乡居民基本医疗保险基金。"
            "由于个人缴费多在上年四季度征收，上半年收入9.4亿元。\n")
    [row] = _rows(text)
    assert row[1:4] == ("resident_medical", "income_total", 2021)


def test_realtext_aligned_table_with_spaced_header_word_and_fund_sections() -> None:
    text = ("白川市2025年一季度失业保险和工伤保险基金运行简况\n"
            "指    标                        一季度      同比增长(%)\n"
            "失业保险\n"
            "  基金收入(万元)                 4,218        3.6\n"
            "工伤保险\n"
            "  基金收入(万元)                 5,138        2.3\n")
    rows = _rows(text)
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("4,218", "unemployment", "income_total", "level"),
        ("3.6", "unemployment", "income_total", "yoy_rate"),
        ("5,138", "work_injury", "income_total", "level"),
        ("2.3", "work_injury", "income_total", "yoy_rate")]


def test_realtext_deficit_is_a_negative_balance() -> None:
    text = ("东坡县2020年社会保险基金决算说明\n二、机关事业单位基本养老保险基金\n"
            "本年收入8,420万元，本年支出8,975万元，当年收支缺口555万元，由历年滚存结余弥补。\n"
            "三、工伤保险基金\n工伤保险基金收入640万元，支出702万元，当期收不抵支62万元。\n")
    [record] = extract_document(Document("t.txt", "0", text, "utf-8"), Stages(True, False))
    balances = {(f.fund, f.text, str(f.value)) for f in record.facts if f.metric == "annual_balance"}
    assert balances == {("public_pension", "555万元", "-555"), ("work_injury", "62万元", "-62")}
    assert record.flags == ()  # income − spending = the negative balance


def test_realtext_an_enumeration_of_funds_is_no_topic() -> None:
    text = ("西岭市2022年社会保险基金预算执行情况\n"
            "本表列示职工基本医疗保险、城乡居民基本医疗保险、工伤保险和失业保险四项基金的执行数。\n"
            "利息收入完成预算的104.3%，系定期存款集中到期所致。\n")
    [record] = extract_document(Document("t.txt", "0", text, "utf-8"), Stages(False, False))
    assert [(f.fund, f.metric, f.measure) for f in record.facts] == [
        ("all_funds", "interest_income", "budget_rate")]
