"""may_hold reads every needed set; needed_strings gives them as strings of sorted chars."""

from __future__ import annotations

import re

from shebao.tag.needs import may_hold, needed_sets, needed_strings


def test_needs_may_hold_reads_each_set() -> None:
    assert may_hold("甲乙", ("甲丙", "乙"))
    assert not may_hold("甲", ("甲丙", "乙"))
    assert may_hold("", ())


def test_needs_needed_strings_are_the_sets_sorted() -> None:
    pattern = re.compile("(?:万|亿)元[增减]少")
    assert needed_strings(pattern) == tuple("".join(sorted(s)) for s in needed_sets(pattern))
    assert sorted(needed_strings(pattern)) == sorted(["万亿", "元", "减增", "少"])


def test_needs_needed_strings_leave_out_sets_wider_than_widest() -> None:
    pattern = re.compile("[甲乙丙丁戊]收入")
    assert "丁丙乙戊甲" not in needed_strings(pattern, widest=4)
    assert needed_strings(pattern, widest=4) == ("收", "入")
    assert len(needed_strings(pattern)) == 3
