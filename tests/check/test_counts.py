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
