"""Indicator values, met/not met, budget-block facts, and the seeds' indicators."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from shebao.link.budget import budget_drafts
from shebao.link.context import FundRef
from shebao.segment.selfeval_indicators import Value, is_met, read_value, table_indicators
from shebao.pipeline import extract_file
from shebao.records import SelfEvalRow, SelfEvalTable, TableCell

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
D = Decimal


@pytest.mark.parametrize(("text", "value"), [
    ("≥196084人", Value(D("196084"), None, ">=", "人")),
    ("=100%", Value(D("100"), None, "=", "%")),
    ("≥95%或≤105%", Value(D("95"), D("105"), None, "%")),
    ("95%–105%", Value(D("95"), D("105"), None, "%")),
    ("105 ≤ ≥95%", Value(D("95"), D("105"), None, "%")),
    ("≥ 79.02万人次", Value(D("79.02"), None, ">=", "万人次")),
    ("≥ 580元/人", Value(D("580"), None, ">=", "元")),
    ("<0.1%", Value(D("0.1"), None, "<", "%")),
    ("每月25日前", Value()),
    ("", Value()),
])
def test_indicators_read_value(text: str, value: Value) -> None:
    assert read_value(text) == value


@pytest.mark.parametrize(("target", "actual", "met"), [
    ("≥196084人", "≥234457人", True),
    ("≥72533人", "70995", False),
    ("95%–105%", "61%", False),
    ("≥95%或≤105%", "100.44%", True),
    ("105 ≤ ≥95%", "61%", False),
    ("=100%", "=100%", True),
    ("=100%", "99%", False),
    ("=98.5%", "98.50%", True),
    (">90%", "95%", True),
    ("<0.1%", "<0.1%", True),
    ("≤1%", "0", True),
    ("≥79.02万人次", "5.6715万人次", False),
    ("≥2万人次", "25000人次", True),
    ("≥100人", "100%", None),
    ("529118人", "530364人", None),
    ("100%", "100%", True),
    ("每月25日前", "每月25日前", True),
    ("按时报送", "未按时报送", None),
    ("达成目标", "", None),
    ("≥95%", "", None),
])
def test_indicators_met(target: str, actual: str, met: bool | None) -> None:
    assert is_met(target, actual, read_value(target), read_value(actual)) is met


def _table(text: str) -> SelfEvalTable:
    start = text.index("参保")
    row = SelfEvalRow("产出指标", "数量指标", "参保人数", "≥100人", "120人", start, len(text))
    budget = (TableCell(4, 8, "1200", "预算数"), TableCell(13, 17, "1150", "执行数"))
    return SelfEvalTable(0, len(text), "某县绩效自评表", "城乡居民基本养老保险基金", 2021, "万元",
                         budget, (row,), ("五、附表",))


def test_indicators_record_fields_and_offsets() -> None:
    text = "预算数：1200执行数：1150\n参保人数≥100人120人"
    (ind,) = table_indicators(_table(text), text, lambda a, b: (a, b))
    assert (ind.level3, ind.target, ind.comparator, ind.unit, ind.actual, ind.met, ind.title,
            ind.section) == ("参保人数", D("100"), ">=", "人", D("120"), True, "某县绩效自评表",
                             ("五、附表",))
    assert text[ind.start:ind.end] == ind.text


def test_indicators_budget_block_drafts() -> None:
    text = "预算数：1200执行数：1150\n参保人数≥100人120人"
    drafts = budget_drafts(_table(text), FundRef("all_funds", ""), 2020)
    assert [(d.fund.id, d.metric, d.basis, d.measure, d.value, d.year, d.figure.unit)
            for d in drafts] == [
        ("resident_pension", "expenditure_total", "budget", "level", D("1200"), 2021, "万元"),
        ("resident_pension", "expenditure_total", "actual", "level", D("1150"), 2021, "万元"),
    ]


def _seed_records(stem: str):
    path = SEEDS / f"{stem}.txt"
    if not path.exists():
        pytest.skip("seed files absent")
    return path.read_text(encoding="utf-8-sig"), extract_file(path)


@pytest.mark.parametrize("stem", ["001_409ac94866773786", "003_51fc0cc70557c26a"])
def test_indicators_seed_offsets_identity(stem: str) -> None:
    source, records = _seed_records(stem)
    indicators = [i for r in records for i in r.indicators]
    assert indicators and all(source[i.start:i.end] == i.text for i in indicators)


@pytest.mark.parametrize(("stem", "level3", "target", "actual", "met"), [
    ("001_409ac94866773786", "参保人数", D("196084"), D("234457"), True),
    ("001_409ac94866773786", "基本医疗保险支出预算执行率", D("95"), D("61"), False),
    ("001_409ac94866773786", "享受待遇人次", D("79.02"), D("5.6715"), False),
    ("003_51fc0cc70557c26a", "工伤保险基金支出预算完成率", D("95"), D("152.95"), False),
    ("003_51fc0cc70557c26a", "保障生育保险待遇享受人次", D("7325"), D("8586"), True),
    ("003_51fc0cc70557c26a", "企业离退休人员满意度", D("90"), D("95"), True),
])
def test_indicators_seed_rows(stem: str, level3: str, target: Decimal, actual: Decimal, met: bool) -> None:
    _, records = _seed_records(stem)
    found = [i for r in records for i in r.indicators if i.level3 == level3]
    assert (found[0].target, found[0].actual, found[0].met) == (target, actual, met)


@pytest.mark.parametrize(("stem", "facts"), [
    ("003_51fc0cc70557c26a", [("all_funds", "budget", D("687074")), ("all_funds", "actual", D("681854"))]),
])
def test_indicators_seed_budget_facts(stem: str, facts: list) -> None:
    _, records = _seed_records(stem)
    got = [(f.fund, f.basis, f.value) for r in records for f in r.facts
           if f.mention == "table" and f.metric == "expenditure_total" and f.measure == "level"
           and f.value in {D("687074"), D("681854")}]
    assert got == facts
