"""The month span, rewritten with its lookbehind after the 1 it guards (so
that a scan skips to a 1 or 一), matches as its old form did, and the union
of the prefix-stable rules still matches where one of them does."""

from __future__ import annotations

import random

from shebao.link.periods import _any_stable_rule, rules
from shebao.stdre import compile_cue

# month_span as it was written before its lookbehind moved after the 1
OLD_MONTH_SPAN = compile_cue(
    r"(?<![\d.])(?:1|一)\s*[-—–~～至到]\s*(?P<last>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])\s*月份?")
PIECES = ["1", "一", "11", "2.1", "0", "-", "—", "至", "到", " ", "6", "十", "十二", "九", "月", "份",
          "月份", "年", "上半年", "全年", "截至", "前三季度", "第二季度", "收入", "，"]


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(14)
    made = ["1-9月全市基金收入", "2021年1至6月份", "一至九月", "11月至12月", "2021年6月",
            "1.1-6月", "21-6月", "一至十二月份", "1 — 11 月"]
    made += ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 9))) for _ in range(n)]
    return made


def _month_span():
    return next(r for r in rules() if r.name == "month_span").pattern


def test_month_span_matches_as_its_old_form() -> None:
    new = _month_span()
    for text in _texts():
        old_found = [(m.span(), m.group("last")) for m in OLD_MONTH_SPAN.finditer(text)]
        assert [(m.span(), m.group("last")) for m in new.finditer(text)] == old_found, text


def test_stable_rules_union_matches_where_a_stable_rule_does() -> None:
    union = _any_stable_rule()
    assert union is not None
    stable = [r.pattern for r in rules() if r.prefix_stable]
    for text in _texts():
        assert (union.search(text) is not None) == any(p.search(text) for p in stable), text
