"""Shapes of real reports that once raised false flags, and still flag real slips.

Each text is written for the test in the style of a genre: quarterly TAB
tables with 本季度 and 累计 columns, two figures of one sentence sharing a
slot, a total beside an item, a rate computed from unrounded amounts, last
year's figure in a note whose fund is only inherited.
"""

from __future__ import annotations

import pytest

from shebao.pipeline import extract_document
from shebao.records import Document

from .texts import flags_of, summary

QUARTER_TABLE = """江口区2024年第三季度城镇职工基本养老保险基金收支情况

单位：万元
项目\t本季度\t1-9月累计\t上年同期累计\t同比增长(%)
基金收入\t{income_q}\t31,420\t29,880\t5.2
其中：养老保险费收入\t7,860\t24,310\t23,050\t5.5
财政补贴收入\t1,920\t5,980\t5,760\t3.8
基金支出\t9,480\t27,640\t25,710\t7.5
其中：基本养老金支出\t8,950\t26,080\t24,260\t7.5
丧葬抚恤补助支出\t210\t640\t590\t8.5
当期结余\t1,020\t3,780\t4,170\t-9.4
期末滚存结余\t—\t86,540\t80,310\t7.8
"""


def _record(text: str):
    [record] = extract_document(Document("t.txt", "0", text, "utf-8"))
    return record


def test_run_quarter_table_checks_cumulative_with_cumulative() -> None:
    record = _record(QUARTER_TABLE.format(income_q="10,500"))
    assert record.flags == ()
    periods = {(f.text, f.period) for f in record.facts}
    assert {("10,500", "Q3"), ("31,420", "M01-M09"), ("29,880", "M01-M09"),
            ("5.2", "M01-M09")} <= periods


def test_run_quarter_table_still_flags_a_slip_in_a_cumulative_item() -> None:
    text = QUARTER_TABLE.format(income_q="10,500").replace("24,310", "243,100")
    flags = _record(text).flags
    assert flags and all("243,100" in f.text or "243,100" in {r.text for r in f.related}
                         for f in flags)


def test_run_two_figures_of_one_sentence_are_parts_not_a_conflict() -> None:
    body = "2020年城乡居民基本医疗保险基金中，省级财政补助2860万元，县级财政补助1730万元。\n"
    assert [f for f in flags_of(body) if f.kind == "conflict"] == []


def test_run_item_and_total_far_apart_are_not_a_conflict() -> None:
    body = ("2020年七项基金财政补贴收入合计96,420万元。\n"
            "机关事业单位养老保险基金：财政补贴收入18,350万元。\n"
            "二、城乡居民养老保险\n财政补贴收入2,140万元。\n")
    assert [f for f in flags_of(body) if f.kind == "conflict"] == []


def test_run_one_amount_stated_twice_differently_is_still_a_conflict() -> None:
    body = ("2020年失业保险基金收入1865.40万元，支出1502.30万元。\n"
            "二、收入情况\n失业保险基金收入1926.40万元，完成预算的101.2%。\n")
    assert ("conflict", "1926.40万元") in {(f.kind, f.text) for f in flags_of(body)}


def test_run_rate_from_unrounded_amounts_is_no_error() -> None:
    # 3120.46 / (35874.18 − 3120.46) = 9.527…%: written 9.53%, and 9.54% stays within slack
    body = "2020年生育保险基金收入35874.18万元，比上年增加3120.46万元，增长9.54%。\n"
    assert summary(flags_of(body)) == []


def test_run_rate_off_by_more_than_the_last_digit_is_flagged() -> None:
    body = "2020年生育保险基金收入35874.18万元，比上年增加3120.46万元，增长9.85%。\n"
    assert [k for k, _, _ in summary(flags_of(body))] == ["change"]


def test_run_last_year_in_a_far_note_with_an_inherited_fund_is_not_held_against_the_rate() -> None:
    text = ("青川省2020年上半年医疗保障基金运行情况\n二、医疗保险\n"
            "职工医保统筹基金收入412.60亿元，同比增长4.8%。\n"
            "注：2019年全省统筹基金收入602.30亿元。\n")
    assert _record(text).flags == ()


def test_run_bound_in_a_headline_is_no_fact() -> None:
    text = "全市养老保险基金累计结余突破90亿元\n\n2021年，全市养老保险基金累计结余92.4亿元。\n"
    record = _record(text)
    assert [f.text for f in record.facts] == ["92.4亿元"]
    assert record.flags == ()


def test_run_total_counting_fewer_funds_than_listed_is_not_summed() -> None:
    text = ("白沙省2019年人力资源和社会保障事业发展统计公报（节选）\n"
            "全年城镇职工四项社会保险基金收入合计812.5亿元。\n"
            "全年企业职工基本养老保险基金收入520.4亿元。全年城乡居民基本养老保险基金收入88.6亿元。"
            "全年职工基本医疗保险基金收入190.2亿元。全年城乡居民基本医疗保险基金收入176.3亿元。"
            "全年失业保险基金收入30.1亿元。\n")
    assert [f for f in _record(text).flags if f.kind == "sum"] == []


def test_run_fund_balances_may_exceed_their_total_when_a_fund_is_left_out() -> None:
    body = ("全县各项社会保险基金本年收支结余1,250万元。\n"
            "二、企业职工基本养老保险基金\n本年收支结余830万元。\n"
            "三、城乡居民基本养老保险基金\n本年收支结余610万元。\n")
    assert [f for f in flags_of(body) if f.kind == "sum"] == []


def test_run_quarter_on_quarter_change_is_no_fact() -> None:
    text = ("某市2023年上半年失业保险基金运行情况\n"
            "上半年失业保险基金收入3.46亿元，同比增长4.1%。第二季度当季收入1.92亿元，较一季度增加0.38亿元。\n")
    facts = {(f.text, f.measure, f.period) for f in _record(text).facts}
    assert ("1.92亿元", "level", "Q2") in facts
    assert not any(t == "0.38亿元" for t, _, _ in facts)


def test_run_last_years_figure_in_its_own_phrase_after_this_years() -> None:
    text = ("某省2022年上半年社会保险基金运行情况\n"
            "今年1-6月，全省工伤保险基金收入12.64亿元，去年同期为11.90亿元，同比增长6.2%。\n")
    years = {f.text: f.year for f in _record(text).facts}
    assert years == {"12.64亿元": 2022, "11.90亿元": 2021, "6.2%": 2022}
    assert _record(text).flags == ()


def test_run_a_point_in_time_is_not_the_period_of_later_paragraphs() -> None:
    text = ("某省上半年医疗保障基金运行平稳\n"
            "今年1-6月，全省职工医保基金收入210.5亿元。这与二季度前集中清缴欠费有关。\n"
            "居民医保基金收入96.2亿元，支出88.4亿元。\n")
    assert {f.period for f in _record(text).facts} == {"H1"}
