"""The figure scan looks for a start only where a figure's first two chars are
(``tag.pairs``): it finds the matches the declared start finds."""

from __future__ import annotations

import dataclasses
import random

import pytest

from shebao.tag import figures
from shebao.tag.figure_patterns import FLAGS, patterns
from shebao.stdre import compile_fast

PIECES = [*"0123456789一二两三五十百千万亿零〇元人户年月日号%％‰.,、，。（）()〔〕[]-－~至到第",
          *"≥≤<>=＞不大小超逾突负是步断责于低过破分之含的 ", "2020", "不低于", "大于等于",
          "万元", "亿元", "万人", "百分之", "（2019）", "（一）", "一是", "十四五"]


def _texts() -> list[str]:
    spec = patterns().spec
    texts = [e["text"] for p in spec["patterns"] for e in p["examples"]]
    texts += [t for p in spec["patterns"] for t in p["counter_examples"]]
    rng = random.Random(14)
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    return texts


def _declared() -> figures.Patterns:
    pats = patterns()
    return dataclasses.replace(pats, start=compile_fast(pats.spec["start"], FLAGS).pattern)


def test_the_start_is_refined_and_keeps_its_first_class() -> None:
    start = patterns().start.pattern
    assert start != _declared().start.pattern
    assert start.startswith("[") and "(?<=" in start  # a class, then which char it was


def test_the_start_finds_every_place_a_figure_pattern_matches() -> None:
    pats, declared = patterns(), _declared().start
    skipped = 0
    for text in _texts():
        for i in range(len(text)):
            if pats.combined.match(text, i) is not None:
                found = pats.start.search(text, i)
                assert found is not None and found.start() == i, (text, i)
            elif declared.match(text, i) and pats.start.match(text, i) is None:
                skipped += 1
    assert skipped > 1000  # places that start no figure are passed over


@pytest.mark.parametrize("default_unit", [None, "万元"])
def test_figures_are_those_found_from_the_declared_start(monkeypatch, default_unit) -> None:
    texts = _texts()
    refined = [figures.find_figures(t, default_unit) for t in texts]
    declared = _declared()
    monkeypatch.setattr(figures, "patterns", lambda: declared)
    # find_matches reads the patterns through the cached ``_scanner``: uncached here, so
    # that it reads the declared ones
    monkeypatch.setattr(figures, "_scanner", figures._scanner.__wrapped__)
    assert figures._scanner()[2] == declared.start.search
    assert [figures.find_figures(t, default_unit) for t in texts] == refined
