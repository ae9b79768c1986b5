"""Queries: filters, full-text search, records as the output contract has them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao.store import query


@pytest.mark.parametrize(("filters", "n"), [
    ({}, 6),
    ({"fund": "unemployment"}, 3),
    ({"metric": "accumulated_balance", "region": "乙市"}, 2),
    ({"measure": "yoy_rate", "year": 2021}, 3),
    ({"basis": "budget"}, 0),
    ({"fund": ["unemployment", "resident_pension"], "region": "甲县"}, 2),
    ({"grep": "结余"}, 3),
    ({"grep": "疫情"}, 3),
    ({"grep": "疫情 结余"}, 0),
    ({"region": []}, 6),
])
def test_query_facts_filters(db, filters, n) -> None:
    assert len(query.facts(db, **filters)) == n


def test_query_facts_keep_written_precision_and_lists(db) -> None:
    fact = query.facts(db, measure="yoy_rate", region="甲县")[0]
    assert (fact["value"], fact["value_wan"], fact["section"]) == (Decimal("12.50"), None, ["一、基金收支"])
    assert (fact["source"], fact["region"], fact["report_year"]) == ("a.txt", "甲县", 2021)


@pytest.mark.parametrize(("filters", "n"), [
    ({}, 3), ({"effect": "increase"}, 3), ({"effect": "decrease"}, 0),
    ({"category": "timing"}, 3), ({"category": "headcount"}, 0),
    ({"grep": "疫情"}, 3), ({"grep": "结余"}, 0), ({"region": "乙市"}, 2),
])
def test_query_causes_filters(db, filters, n) -> None:
    assert len(query.causes(db, **filters)) == n


def test_query_causes_keep_unknown_fields_in_extra(db) -> None:
    cause = query.causes(db, region="甲县")[0]
    assert (cause["categories"], cause["extra"]) == (["policy", "timing"], {"cue_start": 115})


@pytest.mark.parametrize(("filters", "n"), [
    ({}, 3), ({"kind": "unit"}, 3), ({"kind": "sum"}, 0), ({"severity": "error", "region": "甲县"}, 1),
    ({"grep": "亿元"}, 3),
])
def test_query_flags_filters(db, filters, n) -> None:
    assert len(query.flags(db, **filters)) == n


def test_query_unknown_filter_is_refused(db) -> None:
    with pytest.raises(ValueError):
        query.facts(db, effect="increase")


def test_query_files_by_status(db) -> None:
    assert [f["path"] for f in query.files(db, status="error")] == ["c.txt"]


@pytest.mark.parametrize(("filters", "levels"), [
    ({"region": "甲县"}, ["参保覆盖率", "待遇按时发放率", "群众满意度"]),
    ({"region": "甲县", "met": True}, ["参保覆盖率"]),
    ({"region": "甲县", "met": "false"}, ["待遇按时发放率"]),
    ({"region": "甲县", "met": "unknown"}, ["群众满意度"]),
    ({"region": "甲县", "met": ["true", "unknown"]}, ["参保覆盖率", "群众满意度"]),
    ({"region": "甲县", "level3": "群众满意度"}, ["群众满意度"]),
    ({"region": "甲县", "grep": "发放"}, ["待遇按时发放率"]),
    ({"region": "甲县", "grep": "数量指标 满意"}, ["群众满意度"]),
    ({"region": "甲县", "year": 2020}, []),
])
def test_query_indicators_filters(db, filters, levels) -> None:
    assert [i["level3"] for i in query.indicators(db, **filters)] == levels


def test_query_indicators_keep_written_precision_and_met(db) -> None:
    first = query.indicators(db, region="乙市", met=False)[0]
    assert (first["target"], first["actual"], first["met"]) == (Decimal("99.0"), Decimal("98.50"), False)
    assert (first["section"], first["report_year"]) == (["附件"], 2021)
    assert (first["table_title"], first["title"]) == ("项目支出绩效自评表", "某报告")


def test_query_indicators_bad_met_is_refused(db) -> None:
    with pytest.raises(ValueError, match="met is one of"):
        query.indicators(db, met="maybe")
