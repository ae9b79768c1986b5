"""Cues written so that every alternative opens with a literal character
(``re`` then skips to the characters a match can start with instead of trying
every position; a lookbehind is moved after the literal it guards): they
match exactly what their former forms matched, at the same places."""

from __future__ import annotations

import random

import pytest

from shebao.link import cues
from shebao.stdre import compile_cue

FORMER = {
    "budget_gap": r"""(?:较|比|与)(?:年初)?预算(?:数)?
        | 超预算 | 超出预算""",
    "budget_rate": r"""完成(?:了)?(?:全年|年度|调整后|调整)?(?:[\p{Han}]{0,4})?预算(?:数)?(?:的)?
        | 预算(?:完成率|执行率|完成)(?:为|达到?)?
        | (?:为|占|达到?)(?:年初|全年|年度|调整后|调整)?预算(?:数)?的
        | 执行进度(?:为)?""",
    "up": r"""(?:增加 | 增长 | 增支 | 增收 | 上升 | 提高 | 上涨)(?![到至])
        | 增幅(?:为|达到?)? | 增长率(?:为)?
        | 多[\p{Han}]{0,2}$""",
    "down": r"""(?:减少 | 降低 | 下降 | 减支 | 减收 | 下滑 | 回落)(?![到至])
        | 降幅(?:为|达到?)? | (?<![至最])少[\p{Han}]{0,2}$""",
    "previous_year": r"""(?<![较比与同])(?:上年|去年|上一年)(?:同期)?(?!相比|同期相比)""",
    "yoy": r"""(?:较|比|与|同)(?:上年|去年|上一年|前一年)(?:同期)?(?:相比)?
        | 同比 | 较\d{4}年""",
    "other_period_base": r"""环比
        | (?:较|比|与)(?:上|第)?[一二三四1-4上]?\s*(?:季度|个季度|月份?)(?:末|底)?(?:相比)?""",
    "actual_value": r"""(?:全年)?完成值 | 实际完成值? | 实际值 | 实际达到""",
    "per_capita": r"""(?:月|年)?人均(?:领取|享受|发放)?$ | 次均$ | 户均$
        | 月均(?:统筹基金|个人账户|个人帐户)?$""",
}
BUDGET = ["较", "比", "与", "为", "占", "达", "到", "完成", "了", "全年", "年度", "年初", "调整",
          "后", "预算", "数", "的", "率", "执行", "进度", "超", "出", "支出"]
# each cue's own characters and words, mixed with other text
PIECES = {
    "budget_gap": BUDGET,
    "budget_rate": BUDGET,
    "up": ["增", "加", "长", "支", "收", "上", "升", "提", "高", "涨", "到", "至", "幅", "为",
           "达", "率", "多", "增长", "提高", "多支"],
    "down": ["减", "少", "降", "低", "下", "滑", "回", "落", "支", "收", "到", "至", "幅", "为",
             "达", "最", "减少", "降低", "少支"],
    "previous_year": ["上", "去", "年", "一", "同", "期", "相", "比", "较", "与", "上年", "同期",
                      "相比", "去年"],
    "yoy": ["较", "比", "与", "同", "上", "去", "前", "一", "年", "期", "相", "2019", "上年", "同期",
            "相比", "同比"],
    "other_period_base": ["环", "较", "比", "与", "上", "第", "一", "四", "3", " ", "季度", "个",
                          "月", "份", "末", "底", "相比", "上年"],
    "actual_value": ["全", "年", "完", "成", "值", "实", "际", "达", "到", "完成", "实际"],
    "per_capita": ["月", "年", "人", "均", "领取", "享受", "发放", "次", "户", "统筹基金",
                   "个人账户", "个人帐户", "人均"],
}
NOISE = ["基金", "收入", "结余", "万元", "12%", "，", "\n", "养老", "a"]


def _texts(name: str) -> list[str]:
    entry = cues.cue_table()[name]
    rng = random.Random(name)
    pieces = PIECES[name] + NOISE
    return [*entry["examples"], *entry["counter_examples"],
            *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(4000))]


@pytest.mark.parametrize("name", sorted(FORMER))
def test_cues_literal_openings_match_as_the_former_forms(name: str) -> None:
    former, now = compile_cue(FORMER[name]), cues.cue(name)
    assert type(former) is type(now)  # both run by the same engine
    for text in _texts(name):
        spans = [m.span() for m in former.finditer(text)]
        assert [m.span() for m in now.finditer(text)] == spans, text
        assert cues.spans(name, text) == spans, text
        assert cues.has(name, text) == bool(spans), text
        lo, hi = len(text) // 3, len(text) - len(text) // 4  # a window, as metric_words searches
        found, was = now.search(text, lo, hi), former.search(text, lo, hi)
        assert (found and found.span()) == (was and was.span()), text


@pytest.mark.parametrize("name", sorted(FORMER))
def test_cues_literal_openings_keep_a_gate(name: str) -> None:
    assert cues.gate_chars(name) is not None
