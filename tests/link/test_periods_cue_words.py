"""The period index skips a text (or a prefix) holding none of the cue
words (``periods.cue_end``): the answers stay those of every rule scanned
over every prefix, and those of the former one-character gate (月季半年)."""

from __future__ import annotations

import pytest
from shebao.link.periods import PeriodIndex, cue_end

from tests.link.periods_oracle import every_prefix, random_texts, scanned


@pytest.mark.parametrize(("text", "end"), [
    ("2023年收入12万元", 12),  # no cue word: past the end
    ("全年收入", 2),
    ("2023年度全年", 6),  # 年度 ends first
    ("上半年1-6月", 2),
    ("全年度", 2),  # 全年 ends before 年度
    ("", 1),
])
def test_periods_cue_end_is_where_the_first_cue_word_ends(text: str, end: int) -> None:
    assert cue_end(text) == end


PIECES = ["年", "月", "季", "半", "全", "度", "1", "6", "-", "至", "前", "三", "上", "第",
          "二", "个", "截至", "累计", "份", "底", "收入", "，", "12万元", "较"]


def test_periods_cue_words_keep_the_answer_of_every_prefix_of_random_texts() -> None:
    for text in random_texts(PIECES, seed=15, shortest=0, longest=14):
        got, want = every_prefix(text)
        assert got == want, text


def test_periods_a_text_without_cue_words_names_no_period_even_with_years() -> None:
    text = "2023年基金收入比2022年增长3%，年末结余5万元"
    assert cue_end(text) > len(text)
    assert scanned(text) is None
    assert PeriodIndex(text).active == []
