"""The planted-error benchmark's core, on one bundled example report."""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import replace
from decimal import Decimal

import pytest

from shebao.ingest.read import read_document
from shebao.records import Fact
from tests.paths import EXAMPLES, ROOT

EXAMPLE = EXAMPLES / "hebei-luanbei-county-2021-pension.txt"


def _load():
    path = ROOT / "benchmarks" / "plant_errors.py"
    spec = importlib.util.spec_from_file_location("plant_errors", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["plant_errors"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


pe = _load()


def _fact(text: str, unit: str, start: int = 10, **kw) -> Fact:
    base = dict(fund="all_funds", fund_name=None, account=None, metric="income_total",
                metric_name=None, year=2021, basis="actual", measure="level",
                value=Decimal("1"), unit=unit, value_wan=Decimal("1"), text=text,
                sentence="", section=(), start=start, end=start + len(text), confidence=0.9)
    return Fact(**{**base, **kw})


@pytest.mark.slow
def test_plant_errors_three_plants_on_example():
    outcomes = pe.plant_runs(read_document(EXAMPLE), 3, random.Random(0))
    assert len(outcomes) == 3
    for o in outcomes:
        assert o.plant.kind in ("unit", "digit")
        assert o.planted != " ".join(o.plant.fact.text.split())
        assert o.false_flags >= 0 and isinstance(o.exposable, tuple)


@pytest.mark.parametrize("text, unit, planted", [
    ("3120.5万元", "万元", {"3120.5亿元", "3120.5元"}),
    ("12 亿元", "亿元", {"12 万元"}),
    ("680元", "元", {"680万元"}),
    ("45", "万元", set()),  # a table cell: no unit written, no unit slip
])
def test_plant_errors_unit_slips(text, unit, planted):
    fact = _fact(text, unit)
    source = " " * 10 + text
    assert {p.apply(source)[10:] for p in pe.unit_edits(fact)} == planted


@pytest.mark.parametrize("text, planted", [
    ("305.27万元", {"35.27万元", "30.27万元", "305.7万元", "305.2万元"}),  # no "05.27"
    ("0.46万元", {"0.6万元", "0.4万元"}),
    ("7万元", set()),  # one digit: nothing to drop
    ("2,017.35元", {"217.35元", "207.35元", "201.35元", "2,017.5元", "2,017.3元"}),
])
def test_plant_errors_digit_drops(text, planted):
    fact = _fact(text, "万元")
    source = " " * 10 + text
    assert {p.apply(source)[10:] for p in pe.digit_edits(fact)} == planted


@pytest.mark.parametrize("new, honest", [("53.1", True), ("5.14", False), ("53.4", False)])
def test_plant_errors_rounding_drops(new, honest):
    fact = _fact("53.14万元", "万元")
    assert pe.Plant("digit", fact, 10, 15, new).rounding() is honest


def test_plant_errors_exposable_relations():
    total = _fact("900万元", "万元", start=0)
    item = _fact("600万元", "万元", start=20, metric="contribution_income", part_of=0)
    again = replace(total, start=40, end=46)
    last = _fact("800万元", "万元", start=60, year=2020)
    change = _fact("100万元", "万元", start=80, measure="yoy_change")
    lone = _fact("5万元", "万元", start=99, metric="interest_income")
    facts = [total, item, again, last, change, lone]
    assert set(pe.exposable(total, facts)) == {"twice", "list", "change"}
    assert pe.exposable(item, facts) == ("list",)
    assert pe.exposable(lone, facts) == ()
