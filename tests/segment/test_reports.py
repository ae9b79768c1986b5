from __future__ import annotations

import pytest

from shebao.segment.lines import split_lines
from shebao.segment.reports import split_reports, title_size

TWO = """某县养老保险基金支出 绩效评价报告
（2020年度）
项目名称：城乡居民养老保险基金
一、总体情况
基金运行平稳。
某县城镇职工医疗保险基金支出
绩效评价报告
(2020 年度)
项目名称：职工医疗保险基金
一、总体情况
收支基本平衡。"""


def test_reports_split_at_titles() -> None:
    parts = split_reports(split_lines(TWO))
    assert [[l.text for l in p.title] for p in parts] == [
        ["某县养老保险基金支出 绩效评价报告"],
        ["某县城镇职工医疗保险基金支出", "绩效评价报告"],
    ]


def test_reports_lines_partition_the_file() -> None:
    lines = split_lines(TWO)
    parts = split_reports(lines)
    assert [l for p in parts for l in p.lines] == lines


def test_reports_untitled_file_is_one_report() -> None:
    lines = split_lines("一、总体情况\n基金运行平稳。\n二、问题\n征缴难度大。")
    parts = split_reports(lines)
    assert len(parts) == 1 and parts[0].title == ()


def test_reports_leading_lines_join_first_report() -> None:
    lines = split_lines("1\n" + TWO)
    assert split_reports(lines)[0].lines[0].text == "1"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("某市社会保险支出绩效评价报告\n（2020年度）", 1),
        ("某市社会保险支出\n绩效评价报告\n（2020年度）", 2),
        ("某市社会保险支出绩效评价报告\n项目名称：养老保险", 1),
        ("某市社会保险支出绩效评价报告\n基金运行平稳。", 1),  # a file's opening line
        ("某市社会保险支出绩效自评表\n（2020年度）", 0),
        ("现将评价报告如下：\n（2020年度）", 0),
    ],
)
def test_reports_title_size(text: str, size: int) -> None:
    assert title_size(split_lines(text), 0) == size


@pytest.mark.parametrize(
    ("title", "size"),
    [
        ("某市社会保险支出绩效评价报告", 0),  # mid-file, unconfirmed: body text
        ("某市2021年度社会保险基金决算说明", 1),  # names its year
    ],
)
def test_reports_title_size_mid_file(title: str, size: int) -> None:
    lines = split_lines("一、情况\n基金运行平稳。\n二、问题\n" + title + "\n征缴难度较大。")
    assert title_size(lines, 3) == size


def test_reports_empty_text_has_no_report() -> None:
    assert split_reports([]) == []
