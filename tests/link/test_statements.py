"""End-to-end linking on short report texts written for these tests.

Each text goes through ``shebao.pipeline.extract_document``; the expected
facts follow annotations/README.md.  A row of an expectation is
``(text, fund, account, metric, year, basis, measure, value, unit, value_wan)``.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from shebao.pipeline import extract_document
from shebao.records import Document, Fact

TITLE = "某县2020年社会保险基金绩效评价报告\n"
HEADING = "一、基金运行情况\n"

Row = tuple


def _doc(text: str) -> Document:
    return Document("test.txt", hashlib.sha256(text.encode("utf-8")).hexdigest(), text, "utf-8")


def extract(body: str, heading: str = HEADING) -> tuple[str, list[Fact]]:
    """The facts of a one-report text made of a title, ``heading`` and ``body``."""
    text = TITLE + heading + body + "\n"
    records = extract_document(_doc(text))
    return text, [f for r in records for f in r.facts]


def slots(fact: Fact) -> Row:
    return (fact.text, fact.fund, fact.account, fact.metric, fact.year, fact.basis,
            fact.measure, fact.value, fact.unit, fact.value_wan)


def row(text: str, fund: str, account: str | None, metric: str, year: int, basis: str,
        measure: str, value: str, unit: str, wan: str | None) -> Row:
    return (text, fund, account, metric, year, basis, measure, Decimal(value), unit,
            None if wan is None else Decimal(wan))


def money(text, fund, metric, measure, value, year=2020, basis="actual", account=None):
    """A 万元 fact (value_wan equals value)."""
    return row(text, fund, account, metric, year, basis, measure, value, "万元", value)


def pct(text, fund, metric, measure, value, year=2020, account=None):
    """A percent fact (basis actual, value_wan null)."""
    return row(text, fund, account, metric, year, "actual", measure, value, "%", None)


def check(body: str, expected: list[Row], heading: str = HEADING) -> None:
    _, facts = extract(body, heading)
    assert [slots(f) for f in facts] == expected


# ---------------------------------------------------------------- fund
@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("本年度工伤保险基金收入1200.5万元。",
                 [money("1200.5万元", "work_injury", "income_total", "level", "1200.5")],
                 id="fund-before-metric"),
    pytest.param("全年失业保险基金支出760万元，收入910万元。",
                 [money("760万元", "unemployment", "expenditure_total", "level", "760"),
                  money("910万元", "unemployment", "income_total", "level", "910")],
                 id="fund-carries-to-second-clause"),
])
def test_statements_level_with_fund_in_sentence(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(("heading", "body", "expected"), [
    pytest.param("一、工伤保险基金\n", "本年基金收入1500万元，基金支出1300万元。",
                 [money("1500万元", "work_injury", "income_total", "level", "1500"),
                  money("1300万元", "work_injury", "expenditure_total", "level", "1300")],
                 id="numbered-heading"),
    pytest.param("（二）生育保险基金收支\n", "当年基金支出640万元。",
                 [money("640万元", "maternity", "expenditure_total", "level", "640")],
                 id="bracketed-heading"),
])
def test_statements_fund_from_heading_only(heading: str, body: str,
                                           expected: list[Row]) -> None:
    check(body, expected, heading)


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("全县失业保险基金运行平稳，收支基本平衡。本年基金收入980万元。",
                 [money("980万元", "unemployment", "income_total", "level", "980")],
                 id="topic-sentence"),
    pytest.param("城乡居民养老保险基金收入4800万元。本年基金支出4200万元。",
                 [money("4800万元", "resident_pension", "income_total", "level", "4800"),
                  money("4200万元", "resident_pension", "expenditure_total", "level", "4200")],
                 id="previous-figure-sentence"),
])
def test_statements_fund_from_previous_sentence(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(
        "本年度企业养老保险基金收入3000万元，其中：养老保险费收入2000万元，"
        "财政补贴收入900万元，利息收入100万元。",
        [money("3000万元", "enterprise_pension", "income_total", "level", "3000"),
         money("2000万元", "enterprise_pension", "contribution_income", "level", "2000"),
         money("900万元", "enterprise_pension", "fiscal_subsidy_income", "level", "900"),
         money("100万元", "enterprise_pension", "interest_income", "level", "100")],
        id="items-with-own-metric"),
    pytest.param(
        "全年社会保险基金总收入5000万元，其中：企业养老保险3000万元，"
        "工伤保险1200万元，失业保险800万元。",
        [money("5000万元", "all_funds", "income_total", "level", "5000"),
         money("3000万元", "enterprise_pension", "income_total", "level", "3000"),
         money("1200万元", "work_injury", "income_total", "level", "1200"),
         money("800万元", "unemployment", "income_total", "level", "800")],
        id="items-named-by-fund"),
])
def test_statements_of_list_items(body: str, expected: list[Row]) -> None:
    check(body, expected)


def test_statements_respectively_rates_over_listed_funds() -> None:
    body = ("全年社会保险基金总支出6000万元，其中：企业养老保险3500万元，工伤保险1500万元，"
            "失业保险1000万元，分别比上年增长9%、57%、-20%。")
    check(body, [
        money("6000万元", "all_funds", "expenditure_total", "level", "6000"),
        money("3500万元", "enterprise_pension", "expenditure_total", "level", "3500"),
        money("1500万元", "work_injury", "expenditure_total", "level", "1500"),
        money("1000万元", "unemployment", "expenditure_total", "level", "1000"),
        pct("9%", "enterprise_pension", "expenditure_total", "yoy_rate", "9"),
        pct("57%", "work_injury", "expenditure_total", "yoy_rate", "57"),
        pct("-20%", "unemployment", "expenditure_total", "yoy_rate", "-20"),
    ])


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("本年工伤保险基金收入和支出分别为1500万元和1300万元。",
                 [money("1500万元", "work_injury", "income_total", "level", "1500"),
                  money("1300万元", "work_injury", "expenditure_total", "level", "1300")],
                 id="with-he"),
    pytest.param("本年失业保险基金收入、支出分别为910万元、760万元。",
                 [money("910万元", "unemployment", "income_total", "level", "910"),
                  money("760万元", "unemployment", "expenditure_total", "level", "760")],
                 id="with-dun"),
])
def test_statements_respectively_over_metrics(body: str, expected: list[Row]) -> None:
    check(body, expected)


def test_statements_change_chain_continues_the_level() -> None:
    check("全年工伤保险基金支出1300万元，较上年增加120万元，增长10.2%，完成预算的96.5%。", [
        money("1300万元", "work_injury", "expenditure_total", "level", "1300"),
        money("120万元", "work_injury", "expenditure_total", "yoy_change", "120"),
        pct("10.2%", "work_injury", "expenditure_total", "yoy_rate", "10.2"),
        pct("96.5%", "work_injury", "expenditure_total", "budget_rate", "96.5"),
    ])


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("本年失业保险基金收入980万元，比上年减少40万元。",
                 [money("980万元", "unemployment", "income_total", "level", "980"),
                  money("40万元", "unemployment", "income_total", "yoy_change", "-40")],
                 id="jianshao"),
    pytest.param("本年失业保险基金支出800万元，较上年降低50万元。",
                 [money("800万元", "unemployment", "expenditure_total", "level", "800"),
                  money("50万元", "unemployment", "expenditure_total", "yoy_change", "-50")],
                 id="jiangdi"),
    pytest.param("本年工伤保险基金支出1300万元，同比下降2.5%。",
                 [money("1300万元", "work_injury", "expenditure_total", "level", "1300"),
                  pct("2.5%", "work_injury", "expenditure_total", "yoy_rate", "-2.5")],
                 id="xiajiang"),
    pytest.param("本年生育保险基金支出600万元，较上年减支35万元。",
                 [money("600万元", "maternity", "expenditure_total", "level", "600"),
                  money("35万元", "maternity", "expenditure_total", "yoy_change", "-35")],
                 id="jianzhi"),
])
def test_statements_decrease_is_negative(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("2019年城乡居民养老保险基金支出总额3900万元。",
                 [money("3900万元", "resident_pension", "expenditure_total", "level", "3900",
                        year=2019)],
                 id="named-year"),
    pytest.param("2019年城乡居民养老保险基金支出总额3900万元，本年与上年同期相比增支300万元。",
                 [money("3900万元", "resident_pension", "expenditure_total", "level", "3900",
                        year=2019),
                  money("300万元", "resident_pension", "expenditure_total", "yoy_change", "300")],
                 id="change-of-this-year-same-sentence"),
    pytest.param(
        "2019年城乡居民养老保险基金支出总额3900万元。本年与上年同期相比增支300万元。",
        [money("3900万元", "resident_pension", "expenditure_total", "level", "3900", year=2019),
         money("300万元", "resident_pension", "expenditure_total", "yoy_change", "300")],
        id="change-of-this-year-next-sentence"),
])
def test_statements_year_of_figure(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(
        "本年城乡居民养老保险基金预算支出4500万元，调整后预算4600万元，实际支出4200万元。",
        [money("4500万元", "resident_pension", "expenditure_total", "level", "4500",
               basis="budget"),
         money("4600万元", "resident_pension", "expenditure_total", "level", "4600",
               basis="budget"),
         money("4200万元", "resident_pension", "expenditure_total", "level", "4200")],
        id="budget-and-adjusted-budget"),
    pytest.param(
        "本年城乡居民养老保险基金支出4200万元，完成全年预算4600万元的91.3%。",
        [money("4200万元", "resident_pension", "expenditure_total", "level", "4200"),
         money("4600万元", "resident_pension", "expenditure_total", "level", "4600",
               basis="budget"),
         pct("91.3%", "resident_pension", "expenditure_total", "budget_rate", "91.3")],
        id="amount-inside-budget-rate"),
])
def test_statements_budget_basis(body: str, expected: list[Row]) -> None:
    check(body, expected)


def test_statements_pooling_and_personal_accounts() -> None:
    check("职工医保统筹基金收入2500万元，支出2300万元；个人账户收入900万元，支出850万元。", [
        money("2500万元", "employee_medical", "income_total", "level", "2500", account="pooling"),
        money("2300万元", "employee_medical", "expenditure_total", "level", "2300",
              account="pooling"),
        money("900万元", "employee_medical", "income_total", "level", "900", account="personal"),
        money("850万元", "employee_medical", "expenditure_total", "level", "850",
              account="personal"),
    ])


@pytest.mark.parametrize("body", [
    pytest.param("工伤保险基金预算完成率目标为95%至105%。", id="range"),
    pytest.param("失业保险基金预算完成率考核标准为≥95%。", id="comparator"),
    pytest.param("若失业保险基金预算完成率低于95%，将被约谈。", id="below"),
])
def test_statements_target_percent_is_not_a_fact(body: str) -> None:
    assert extract(body)[1] == []


def test_statements_target_percent_beside_facts_is_skipped() -> None:
    check("本年工伤保险基金支出1300万元，完成预算的98.2%，目标区间为95%至105%。", [
        money("1300万元", "work_injury", "expenditure_total", "level", "1300"),
        pct("98.2%", "work_injury", "expenditure_total", "budget_rate", "98.2"),
    ])


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("全县企业养老保险参保人数12000人，较上年增加600人，增长5.3%。", [],
                 id="headcount-alone"),
    pytest.param("本年企业养老保险基金收入3000万元，参保人数12000人，较上年增加600人，增长5.3%。",
                 [money("3000万元", "enterprise_pension", "income_total", "level", "3000")],
                 id="headcount-after-money"),
])
def test_statements_headcount_percent_is_not_a_fact(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize("body", [
    pytest.param("全县企业按4.9%的缴费费率缴纳失业保险费。", id="fee-rate"),
    pytest.param("工伤保险单位缴费费率由0.8%降低到0.5%。", id="rate-lowered-to"),
])
def test_statements_fee_rate_is_not_a_fact(body: str) -> None:
    assert extract(body)[1] == []


def test_statements_per_capita_amount_is_other_with_name() -> None:
    _, facts = extract("全县企业养老保险离退休人员月人均基本养老金2743元。")
    assert [slots(f) + (f.metric_name,) for f in facts] == [
        row("2743元", "enterprise_pension", None, "other", 2020, "actual", "level", "2743",
            "元", "0.2743") + ("月人均基本养老金",),
    ]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("本年企业养老保险基金收入3.5亿元。",
                 [row("3.5亿元", "enterprise_pension", None, "income_total", 2020, "actual",
                      "level", "3.5", "亿元", "35000")],
                 id="yi-yuan"),
    pytest.param("本年企业养老保险基金支出28000000元。",
                 [row("28000000元", "enterprise_pension", None, "expenditure_total", 2020,
                      "actual", "level", "28000000", "元", "2800")],
                 id="yuan"),
])
def test_statements_value_wan_of_other_units(body: str, expected: list[Row]) -> None:
    check(body, expected)


def test_statements_chinese_numerals() -> None:
    check("本年工伤保险基金收入两千万元。",
          [money("两千万元", "work_injury", "income_total", "level", "2000")])


def test_statements_qualifier_bracket_keeps_the_fund() -> None:
    check("本年城镇职工基本医疗保险（含生育保险，下同）基金收入9800万元。",
          [money("9800万元", "employee_medical", "income_total", "level", "9800")])


@pytest.mark.parametrize("body", [
    pytest.param("本年企业养老保险基金支出150204 万\n\n元，较上年增加3000万元。",
                 id="unit-split-by-blank-line"),
    pytest.param("全年工伤保险基金收入 1500.25 万元，支出\n1300万元，增长 4.6%。",
                 id="spaces-and-break"),
    pytest.param("全年社会保险基金总收入5000万元，其中：企业养老保险3000万元，"
                 "工伤保险1200万元，失业保险800万元。", id="list"),
])
def test_statements_offsets_index_the_source(body: str) -> None:
    text, facts = extract(body)
    assert facts
    assert all(text[f.start:f.end] == f.text for f in facts)


def test_statements_figure_split_by_line_break_is_one_fact() -> None:
    text, facts = extract("本年企业养老保险基金支出150204 万\n\n元，较上年增加3000万元。")
    assert [(f.text, f.value, f.unit, f.measure) for f in facts] == [
        ("150204 万\n\n元", Decimal("150204"), "万元", "level"),
        ("3000万元", Decimal("3000"), "万元", "yoy_change"),
    ]


def test_statements_respectively_amounts_over_coordinated_funds() -> None:
    check("工伤保险、失业保险和生育保险基金支出分别为120万元、340万元、56万元，"
          "分别比上年增长3%、-5%、8%。", [
              money("120万元", "work_injury", "expenditure_total", "level", "120"),
              money("340万元", "unemployment", "expenditure_total", "level", "340"),
              money("56万元", "maternity", "expenditure_total", "level", "56"),
              pct("3%", "work_injury", "expenditure_total", "yoy_rate", "3"),
              pct("-5%", "unemployment", "expenditure_total", "yoy_rate", "-5"),
              pct("8%", "maternity", "expenditure_total", "yoy_rate", "8"),
          ])


def test_statements_zhong_list_items_are_parts_of_their_head() -> None:
    _, facts = extract("统筹基金支出中，住院费用支出2605.48万元，门诊慢特病支出391.55万元。")
    assert [(f.metric, f.account, f.metric_name) for f in facts] == [
        ("inpatient_expenditure", "pooling", "住院费用支出"),
        ("other", "pooling", "门诊慢特病支出"),
    ]


def test_statements_inner_list_head_is_the_item_before_it() -> None:
    _, facts = extract("其中：基本医疗保险费收入4920.77万元（其中单位缴费3042.15万元，"
                       "个人缴费1878.62万元），利息收入83.52万元。")
    assert [(f.text, f.metric, f.metric_name) for f in facts] == [
        ("4920.77万元", "contribution_income", "社会保险费收入"),
        ("3042.15万元", "other", "单位缴费"),
        ("1878.62万元", "other", "个人缴费"),
        ("83.52万元", "interest_income", "利息收入"),
    ]


@pytest.mark.parametrize(("body", "text", "year"), [
    pytest.param("2019年城乡居民养老保险基金收入3428.15万元，较2018年的3190.62万元增收237.53万元。",
                 "3190.62万元", 2018, id="compared-year-figure"),
    pytest.param("2019年城乡居民养老保险基金收入3428.15万元，较2018年的3190.62万元增收237.53万元。",
                 "237.53万元", 2019, id="change-after-compared-year"),
])
def test_statements_year_of_compared_figure(body: str, text: str, year: int) -> None:
    _, facts = extract(body)
    assert {f.text: f.year for f in facts}[text] == year


def test_statements_budget_rate_worded_as_share_of_budget() -> None:
    _, facts = extract("机关事业单位养老保险基金收入执行数61.40亿元，为预算数的100.56%。")
    assert [(f.measure, f.metric, f.value) for f in facts] == [
        ("level", "income_total", Decimal("61.40")),
        ("budget_rate", "income_total", Decimal("100.56")),
    ]


@pytest.mark.parametrize("body", [
    pytest.param("全年住院1.12万人次，次均住院费用8936元。", id="per-stay"),
    pytest.param("全县月人均领取基础养老金152元。", id="per-person-month"),
])
def test_statements_per_unit_amounts_are_other(body: str) -> None:
    _, facts = extract(body)
    assert [f.metric for f in facts] == ["other"]


def test_statements_change_verb_before_bare_word_is_not_a_metric() -> None:
    _, facts = extract("失业保险金支出2.87亿元，占基金支出的比重为40.31%，较上年少支出0.23亿元，下降了7.42%。")
    assert [(f.metric, f.measure, f.value) for f in facts] == [
        ("unemployment_benefit", "level", Decimal("2.87")),
        ("unemployment_benefit", "yoy_change", Decimal("-0.23")),
        ("unemployment_benefit", "yoy_rate", Decimal("-7.42")),
    ]


@pytest.mark.parametrize(("body", "metric", "name"), [
    pytest.param("全年代缴医疗保险费支出0.72亿元。", "other", "代缴医疗保险费支出", id="own-words"),
    pytest.param("本年筹集收入1915.66万元。", "income_total", "基金收入", id="verb-is-no-name"),
    pytest.param("基础养老金最低标准为每人每月113元。", "other", "基础养老金最低标准", id="per-person"),
])
def test_statements_bare_word_names(body: str, metric: str, name: str) -> None:
    _, facts = extract(body)
    assert [(f.metric, f.metric_name) for f in facts] == [(metric, name)]


def test_statements_first_amount_of_from_to_is_last_years() -> None:
    _, facts = extract("城乡居民医保个人缴费标准由230元提高到260元。")
    assert [(f.text, f.year) for f in facts] == [("230元", 2019), ("260元", 2020)]


def test_statements_rate_after_last_years_level_is_this_years() -> None:
    _, facts = extract("工伤保险基金技能提升补贴支出0.48亿元，上年同期为0.39亿元，同比增长23.08%。")
    assert [(f.text, f.year, f.measure) for f in facts] == [
        ("0.48亿元", 2020, "level"), ("0.39亿元", 2019, "level"), ("23.08%", 2020, "yoy_rate")]


def test_statements_year_inside_the_phrase_keeps_the_metric() -> None:
    _, facts = extract("统筹基金支出比2019年的12890万元多1056万元，增长8.2%。")
    assert [(f.account, f.metric, f.year, f.measure) for f in facts] == [
        ("pooling", "expenditure_total", 2019, "level"),
        ("pooling", "expenditure_total", 2020, "yoy_change"),
        ("pooling", "expenditure_total", 2020, "yoy_rate"),
    ]


@pytest.mark.parametrize("body", [
    "统筹基金支出比2018年的12890万元多1056万元，增长8.2%。",
    "年末失业保险基金累计结存64.2亿元，比2015年末增加21.7亿元，增长51.3%。",
    "工伤保险基金收入较2012年同期增长35.6%。",
])
def test_statements_change_against_an_earlier_named_year_is_no_yoy_fact(body: str) -> None:
    _, facts = extract(body)
    assert [f for f in facts if f.measure in ("yoy_change", "yoy_rate")] == []


def test_statements_named_year_then_last_year_keeps_the_yoy_rate() -> None:
    _, facts = extract("养老保险基金收入842.7亿元，比2010年增加410.2亿元，比上年增长17.5%。")
    assert [(f.text, f.measure) for f in facts] == [("842.7亿元", "level"), ("17.5%", "yoy_rate")]


def test_statements_fund_named_in_a_reason_is_not_the_topic() -> None:
    _, facts = extract("城镇职工基本养老保险基金收入21.36亿元。收入增长较快，主要原因为：由于机关事业单位"
                       "养老保险改革启动缴费。基金支出24.15亿元，较上年增长10.6%。")
    assert {f.fund for f in facts} == {"employee_pension"}
