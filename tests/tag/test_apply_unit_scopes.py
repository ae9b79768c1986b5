"""``unit_scopes`` tests a paragraph's length before searching it for a unit line (most
paragraphs are longer prose): the scopes equal those of the former form, which searched
every paragraph, on made-up reports and random paragraphs."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from shebao.tag.apply import UNIT_LINE_CHARS, unit_scopes
from shebao.tag.figures import find_unit_header


def _old_unit_scopes(report) -> list[str | None]:
    """``unit_scopes`` as it was written before the length came first."""
    unit: str | None = None
    out: list[str | None] = []
    for paragraph in report.paragraphs:
        header = find_unit_header(paragraph.text)
        if header is not None and len(paragraph.text.strip()) <= UNIT_LINE_CHARS:
            unit = header
        out.extend(unit for _ in paragraph.sentences)
    return out


def _report(texts: list[tuple[str, int]]):
    """A stand-in report: paragraphs with their text and that many sentences."""
    return SimpleNamespace(paragraphs=tuple(SimpleNamespace(text=t, sentences=(None,) * n)
                                            for t, n in texts))  # tuples, as in a Report


PIECES = ["单位：万元", "单位:元", "（单位：亿元）", "单位：万元、人", "单位：人", " ", "\u3000",
          "基金收入增长", "，", "。", "用人单位缴费", "合计", "12.5"]


def _random_report(rng: random.Random):
    texts = []
    for _ in range(rng.randint(0, 12)):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 5)))
        texts.append((text, rng.randint(0, 3)))
    return _report(texts)


@pytest.mark.parametrize("seed", range(4))
def test_apply_unit_scopes_equal_the_old_form(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        report = _random_report(rng)
        assert unit_scopes(report) == _old_unit_scopes(report)


def test_apply_unit_scopes_a_short_unit_line_only() -> None:
    report = _report([("收入情况", 1), ("单位：万元", 1), ("基金收入增长，其中单位：元的部分另计。", 2),
                      (" 单位：亿元 ", 0), ("支出", 1)])
    assert unit_scopes(report) == [None, "万元", "万元", "万元", "亿元"]
