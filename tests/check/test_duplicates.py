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


# Stated three times: the first differs anyway (a conflict), the third slips
# against the second and is flagged as the unit slip it is.
THIRD_SLIPS_AGAINST_SECOND = (
    "二〇二〇年度工伤保险基金安排预算支出8600万元。\n"
    "二、预算执行\n"
    "二〇二〇年度工伤保险基金安排预算支出7450万元。\n"
    "三、其他\n"
    "二〇二〇年度工伤保险基金安排预算支出7450元。\n"
)


def test_duplicates_slip_against_a_later_statement_is_flagged() -> None:
    flags = flags_of(THIRD_SLIPS_AGAINST_SECOND)
    assert [(f.kind, f.text, f.suggestion) for f in flags] == [
        ("conflict", "7450万元", None), ("unit", "7450元", "7450万元")]
