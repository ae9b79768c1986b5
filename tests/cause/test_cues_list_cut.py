"""list_cut (the list item starts ``split`` cuts at) finds where list_item finds."""

from __future__ import annotations

import random
import re

from shebao.cause.cues import pattern, scan_pattern
from shebao.stdre import compile_cue

# list_cut as written before each branch was opened with the character it takes next.
LIST_CUT_BEFORE = r"""
  [一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩（(其首再另、.．]
  (?:
    (?P<number>(?<=[、.．])(?<=[1-9].)(?<![^。；;：:\s][1-9].))(?!\d)
  | (?<=[一二三四五六七八九十])是
  | (?<=[①②③④⑤⑥⑦⑧⑨⑩])
  | (?<=[（(])[1-9一二三四五六七八九][）)]
  | (?<![^。；;：:，,\s].)
    (?:(?<=其)[一二三四五] | (?<=首)先 | (?<=[其再])次 | (?<=另)一方面 | (?<=一)方面)(?=[，,：:、])
  )
"""

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


def test_cues_list_cut_matches_its_form_before_the_branches_opened_with_a_character() -> None:
    before = compile_cue(LIST_CUT_BEFORE)
    assert isinstance(before, re.Pattern)
    found = 0
    for text in _texts(5000, 5) + ["其一，", "。首先：", "再次、", "另一方面，", "一方面,", "\n1.收入"]:
        spans = [(m.span(), m.lastgroup) for m in before.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in scan_pattern("list_cut").finditer(text)] == spans
        found += len(spans)
    assert found > 5000
