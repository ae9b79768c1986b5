"""count_unit: a head-count change written in 人 where 万人 is meant."""

from __future__ import annotations

import pytest

from .texts import flags_of, summary

SLIP = "2020年末城乡居民养老保险参保人数12.4万人，较上年11.9万人增加0.5人，增长4.2%。\n"
RIGHT = "2020年末城乡居民养老保险参保人数12.4万人，较上年11.9万人增加0.5万人，增长4.2%。\n"
OTHER_UNIT = "2020年末城乡居民养老保险参保人数12.4万人，较上年11.9万人增加5000人。\n"


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(SLIP, [("count_unit", "error", "0.5人")], id="ren-for-wanren"),
    pytest.param(RIGHT, [], id="same-unit-agrees"),
    pytest.param(OTHER_UNIT, [], id="other-unit-agrees"),
])
def test_counts_change_in_the_wrong_unit_is_flagged(body: str, expected: list) -> None:
    assert summary(flags_of(body)) == expected


def test_counts_suggestion_is_the_change_in_wanren() -> None:
    (flag,) = flags_of(SLIP)
    assert flag.suggestion == "0.5万人"


@pytest.mark.parametrize("before", ["比去年同期的", "较上年"])
def test_counts_last_year_level_read_after_the_yoy_cue(before: str) -> None:
    body = f"年末享受待遇人员3.2万人，{before}2.8万人增加0.4人。\n"
    assert summary(flags_of(body)) == [("count_unit", "error", "0.4人")]


def test_counts_figure_after_a_change_word_is_not_last_years_level() -> None:
    body = "年末享受待遇人员3.2万人，较上年增加2.8万人，多出0.4人。\n"
    assert summary(flags_of(body)) == []
