"""fold_chars, whose first scan also finds the ASCII punctuation its last repair reads,
folds as its old form did: a scan per repair (normalise.chars)."""

from __future__ import annotations

import random

import pytest

from shebao.normalise import chars as C

PIECES = ["１２", "３", "％", "＋", "＞", "Ａ", "ｂ", "(", ")", ",", ";", ":", "?", "!", "（", "）",
          "，", "。", "．", "—", "－", "1", "234", "567", "万元", "收入", "a", " ", "\n", "人次",
          "(说明)", "(1)", "1，234，567", "3。5万元", "增长(", "〕"]


def old_fold_chars(text: str) -> str:
    """fold_chars as written before: ALWAYS_RUN and ASCII_PUNCT_NEAR_CJK each a scan."""
    out = C.ALWAYS_RUN.sub(lambda m: m.group().translate(C._ALWAYS), text)
    if any(dash in out for dash in C.DASHES):
        out = C.DASH_BEFORE_DIGIT.sub("-", out)
    out = C.DOT_BETWEEN_DIGITS.sub(".", out)
    out = C.decimal_point_pattern().sub(".", out)
    if C.THOUSANDS_COMMA.search(out):
        out = C.THOUSANDS_GROUPS.sub(lambda m: m.group().replace("，", ","), out)
    out = C.PAREN_PAIR.sub(C._paren_pair, out)
    return C.ASCII_PUNCT_NEAR_CJK.sub(lambda m: m.group().translate(C._TO_CJK_PUNCT), out)


@pytest.mark.parametrize("seed", range(4))
def test_fold_chars_folds_as_a_scan_per_repair(seed) -> None:
    rng = random.Random(seed)
    changed = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        folded = C.fold_chars(text)
        assert folded == old_fold_chars(text), repr(text)
        changed += folded != text
    assert changed > 1000


def test_punctuation_near_cjk_and_runs_fold_in_one_scan() -> None:
    assert C.fold_chars("收入(万元):１２３％,增长!") == "收入（万元）：123%，增长！"
    assert C.fold_chars("a,b (1) ２") == "a,b (1) 2"
