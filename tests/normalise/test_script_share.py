"""The traditional share found by scans equals the share counted char by char (normalise.script)."""

from __future__ import annotations

import random
from collections import Counter

from shebao.normalise.script import HAN_START, char_table, traditional_share


def _plain(text: str) -> tuple[float, int]:
    table = char_table(set(text))
    if not table:
        return 0.0, 0
    counts = Counter(text)
    han = sum(n for ch, n in counts.items() if ord(ch) >= HAN_START)
    found = sum(counts[ch] for ch in table)
    return found / han, found


PIECES = ["養老保險基金收入", "养老保险基金收入", "醫療", "万元，", "增長3.2%", "２０２３年",
          "\U00020000\U0002a6d6", "\uac00\ud55c", "\ufe30\ufe50", "㐀㒳", "豈更", "abc 12\n", "\ue000"]


def test_the_share_matches_the_plain_count() -> None:
    rng = random.Random(7)
    texts = ["", "abc", *PIECES]
    for _ in range(300):
        texts.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))))
    for text in texts:
        assert traditional_share(text) == _plain(text), text


def test_a_traditional_text_has_a_share() -> None:
    share, found = traditional_share("養老保險基金收入增長")
    assert found >= 3 and share >= 0.3


def test_the_candidate_table_reads_as_the_pattern_at_every_code_point() -> None:
    from shebao.normalise.script import _candidate_table, _candidates

    table, pattern = _candidate_table(), _candidates()
    for base in range(0, 0x110000, 0x10000):
        block = "".join(map(chr, range(base, base + 0x10000)))  # lone surrogates too
        found = [m.start() + base for m in pattern.finditer(block)]
        assert found == (table[base:base + 0x10000].nonzero()[0] + base).tolist()


def test_may_hold_candidates_is_whether_the_pattern_finds_one() -> None:
    from shebao.normalise.script import _candidates, may_hold_candidates

    rng = random.Random(17)
    texts = ["", "abc", "\ud800", "甲\udfff乙", *PIECES]
    for _ in range(300):
        texts.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))))
    for text in texts:
        assert may_hold_candidates(text) == bool(_candidates().findall(text)), repr(text)
