"""``window`` reads each clause's list marker once and equals the window
that looks back over every clause from the cue's on each step."""

from __future__ import annotations

import random

from shebao.cause.clauses import list_marker, split, window

PIECES = ["收入增加", "支出减少", "，", "；", "。", "：", "\n", "一是", "二是", "三是", "（1）",
          "（2）", "其次，", "1、", "2、", "原因如下：", "基金"]


def _plain(clauses, at: int, before: int = 2, after: int = 12) -> range:
    lo = at
    while lo > 0 and at - lo < before and clauses[lo - 1].sentence == clauses[at].sentence:
        lo -= 1
    hi = at + 1
    headline = clauses[at].text.rstrip().endswith(("：", ":"))
    while hi < len(clauses) and hi - at <= after:
        same = clauses[hi].sentence == clauses[hi - 1].sentence
        in_list = headline or any(list_marker(clauses[k]) is not None for k in range(at, hi))
        if not (same or (in_list and list_marker(clauses[hi]) is not None)
                or (headline and hi == at + 1)):
            break
        hi += 1
    return range(lo, hi)


def test_clauses_window_equals_plain_window() -> None:
    rng = random.Random(11)
    longer = 0
    for _ in range(1500):
        clauses = split("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 50))))
        for at in range(len(clauses)):
            found = window(clauses, at)
            assert found == _plain(clauses, at)
            longer += len(found) > 3
    assert longer > 1000


def test_clauses_window_reads_no_marker_inside_one_sentence() -> None:
    clauses = split("一是收入增加，二是支出减少，基金有结余。")
    assert window(clauses, 0) == range(0, 3)
    assert clauses.openings == {}  # every clause is of the cue's sentence


def test_clauses_window_reads_markers_where_a_sentence_ends() -> None:
    clauses = split("主要有：一是收入增加。二是支出减少。基金有结余。")
    assert window(clauses, 0) == range(0, 3)
    assert set(clauses.openings) == {2, 3}  # after a headline: the clauses opening sentences
