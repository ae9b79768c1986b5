"""The segment stage end to end, on written texts and on the seed reports."""

from __future__ import annotations

import pytest

from shebao.normalise import normalise
from shebao.segment import segment


FILE = """某县社会保险基金支出 绩效评价报告
（2020年度）
项目名称：失业保险基金
实施单位（公章）：某县社会保险中心
填报时间：2021年
一、基金收支总体情况
（一）基金总体情况
2020年失业保险基金收入120万元，支出90万元。
基金收支对比表
单位：万元
项目 2019年 2020年
基金收入 100 120
基金支出 80 90
（二）预算执行情况
基金支出完成预算的95.5%。
五、附表
某县社会保险支出绩效自评表
项目名称\t\t失业保险基金
说明：支出偏低是因为领取人数减少。
某县工伤保险基金支出
绩效评价报告
（2020年度）
项目名称：工伤保险基金
一、基金收支总体情况
工伤保险基金运行平稳。"""


def _reports():
    return segment(FILE)


def test_pipeline_reports_and_titles() -> None:
    assert [r.title for r in _reports()] == ["某县社会保险基金支出绩效评价报告", "某县工伤保险基金支出绩效评价报告"]


@pytest.mark.parametrize(("field", "values"), [
    ("project", ["失业保险基金", "工伤保险基金"]),
    ("year", [2020, 2020]),
    ("region", ["某县", "某县"]),
    ("index", [0, 1]),
])
def test_pipeline_report_fields(field: str, values: list) -> None:
    assert [getattr(r, field) for r in _reports()] == values


def test_pipeline_table_not_in_paragraphs() -> None:
    first = _reports()[0]
    texts = [p.text for p in first.paragraphs]
    assert "基金收入 100 120" not in texts and len(first.tables) == 1


def test_pipeline_table_section() -> None:
    assert _reports()[0].tables[0].section == ("一、基金收支总体情况", "（一）基金总体情况")


def test_pipeline_self_eval_excluded_but_note_kept() -> None:
    texts = [p.text for p in _reports()[0].paragraphs]
    assert texts[-2:] == ["五、附表", "说明：支出偏低是因为领取人数减少。"]


def test_pipeline_offsets_index_the_text() -> None:
    for report in _reports():
        assert FILE[report.start:report.end].startswith("某县")
        for p in report.paragraphs:
            assert FILE[p.start:p.end] == p.text
            assert all(FILE[s.start:s.end] == s.text for s in p.sentences)


def test_pipeline_reports_do_not_overlap() -> None:
    first, second = _reports()
    assert first.end <= second.start


def test_pipeline_empty_text() -> None:
    assert segment("") == []


# ------------------------------------------------------------------ seeds
@pytest.fixture
def seed_segments(seed_text):
    """``seed_segments("001")`` → the seed's normalised text and its reports."""
    def run(prefix: str):
        text = normalise(seed_text(prefix)).text
        return text, segment(text)
    return run


def test_pipeline_seed_001_four_reports(seed_segments) -> None:
    _, reports = seed_segments("001")
    assert [(r.year, r.region, bool(r.title)) for r in reports] == [(2020, "喀什市", True)] * 4


def test_pipeline_seed_001_projects(seed_segments) -> None:
    _, reports = seed_segments("001")
    assert reports[0].project == "城乡居民基本养老保险基金"
    assert all(r.project for r in reports)


@pytest.mark.parametrize(("field", "value"), [("year", 2019), ("region", "巴州")])
def test_pipeline_seed_003_meta(field: str, value, seed_segments) -> None:
    _, reports = seed_segments("003")
    assert getattr(reports[0], field) == value


def test_pipeline_seed_000_table(seed_segments) -> None:
    _, reports = seed_segments("000")
    (table,) = [t for r in reports for t in r.tables]
    assert (len(table.rows), {len(r.cells) for r in table.rows}, table.unit) == (11, {4}, "万元")
    first = table.rows[0]
    assert "总收入" in first.label
    assert [c.text for c in first.cells] == ["355212", "347833", "-7379", "-2.08%"]


def test_pipeline_seed_002_section_of_resident_medical(seed_segments) -> None:
    _, (report,) = seed_segments("002")
    (heading,) = [p.text for p in report.paragraphs
                  if p.is_heading and p.text.startswith("（二）") and "城乡居民基本医疗" in p.text]
    under = [s for p in report.paragraphs if not p.is_heading and heading in p.section
             for s in p.sentences]
    assert under
    start = next(p.start for p in report.paragraphs if p.text == heading)
    nxt = next(p.start for p in report.paragraphs if p.is_heading and p.start > start)
    between = [s for p in report.paragraphs if start < p.start < nxt for s in p.sentences]
    assert between == under


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_pipeline_seed_offsets_index_the_text(prefix: str, seed_segments) -> None:
    text, reports = seed_segments(prefix)
    for report in reports:
        for p in report.paragraphs:
            assert text[p.start:p.end] == p.text
        for t in report.tables:
            assert all(text[c.start:c.end] == c.text for r in t.rows for c in r.cells)


# ------------------------------------------------- extraction text → table
# a flattened table as PDF extraction leaves it: caption and unit line on
# their own lines, labels, then years sharing a line with a header fragment
EXTRACTED_TABLE = """一、基金收支总体情况

某县2022年社会保险基金收支情况表

单位：万元、%
项    目
一、基金收入合计
工伤保险
二、基金支出合计
2021 年 2022 年 同比
增长额
同比
增长率
5100 5400 300 5.88%
     812 790 -22 -2.71%
4700 4950 250 5.32%

二、分险种情况
"""


def test_pipeline_extracted_flat_table_is_rebuilt() -> None:
    (report,) = segment(normalise(EXTRACTED_TABLE).text)
    (table,) = report.tables
    assert (table.caption, table.unit, table.columns) == (
        "某县2022年社会保险基金收支情况表", "万元", ("2021", "2022", "同比增长额", "同比增长率"))
    assert [r.label for r in table.rows] == ["一、基金收入合计", "工伤保险", "二、基金支出合计"]


def test_pipeline_example_all_funds_table(example) -> None:
    from shebao.ingest.read import read_document

    path = example("zhejiang-*-all-funds-table-*.txt")
    (table,) = [t for r in segment(normalise(read_document(path).text).text) for t in r.tables]
    assert (table.unit, table.columns, len(table.rows)) == (
        "万元", ("2021", "2022", "同比增长额", "同比增长率"), 12)
    assert [table.rows[0].label, table.rows[-1].label] == ["一、基金收入合计", "四、年末滚存结余"]
    assert table.caption.endswith("收支情况表")
