"""fold_chars skips the dash and thousands repairs on texts lacking what they need, and
gives what running every repair gives (normalise.chars)."""

from __future__ import annotations

import random

from shebao.normalise import chars as C


def fold_every_repair(text: str) -> str:
    """fold_chars without its gates: every repair run on every text."""
    out = C.ALWAYS_RUN.sub(lambda m: m.group().translate(C._ALWAYS), text)
    out = C.DASH_BEFORE_DIGIT.sub("-", out)
    out = C.DOT_BETWEEN_DIGITS.sub(".", out)
    out = C.decimal_point_pattern().sub(".", out)
    out = C.THOUSANDS_GROUPS.sub(lambda m: m.group().replace("，", ","), out)
    out = C.PAREN_PAIR.sub(C._paren_pair, out)
    return C.ASCII_PUNCT_NEAR_CJK.sub(lambda m: m.group().translate(C._TO_CJK_PUNCT), out)


PIECES = ["1", "23", "456", "７", "，", ",", ".", "．", "－", "—", "–", "−", "-", "万元",
          "。", "收入", "(", ")", " ", "\n", "%", "a"]


def test_fold_chars_matches_every_repair_run_on_random_texts() -> None:
    rng = random.Random(14)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 16)))
        assert C.fold_chars(text) == fold_every_repair(text), repr(text)


def test_every_thousands_match_holds_the_comma_gate() -> None:
    rng = random.Random(15)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 16)))
        for m in C.THOUSANDS_GROUPS.finditer(text):
            found += 1
            assert C.THOUSANDS_COMMA.search(m.group()), m.group()
    assert found


def test_dash_and_grouped_figures_are_still_repaired() -> None:
    assert C.fold_chars("下降－3.5%，共1，234，567元") == "下降-3.5%，共1,234,567元"
    assert C.fold_chars("共１２３，４５６人") == "共123,456人"
