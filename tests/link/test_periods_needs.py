"""A period rule is not scanned over a text lacking a character it needs
(``PeriodRule.needs``): the answers stay those of every rule scanned over
every prefix."""

from __future__ import annotations

import random
import re

import pytest
from shebao.link.periods import rules
from shebao.tag.needs import may_hold

from tests.link.periods_oracle import every_prefix, random_texts


@pytest.mark.parametrize("text", [
    "二季度末基金结余12万元，三季度前补发到位，第4季度支出5万元。",
    "较一季度增加3万元，上半年收入20万元。",
    "前三季度累计支出8万元，其中第三季度2万元，季末结余1万元。",
    "本年度预算执行进度为75%，四季度之前拨付到位。",
    "2024年基金收入30万元，比上年增长2%。",
    "1至6月份支出9万元，截至9月底结余4万元，全年收入40万元。",
    "全年预计支出8万元，年度计划于一月前下达，上半年收入7万元。",
    "截至12月31日结余6万元，前9个月支出3万元，下半年度收入1万元。",
])
def test_periods_needs_keep_the_answer_of_every_prefix(text: str) -> None:
    got, want = every_prefix(text)
    assert got == want


def test_periods_needs_are_read_off_the_rules() -> None:
    quarter = next(r for r in rules() if not r.prefix_stable)
    assert quarter.needs  # a rule scanned per prefix is the one worth skipping
    assert may_hold("第二季度", quarter.needs)
    assert not may_hold("第二年度", quarter.needs)


def _class_test(text: str, needs: tuple[str, ...]) -> bool:
    """The old form of the test: one class search per needed set."""
    return all(re.compile("[" + re.escape(chars) + "]").search(text) for chars in needs)


def test_periods_needs_in_tests_answer_as_class_searches() -> None:
    pieces = [*"一二三四六九十1369-~至到月份季度前个截底上下半全年累计末第，。收入万元", "", " "]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for rule in rules():
            assert may_hold(text, rule.needs) == _class_test(text, rule.needs), (text, rule.name)


def test_periods_needs_skip_stable_rules_too_on_random_texts() -> None:
    # a prefix-stable rule is scanned only where the text holds a character
    # of each of its needed sets: the answers stay the oracle's
    pieces = [*"一二三四六九十1369-至到月份季度前个截底上下半全年累计末第，。收入万元",
              "1至6月", "一至九月", "前三季度", "上半年", "下半年", "全年", "年度", "截至9月底",
              "第四季度", "二季度", "前9个月", "1-11月份"]
    for text in random_texts(pieces, seed=16, shortest=1, longest=12):
        got, want = every_prefix(text)
        assert got == want, text

