"""Unit slips by magnitude: a county fund of 亿元 size, a per-person 万元 amount."""

from __future__ import annotations

import pytest
import regex

from shebao.check.magnitude import level_ceiling, table
from tests.check.texts import text_flags
from tests.yaml_cases import entry_cases


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    *entry_cases(table()["levels"]),
    *entry_cases([{"name": "per_person", **table()["per_person"]}]),
])
def test_magnitude_patterns(pattern: str, text: str, expected: bool) -> None:
    assert (regex.search(pattern, text) is not None) == expected


def test_magnitude_level_from_region_else_title() -> None:
    assert level_ceiling("青禾县", None)[0] == "county"
    assert level_ceiling(None, "云岭省2020年社会保险基金决算说明") is None
    assert level_ceiling("云岭省", "x")[0] == "province"


def test_magnitude_county_fund_in_yiyuan_is_flagged() -> None:
    text = ("青禾县2021年失业保险基金决算说明\n一、基金收支\n"
            "失业保险基金收入2865亿元，基金支出2410万元。\n")
    assert ("unit", "2865亿元", "2865万元") in text_flags(text)


def test_magnitude_per_person_amount_in_wanyuan_is_flagged() -> None:
    text = ("青禾县2021年城乡居民基本养老保险基金决算说明\n一、待遇\n"
            "城乡居民基本养老保险基金支出3200万元，月人均养老金165万元。\n")
    assert ("unit", "165万元", "165元") in text_flags(text)


@pytest.mark.parametrize("body", [
    "失业保险基金收入2865万元，基金支出2410万元。",
    "城乡居民基本养老保险基金支出3200万元，月人均养老金165元。",
])
def test_magnitude_plausible_figures_raise_nothing(body: str) -> None:
    text = f"青禾县2021年社会保险基金决算说明\n一、基金收支\n{body}\n"
    assert [f for f in text_flags(text) if f[0] == "unit"] == []


def test_magnitude_province_may_state_yiyuan() -> None:
    text = "云岭省2021年社会保险基金决算说明\n一、基金收支\n失业保险基金收入28.6亿元。\n"
    assert text_flags(text) == []


def test_checks_budget_and_adjusted_budget_of_one_row_do_not_conflict() -> None:
    text = ("白川市2019年城乡居民基本养老保险基金预算执行情况\n单位：万元\n"
            "项目 | 预算数 | 调整预算数 | 执行数\n"
            "基金收入 | 54120 | 52860 | 53010\n")
    assert [f for f in text_flags(text) if f[0] == "conflict"] == []
