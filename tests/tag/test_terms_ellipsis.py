"""Elliptic fund lists: "工伤、失业、生育三项保险基金" names three funds."""

from __future__ import annotations

import pytest

from shebao.resources import load
from shebao.tag.terms import ELLIPSIS_SCHEMA, ellipsis_pattern, find_terms

DATA = load("fund_ellipsis.yaml", ELLIPSIS_SCHEMA)


@pytest.mark.parametrize("text", DATA["examples"])
def test_terms_ellipsis_examples_match(text: str) -> None:
    assert ellipsis_pattern()[0].search(text) is not None


@pytest.mark.parametrize("text", DATA["counter_examples"])
def test_terms_ellipsis_counter_examples_do_not(text: str) -> None:
    assert ellipsis_pattern()[0].search(text) is None


@pytest.mark.parametrize(("text", "funds"), [
    ("工伤、失业、生育三项保险基金收入分别为9万元、2万元、5万元", ["work_injury", "unemployment", "maternity"]),
    ("失业和工伤保险基金支出", ["unemployment", "work_injury"]),
    ("生育、工伤两项社会保险", ["maternity", "work_injury"]),
])
def test_terms_ellipsis_gives_each_listed_fund(text: str, funds: list[str]) -> None:
    assert [t.id for t in find_terms(text) if t.kind == "fund"] == funds


def test_terms_ellipsis_leaves_plain_words_alone() -> None:
    assert [t for t in find_terms("工伤认定人数和失业率") if t.kind == "fund"] == []
