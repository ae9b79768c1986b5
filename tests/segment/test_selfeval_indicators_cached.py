"""A value cell read again (warm text cache) gives the value of a fresh read."""

from __future__ import annotations

from shebao import textcache
from shebao.segment.selfeval_indicators import read_value

CELLS = ["≥95%", "100%", "≥ 580元/人", "95%–105%", "每月25日前", "", "≥95%", "100%"]


def test_selfeval_indicators_cached_read_equals_fresh_read() -> None:
    textcache.clear()
    fresh = [read_value.__wrapped__(c) for c in CELLS]
    assert [read_value(c) for c in CELLS] == fresh
    assert [read_value(c) for c in CELLS] == fresh  # now from the cache
    assert read_value.cache_info().hits >= len(CELLS) + 2


def test_selfeval_indicators_cache_emptied_by_textcache_clear() -> None:
    read_value("≥95%")
    textcache.clear()
    assert read_value.cache_info().currsize == 0
