"""The thousands figures are looked for only in texts holding a spaced group of three
digits, and every such figure holds one (normalise.spaces)."""

from __future__ import annotations

import random

from shebao.normalise.spaces import SPACED_GROUP, drop_spaces, thousands_figure
from shebao.normalise.offsets import MappedText
from shebao.resources import load

PIECES = ["1", "23", "456", "7890", " ", "  ", ".", "5", "万元", "元", "%", "人次", "收入",
          "，", "\n", "-"]


def test_every_example_figure_holds_the_gate() -> None:
    items = load("normalise_spaces.yaml", {"thousands_figures": [dict]})["thousands_figures"]
    for item in items:
        for example in item["examples"]:
            for m in thousands_figure().finditer(example):
                assert SPACED_GROUP.search(m.group()), example


def test_every_figure_of_random_texts_holds_the_gate() -> None:
    rng = random.Random(14)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        for m in thousands_figure().finditer(text):
            found += 1
            assert SPACED_GROUP.search(m.group()), repr(text)
    assert found


def test_spaced_figures_still_lose_their_spaces() -> None:
    text = "基金支出7 215.90万元，表列 12 34 56"
    assert drop_spaces(MappedText.identity(text)).text == "基金支出7215.90万元，表列12 34 56"
