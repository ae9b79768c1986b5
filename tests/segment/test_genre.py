"""Report genres from title or lead (resources/genres.yaml)."""

from __future__ import annotations

import pytest
from shebao.resources import load
from shebao.segment.genre import SCHEMA, genre_basis, genre_of
from tests.yaml_cases import entry_cases, matches

ENTRIES = load("genres.yaml", SCHEMA)["genres"]


@pytest.mark.parametrize(("pattern", "text", "expected"), entry_cases(ENTRIES))
def test_genre_examples_match_and_counter_examples_do_not(pattern: str, text: str,
                                                          expected: bool) -> None:
    assert matches(pattern, text) == expected


@pytest.mark.parametrize(("title", "lead", "genre"), [
    ("关于青禾县2024年社会保险基金预算（草案）的说明", "", "budget"),
    ("白川市2021年上半年社会保险基金预算执行情况", "", "execution"),
    ("云岭省2016年度人力资源和社会保障事业发展统计公报", "", "bulletin"),
    ("某区2018年社会保险基金信息披露", "", "disclosure"),
    ("某县2020年社会保险基金决算说明", "", "final_accounts"),
    ("某县社保中心2021年度部门决算", "", "agency"),
    (None, "新华社北京3月2日电（记者某某）人社部今天介绍", "news"),
    ("某市社会保险基金支出绩效评价报告", "", "performance"),
])
def test_genre_of_title_or_lead(title: str | None, lead: str, genre: str) -> None:
    found = genre_of(title, lead)
    assert found is not None and found.name == genre


def test_genre_basis_is_budget_only_for_budget_drafts() -> None:
    assert genre_basis("budget") == "budget"
    assert {genre_basis(g["name"]) for g in ENTRIES if g["name"] != "budget"} == {"actual"}
    assert genre_basis(None) == "actual"
