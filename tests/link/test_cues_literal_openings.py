"""budget_rate and budget_gap are written so that every alternative opens
with a literal character (``re`` then skips to the characters a match can
start with): they match exactly what their former forms matched."""

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
}
PIECES = ["较", "比", "与", "为", "占", "达", "到", "完成", "了", "全年", "年度", "年初", "调整",
          "后", "预算", "数", "的", "率", "执行", "进度", "超", "出", "支出", "12%", "，"]


@pytest.mark.parametrize("name", sorted(FORMER))
def test_cues_literal_openings_match_as_the_former_forms(name: str) -> None:
    former, now = compile_cue(FORMER[name]), cues.cue(name)
    entry = cues.cue_table()[name]
    rng = random.Random(name)
    texts = [*entry["examples"], *entry["counter_examples"]]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in former.finditer(text)]
        assert cues.spans(name, text) == [m.span() for m in former.finditer(text)], text


@pytest.mark.parametrize("name", sorted(FORMER))
def test_cues_literal_openings_keep_a_gate(name: str) -> None:
    assert cues.gate_chars(name) is not None
