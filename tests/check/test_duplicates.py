"""One fact stated twice with two values."""

from __future__ import annotations

import pytest

from .texts import flags_of, summary

TWO_VALUES = (
    "2020年城乡居民基本养老保险基金支出8600万元。\n"
    "二、预算执行\n"
    "2020年城乡居民基本养老保险基金支出8450万元。\n"
)
SAME_VALUE_TWICE = (
    "2020年城乡居民基本养老保险基金支出8600万元。\n"
    "二、预算执行\n"
    "2020年城乡居民基本养老保险基金支出8600.00万元。\n"
)


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(TWO_VALUES, [("conflict", "error", "8450万元")], id="two-values"),
    pytest.param(SAME_VALUE_TWICE, [], id="same-value-other-precision"),
])
def test_duplicates_one_fact_with_two_values_conflicts(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected


def test_duplicates_conflict_relates_the_other_statement() -> None:
    (flag,) = flags_of(TWO_VALUES)
    assert ([r.text for r in flag.related], flag.suggestion) == (["8600万元"], None)
