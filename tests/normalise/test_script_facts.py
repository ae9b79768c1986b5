"""Reports in traditional script give the facts of their simplified twins."""

from decimal import Decimal
from pathlib import Path

import pytest

from shebao.normalise.script import to_simplified
from shebao.pipeline import Stages, extract_document, extract_file
from shebao.records import Document

FACTS_ONLY = Stages(checks=False, causes=False)

MEDICAL_YI = """某市2021年職工基本醫療保險基金決算情況說明
一、收支總體情況
2021年職工基本醫療保險基金收入4.86億元，較上年增長7.2%；基金支出4.12億元，較上年增長5.4%。當年收支結餘0.74億元，年末累計結餘9.35億元。
"""

UNEMPLOYMENT_BUDGET = """某區2023年失業保險基金預算執行情況
失業保險基金全年收入預算為1,560萬元，實際完成1,612萬元，完成預算的103.3%。其中，失業保險費收入1,402萬元，財政補貼收入150萬元。
失業保險基金支出1,288萬元，比上年下降3.1%，主要是穩崗返還支出減少。
"""

RESIDENT_PENSION_YUAN = """某縣2020年城鄉居民基本養老保險基金收支情況
本縣城鄉居民基本養老保險基金收入25,368,400元，其中個人繳費收入6,210,300元，政府補貼收入17,845,600元。
基金支出21,077,900元，年末滾存結餘98,412,000元。
"""

WORK_INJURY_TW = """某市2022年工傷保險基金決算說明
（一）基金收入
工傷保險基金收入2,150萬元，較上年增加186萬元，增長9.5%，主要是參保單位增加。
（二）基金支出
工傷保險基金支出1,940萬元，其中工傷保險待遇支出1,902萬元。本年收支結餘210萬元，年末滾存結餘3,380萬元。
"""

# HK forms (衞, 綫) and a PDF-like wrap inside a figure's unit
HK_WRAPPED = """某區2019年機關事業單位基本養老保險基金決算說明
本年機關事業單位基本養老保險基金收入合計 8,642 萬
元，較上年增長 4.8%，主要是衞生系統參保人員增加；基金支出 8,105 萬元，綫下核對無誤。
"""

DOCS = {
    "employee_medical_yi": (MEDICAL_YI, "employee_medical", 6),
    "unemployment_budget": (UNEMPLOYMENT_BUDGET, "unemployment", 7),
    "resident_pension_yuan": (RESIDENT_PENSION_YUAN, "resident_pension", 5),
    "work_injury_tw": (WORK_INJURY_TW, "work_injury", 7),
    "public_pension_hk": (HK_WRAPPED, "public_pension", 3),
}


def _facts(text: str):
    doc = Document(path="r.txt", sha256="0", text=text, encoding="utf-8")
    return [f for r in extract_document(doc, FACTS_ONLY) for f in r.facts]


def _key(f):
    return (f.fund, f.fund_name, f.account, f.metric, f.metric_name, f.year, f.basis,
            f.measure, f.value, f.unit, f.value_wan, f.start, f.end)


@pytest.mark.parametrize("name", DOCS)
def test_script_traditional_report_gives_simplified_twin_facts(name):
    source, fund, count = DOCS[name]
    simplified = to_simplified(source)
    assert simplified != source
    facts = _facts(source)
    assert len(facts) == count
    assert {f.fund for f in facts} == {fund}
    assert [_key(f) for f in facts] == [_key(f) for f in _facts(simplified)]


@pytest.mark.parametrize("name", DOCS)
def test_script_fact_text_is_the_original_characters(name):
    source = DOCS[name][0]
    for fact in _facts(source):
        assert fact.text == source[fact.start:fact.end]


def test_script_traditional_units_become_values():
    facts = {(f.metric, f.measure): f for f in _facts(MEDICAL_YI)}
    level = facts[("income_total", "level")]
    assert (level.value, level.unit, level.text) == (Decimal("4.86"), "亿元", "4.86億元")
    assert level.value_wan == Decimal("48600")
    assert facts[("income_total", "yoy_rate")].value == Decimal("7.2")
    assert facts[("accumulated_balance", "level")].text == "9.35億元"
    assert level.fund_name == "职工基本医疗保险基金"   # names come out simplified


def test_script_budget_and_execution_in_traditional():
    facts = _facts(UNEMPLOYMENT_BUDGET)
    got = {(f.metric, f.basis, f.measure, float(f.value)) for f in facts}
    assert ("income_total", "budget", "level", 1560.0) in got
    assert ("income_total", "actual", "level", 1612.0) in got
    assert ("income_total", "actual", "budget_rate", 103.3) in got
    assert ("fiscal_subsidy_income", "actual", "level", 150.0) in got
    assert ("expenditure_total", "actual", "yoy_rate", -3.1) in got


def test_script_wrapped_figure_keeps_source_span():
    fact = next(f for f in _facts(HK_WRAPPED) if f.measure == "level" and f.value == 8642)
    assert fact.text == "8,642 萬\n元"
    assert fact.unit == "万元"


def test_script_traditional_file_on_disk(tmp_path: Path):
    path = tmp_path / "trad.txt"
    path.write_text(RESIDENT_PENSION_YUAN, encoding="utf-8")
    records = extract_file(path, FACTS_ONLY)
    facts = [f for r in records for f in r.facts]
    assert [r.status for r in records] == ["ok"]
    assert {(f.metric, float(f.value)) for f in facts} >= {
        ("income_total", 25368400.0), ("fiscal_subsidy_income", 17845600.0),
        ("accumulated_balance", 98412000.0)}
    assert all(f.unit == "元" and f.year == 2020 for f in facts)
