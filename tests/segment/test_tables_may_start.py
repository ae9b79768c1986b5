"""find_tables, which asks starts_table only where a caption or unit cue may match or
the next line may be a labelled row, finds the tables that asking every line finds
(segment.tables)."""

from __future__ import annotations

import random

from shebao.segment.cues import cue
from shebao.segment.lines import split_lines
from shebao.segment.tables import Found, _row_end, find_tables, read_table, starts_table

PIECES = ["基金收支对比表", "单位：万元、%", "项目 2019年 2020年 增减", "项  目", "基金收入 100.5 120 19.5",
          "基金支出 80 90 10", "1200 1500 300 25.00%", "2019 2020", "一、基金收入", "结余增加较多。",
          "年年", "其中：保险费收入", "同比", "增减率", "3.5%", "收入增长8"]


def old_find_tables(lines) -> list[Found]:
    """find_tables as written before: starts_table asked at every line."""
    out, i = [], 0
    while i < len(lines):
        found = read_table(lines, i) if starts_table(lines, i) else None
        if found:
            out.append(found)
            i = found.last + 1
        else:
            i += 1
    return out


def test_find_tables_as_when_every_line_is_asked() -> None:
    rng = random.Random(14)
    tables = 0
    for _ in range(1500):
        text = "\n".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 16)))
        lines = split_lines(text)
        found = find_tables(lines)
        assert found == old_find_tables(lines), text
        tables += len(found)
    assert tables > 300


def test_row_end_reads_the_cue() -> None:
    for last in ["8", "%", "％", "。", "元", "", " ", "\u0663"]:
        for _ in range(2):  # read, then recalled
            assert _row_end(last) is (cue("row_end").fullmatch(last) is not None)
