"""A figure's fields are read once per distinct match (``figures._read`` is cached):
the figures found with the cache filled equal those found with it empty, and a
number that cannot be read gives no figure each time (errors are not cached)."""

from __future__ import annotations

import pytest

from shebao.tag.figure_patterns import patterns
from shebao.tag.figures import _read, find_figures


def _texts() -> list[str]:
    spec = patterns().spec
    texts = [e["text"] for p in spec["patterns"] for e in p["examples"]]
    return texts + ["收入5万元，支出5万元；收入5万元", "增长3%至5%，增长3%"]


@pytest.mark.parametrize("default_unit", [None, "万元", "%"])
def test_figures_read_cache_gives_the_figures_of_an_empty_cache(default_unit: str | None) -> None:
    _read.cache_clear()
    fresh = [find_figures(t, default_unit) for t in _texts()]
    assert _read.cache_info().hits > 0  # the texts repeat figures
    again = [find_figures(t, default_unit) for t in _texts()]
    assert again == fresh
    for text, figures in zip(_texts(), fresh):
        _read.cache_clear()
        assert find_figures(text, default_unit) == figures


def test_figures_read_cache_keys_on_the_default_unit() -> None:
    _read.cache_clear()
    assert find_figures("合计 3749564")[0].kind == "number"
    assert find_figures("合计 3749564", "万元")[0].kind == "money"
    assert find_figures("合计 3749564")[0].kind == "number"


def test_figures_read_cache_does_not_keep_errors() -> None:
    _read.cache_clear()
    text = "支出" + "9" * 400 + "元"  # more digits than a number may have: no figure
    assert find_figures(text) == [] and find_figures(text) == []
    assert _read.cache_info().currsize == 0
