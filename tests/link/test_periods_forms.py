"""The month span, rewritten with its lookbehind after the 1 it guards (so
that a scan skips to a 1 or 一), matches as its old form did, and every match
of a rule holds one of its words (a text holding none is not scanned)."""

from __future__ import annotations

import random

from shebao.link.periods import PeriodIndex, holds_word, rule_table, rules
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


# pieces of every rule's wordings, whole and split
WORD_PIECES = [*"一二三四九十139-至月份季度前个截底上下半全年累计末第，", "下半年", "年度累计", "前9个月",
               "全年度", "第四季度", "1-3季度", "前三季", "截止2021年9月末"]


def test_every_match_of_a_rule_holds_one_of_its_words() -> None:
    rng = random.Random(17)
    examples = [e for entry in rule_table() for e in entry["examples"]]
    made = ["".join(rng.choice(WORD_PIECES) for _ in range(rng.randrange(1, 10))) for _ in range(3000)]
    for text in [*examples, *_texts(), *made]:
        for rule in rules():
            for m in rule.pattern.finditer(text):
                assert holds_word(m.group(), rule.words), (text, rule.name)


def test_a_text_without_a_rules_word_is_not_scanned_by_it() -> None:
    assert PeriodIndex("上半年收入12万元").active
    assert not PeriodIndex("上年同期半数以上").active  # 上, 半 and 年, but not 上半年


def test_holds_word() -> None:
    assert holds_word("前三季度", ("季",))
    assert holds_word("全年度累计", ("年度累计", "全年"))
    assert not holds_word("年度预算", ("全年", "年度累计"))
    assert holds_word("任何文本", ())
