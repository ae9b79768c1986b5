from __future__ import annotations

import pytest

from shebao.segment.lines import split_lines
from shebao.segment.meta import project_of, region_of, title_of, year_of

HEAD = """某县社会保险基金支出
绩效评价报告
（ 2019 年度）
项目名称：工伤保险基金
填报时间：2020年6月"""


def test_meta_title_joins_lines_without_spaces() -> None:
    lines = split_lines("某县 社会保险支出\n绩效评价报告")
    assert title_of(lines) == "某县社会保险支出绩效评价报告"


def test_meta_no_title_is_none() -> None:
    assert title_of([]) is None


def test_meta_project_from_title_block() -> None:
    lines = split_lines(HEAD)
    assert project_of(lines, lines[:2]) == "工伤保险基金"


def test_meta_year_from_year_block() -> None:
    lines = split_lines(HEAD)
    assert year_of(lines, lines[:2], ["2020年基金收入增加。"]) == 2019


@pytest.mark.parametrize(
    ("body", "year"),
    [
        (["2020年收入增加，2019年收入减少。", "2020年支出平稳。"], 2020),
        (["填报时间：2021年", "2021年", "2019年基金结余。", "2019年完成预算。", "2019 年底"], 2019),
        (["基金运行平稳。"], None),
    ],
)
def test_meta_year_most_frequent_in_body(body: list[str], year: int | None) -> None:
    lines = split_lines("\n".join(body))
    assert year_of(lines, [], [t for t in body if not t.startswith("2021")]) == year


def test_meta_year_from_title_text() -> None:
    lines = split_lines("2018年度某县社会保险基金绩效评价报告")
    assert year_of(lines, lines, []) == 2018


@pytest.mark.parametrize(
    ("title", "body", "region"),
    [
        ("某某市社会保险支出绩效评价报告", [], "某某市"),
        ("某州社会保险基金绩效评价报告", [], "某州"),
        ("区本级社会保险基金绩效评价报告", [], "区本级"),
        (None, ["2020 年，自治区本级认真落实有关部署。"], "自治区本级"),
        (None, ["2020 年度，某某县医疗保障局围绕总目标开展工作。"], "某某县"),
        (None, ["我市城乡居民参保人数稳定增长。"], None),
        ("社会保险基金绩效评价报告", ["基金运行平稳。"], None),
    ],
)
def test_meta_region(title: str | None, body: list[str], region: str | None) -> None:
    assert region_of(title, body) == region
