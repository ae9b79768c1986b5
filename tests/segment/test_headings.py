from __future__ import annotations

import pytest

from shebao.segment.headings import is_heading, label_of, marker_of, number_of, outline
from shebao.segment.lines import split_lines


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("一、基金收支总体情况", "cn_num"),
        ("五：附表", "cn_num"),
        ("（二）预算执行情况", "cn_paren"),
        ("(三) 预算执行情况", "cn_paren"),
        ("1.基金收入", "arabic"),
        ("2、基金支出", "arabic"),
        ("3．结余", "arabic"),
        ("（1）征缴收入：", "arabic_paren"),
        ("②人均待遇提高", "circled"),
        ("一是加强管理。", None),
        ("2020年基金收入", None),
    ],
)
def test_headings_marker_family(text: str, family: str | None) -> None:
    mark = marker_of(text)
    assert (mark.family if mark else None) == family


@pytest.mark.parametrize(
    ("marker", "number"),
    [("一、", 1), ("十、", 10), ("十二、", 12), ("二十、", 20), ("（3）", 3), ("12.", 12), ("④", 4)],
)
def test_headings_number_of_marker(marker: str, number: int) -> None:
    assert number_of(marker) == number


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("一、基金收支总体情况", True),
        ("2、职工基本医疗保险基金", True),
        ("1.产出指标完成情况分析。", True),
        ("3、做好宣传，营造氛围", True),
        ("五：附表", True),
        ("1.2020年基金总收入100万元，增长5%。", False),
        ("2、资金到位后，按规定及时拨付。", False),
        ("（1）征缴收入：800万元，比上年减少3%。", False),
        ("（1）时效指标。①按时发放；②按时报送。", False),
        ("基金运行平稳", False),
        ("1、" + "很长的标题" * 9, False),
    ],
)
def test_headings_is_heading(text: str, heading: bool) -> None:
    assert is_heading(text) is heading


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("（1）征缴收入：800万元，比上年减少3%。", "（1）征缴收入"),
        ("（2）时效指标。①按时发放。", "（2）时效指标"),
        ("1.扩面难度较大。受经济影响，欠费较多。", "1.扩面难度较大"),
        ("1.2020年基金总收入100万元。", None),
        ("1、积极推进绩效管理，提高资金效益。", None),
        ("没有编号的段落：内容。", None),
    ],
)
def test_headings_label_of_numbered_paragraph(text: str, label: str | None) -> None:
    assert label_of(text) == label


TREE = """某某县社会保险基金绩效评价报告
一、基金总体情况
（一）收入情况
年度基金收入较上年有所增加。
（二）支出情况
1、养老保险基金
1.2020年养老保险基金支出100万元，增长5%。
（1）待遇支出：90万元，比上年增加4万元。
主要是退休人数增加。
2.2020年养老保险基金结余20万元，较上年减少1万元。
2、医疗保险基金
医疗保险基金支出平稳。
二、其他问题
（一）工作计划
继续加强管理。"""


def _section_of(start: str) -> tuple[str, ...]:
    paragraphs, _ = outline(split_lines(TREE), TREE)
    (found,) = [p.section for p in paragraphs if p.text.startswith(start)]
    return found


@pytest.mark.parametrize(
    ("start", "section"),
    [
        ("某某县社会保险", ()),
        ("一、基金总体情况", ()),
        ("（一）收入情况", ("一、基金总体情况",)),
        ("年度基金收入较", ("一、基金总体情况", "（一）收入情况")),
        ("（二）支出情况", ("一、基金总体情况",)),
        ("1.2020年养", ("一、基金总体情况", "（二）支出情况", "1、养老保险基金")),
        ("（1）待遇支出", ("一、基金总体情况", "（二）支出情况", "1、养老保险基金", "（1）待遇支出")),
        ("主要是退休人数", ("一、基金总体情况", "（二）支出情况", "1、养老保险基金", "（1）待遇支出")),
        ("2.2020年养", ("一、基金总体情况", "（二）支出情况", "1、养老保险基金")),
        ("医疗保险基金支", ("一、基金总体情况", "（二）支出情况", "2、医疗保险基金")),
        ("继续加强管理。", ("二、其他问题", "（一）工作计划")),
    ],
)
def test_headings_outline_section_paths(start: str, section: tuple[str, ...]) -> None:
    assert _section_of(start) == section


def test_headings_outline_joins_wrapped_heading_tail() -> None:
    text = "一、总体情况\n（一）城乡居民养老保险基金运行情况\n分析\n基金运行平稳。"
    paragraphs, _ = outline(split_lines(text), text)
    assert [p.section for p in paragraphs][-1] == ("一、总体情况", "（一）城乡居民养老保险基金运行情况分析")


@pytest.mark.parametrize(
    ("anchor", "section"),
    [(0, ()), (8, ("一、总体情况",)), (100, ("一、总体情况", "（一）收入"))],
)
def test_headings_outline_section_at_anchor(anchor: int, section: tuple[str, ...]) -> None:
    text = "一、总体情况\n收入平稳。\n（一）收入\n增长较快。"
    _, at = outline(split_lines(text), text, [anchor])
    assert at == [section]


def test_headings_paragraph_sentences_carry_offsets() -> None:
    text = "一、总体\n收入1万元。支出2万元。"
    paragraphs, _ = outline(split_lines(text), text)
    assert [text[s.start:s.end] for s in paragraphs[1].sentences] == ["收入1万元。", "支出2万元。"]


def test_headings_number_of_chinese_numeral_markers() -> None:
    from shebao.segment.headings import number_of

    assert [number_of(m) for m in ("三、", "（十二）", "二十、", "十、", "第九")] == [3, 12, 20, 10, 9]
