"""``last_period`` is asked of headings, titles and column headings, kept per
text: its answers stay those of a fresh reading, cleared caches or not."""

from __future__ import annotations

from shebao import textcache
from shebao.link.periods import last_period

from tests.link.periods_oracle import scanned

TEXTS = ["一、2024年1-6月基金收支情况", "（二）第三季度", "前三季度累计", "本月数", "上年同期数",
         "某市2023年社会保险基金预算执行报告", "全年预计", "说明", "1至9月份", "截至9月底结余"]


def test_periods_text_cache_answers_as_a_fresh_reading() -> None:
    for text in TEXTS:
        afresh = last_period.__wrapped__(text)  # type: ignore[attr-defined]
        assert afresh == scanned(text)
        assert last_period(text) == afresh
        assert last_period(text) == afresh  # kept


def test_periods_text_cache_is_registered() -> None:
    assert last_period in textcache.registered()
    last_period(TEXTS[0])
    textcache.clear()
    assert last_period.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert last_period(TEXTS[0]) == "H1"
