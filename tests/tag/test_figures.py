"""find_figures / find_unit_header on sentences of the genre and on real seeds."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex

from shebao.tag.figures import find_figures, find_unit_header

# Crude stand-in for the normaliser: join a figure and its unit across spaces.
NUMBER_UNIT_GAP = regex.compile(
    r"""
    (?<= [0-9] )               # after a digit
    \s+                        # the whitespace (line breaks included) to drop
    (?= [万亿元%％人年户名个项家] )  # before a unit
    """,
    regex.VERBOSE,
)

SENTENCES = [
    "2020年某县企业职工养老保险基金收入12345.67万元，较上年减少-1.5%，完成预算的98.2%。",
    "参保人数≥15000人，满意率95%以上，人均标准580元/人，差错率1%以内。",
    "按照某发〔2019〕12号文件，1.基金收入情况：每月10日前拨付两千万元。",
    "合计 3749564 473894 14.5% 2019年",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_figures_offsets_index_the_text(text: str) -> None:
    figures = find_figures(text)
    assert figures
    assert all(text[f.start:f.end] == f.text for f in figures)


@pytest.mark.parametrize("text", SENTENCES)
def test_figures_are_left_to_right_and_disjoint(text: str) -> None:
    figures = find_figures(text)
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:]))


@pytest.mark.parametrize(
    "text, expected",
    [
        (SENTENCES[0], [("year", "2020"), ("money", "12345.67"), ("percent", "-1.5"), ("percent", "98.2")]),
        (SENTENCES[1], [("count", "15000"), ("percent", "95"), ("money", "580"), ("percent", "1")]),
        (SENTENCES[2], [("money", "2000")]),
        (SENTENCES[3], [("number", "3749564"), ("number", "473894"), ("percent", "14.5"), ("year", "2019")]),
    ],
)
def test_figures_kinds_and_values_of_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.kind, str(f.value)) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "default_unit, kind, unit",
    [(None, "number", None), ("万元", "money", "万元"), ("亿元", "money", "亿元"), ("元", "money", "元")],
)
def test_figures_default_unit_applies_to_bare_numbers(default_unit: str | None, kind: str, unit: str | None) -> None:
    figures = find_figures("合计 3749564 14.5%", default_unit)
    assert [(f.kind, f.unit) for f in figures] == [(kind, unit), ("percent", "%")]


@pytest.mark.parametrize(
    "text",
    ["某政发〔2015〕105号", "新政发[2015]105号", "1.职工养老保险", "第15年", "十三五规划", "六统一", "每月25日", "7月1日"],
)
def test_figures_identifiers_and_dates_are_not_figures(text: str) -> None:
    assert find_figures(text, "万元") == []


@pytest.mark.parametrize("text", ["", "没有数字的一句话。", "单位人员"])
def test_figures_text_without_figures_gives_nothing(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize("text", ["无表头的一段话", "单位：人"])
def test_figures_unit_header_absent_gives_none(text: str) -> None:
    assert find_unit_header(text) is None


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_figures_seed_scans_without_crash(prefix: str, seed_text) -> None:
    figures = find_figures(NUMBER_UNIT_GAP.sub("", seed_text(prefix)))
    assert len(figures) > 20
    assert {"money", "percent", "year"} <= {f.kind for f in figures}


def test_figures_seed_004_total_income_is_money(seed_text) -> None:
    figures = find_figures(NUMBER_UNIT_GAP.sub("", seed_text("004")))
    hits = [f for f in figures if f.text == "3749564万元"]
    assert hits and hits[0].kind == "money"
    assert (hits[0].value, hits[0].unit) == (Decimal("3749564"), "万元")
