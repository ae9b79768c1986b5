"""list_cut (the list item starts ``split`` cuts at) finds where list_item finds."""

from __future__ import annotations

import random
import re

from shebao.cause.cues import pattern, scan_pattern

# Characters the list item patterns read, and a few they do not.
ALPHABET = list("一二三四五六七八九十①②⑩（()）1290其首先次再另方面是、.．，,；;：:。 \n\t\u3000\x1c收入增") \
    + ["一是", "其一，", "首先，", "其次、", "另一方面，", "（2）", "3、", "。4.", "5．", "12、", "。\n", "：\n"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _starts(text: str) -> list[int]:
    """Item starts from list_cut: a match of its group ``number`` starts one before."""
    return [m.start() - 1 if m.lastgroup else m.start()
            for m in scan_pattern("list_cut").finditer(text)]


def test_cues_list_cut_runs_by_re() -> None:
    assert isinstance(scan_pattern("list_cut"), re.Pattern)


def test_cues_list_cut_starts_where_list_item_starts() -> None:
    found = digits = 0
    for text in _texts(5000, 21) + ["1、收入", "2.支出", "12、", "。3．", "一是", "①"]:
        starts = [m.start() for m in pattern("list_item").finditer(text)]
        assert _starts(text) == starts, text
        assert [m.start() for m in scan_pattern("list_item").finditer(text)] == starts, text
        found += len(starts)
        digits += sum(text[s] in "123456789" for s in starts)
    assert found > 5000 and digits > 500
