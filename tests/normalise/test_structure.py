import pytest

from shebao.normalise import normalise
from shebao.normalise.offsets import MappedText
from shebao.normalise.structure import reflow

# a hard-wrapped page: every physical line followed by a blank line
WRAPPED = (
    "某县职工医保基金运行情况说明\n\n"
    "一、基本情况\n\n"
    "2021 年某县职工医疗保险参保人数为 12.34\n\n"
    "万人，全年基金收入合计 150204 万\n\n"
    "元，比上年同期增加 5678 万元，负\n\n"
    "债总计 88 万元。本年基金结余 709003\n\n"
    "万元。\n\n"
    "（一）收入情况\n\n"
    "1.2021 年基金收入较上年有所增加，主要\n\n"
    "2.08%的增幅来自利息收入的增长。\n"
)


def test_structure_joins_wrapped_figures():
    text = normalise(WRAPPED).text
    for figure in ["12.34万人", "150204万元", "负债总计88万元", "709003万元"]:
        assert figure in text


def test_structure_keeps_headings_and_titles_on_their_own_line():
    lines = normalise(WRAPPED).text.split("\n")
    assert lines[:2] == ["某县职工医保基金运行情况说明", "一、基本情况"]
    assert "（一）收入情况" in lines
    assert not any(line.startswith("万元") for line in lines)


def test_structure_numbered_paragraph_vs_wrapped_percent():
    lines = normalise(WRAPPED).text.split("\n")
    assert lines[-1].startswith("1.2021年")
    assert "主要2.08%的增幅" in lines[-1]


def test_structure_break_maps_to_a_source_newline():
    mt = normalise(WRAPPED)
    i = mt.text.index("\n")
    start, end = mt.to_source(i, i + 1)
    assert mt.source[start:end] == "\n"


def test_structure_joined_figure_maps_to_source_with_line_breaks():
    mt = normalise(WRAPPED)
    i = mt.text.index("150204万元")
    start, end = mt.to_source(i, i + len("150204万元"))
    assert mt.source[start:end] == "150204 万\n\n元"


@pytest.mark.parametrize(
    "source, lines",
    [
        ("项目\t2020\t2021\n收入\t12\t13\n", ["项目\t2020\t2021", "收入\t12\t13"]),
        ("2020 2021\n\n355 347 -8 -2.08%\n\n12 13 1 8.33%\n", ["2020 2021", "355 347 -8 -2.08%", "12 13 1 8.33%"]),
        ("一、总收入\n\n其中：征缴收入\n\n利息收入\n", ["一、总收入", "其中：征缴收入", "利息收入"]),
        ("  某县报告\n\n\n\n（2021 年度）  \n", ["某县报告", "（2021年度）"]),
    ],
)
def test_structure_keeps_tables_and_short_lines(source, lines):
    assert normalise(source).text.split("\n") == lines


PARA = "本段文字用于测试分页处理的效果，内容并无实际含义，仅作占位之用。"


def _pages(marks: list[str]) -> str:
    body = "\n\n".join(PARA for _ in range(7))
    return "".join(f"{mark}\n\n{body}\n\n" for mark in marks)


@pytest.mark.parametrize(
    "marks",
    [["1", "2", "3"], ["- 1 -", "- 2 -"], ["第1页", "第2页"], ["1/3", "2/3", "3/3"]],
)
def test_structure_removes_page_numbers(marks):
    lines = normalise(_pages(marks)).text.split("\n")
    assert lines == [PARA] * 7 * len(marks)


def test_structure_keeps_lone_numbers_of_a_flattened_table():
    source = "序号\n\n1\n\n2\n\n3\n\n合计\n"
    assert normalise(source).text.split("\n") == ["序号", "1", "2", "3", "合计"]


def test_structure_keeps_single_unsequenced_number():
    source = f"{PARA}\n\n7\n\n{PARA}\n"
    assert "7" in normalise(source).text.split("\n")


def test_structure_removes_running_headers():
    body = "\n\n".join(PARA for _ in range(12))
    source = "".join(f"某县人社局年度报告\n\n{body}\n\n" for _ in range(3))
    assert "某县人社局年度报告" not in normalise(source).text


def test_structure_keeps_repeated_report_titles():
    body = "\n".join(PARA for _ in range(45))
    source = "".join(f"某县社保基金绩效评价报告\n（2021年度）\n{body}\n" for _ in range(3))
    lines = normalise(source).text.split("\n")
    assert lines.count("某县社保基金绩效评价报告") == 3
    assert lines.count("（2021年度）") == 3


def test_structure_reflow_on_blank_text_is_empty():
    assert reflow(MappedText.identity(" \n\n \n")).text == ""


# a short page: lines far narrower than the page width, figures cut from their units
SHORT_SPLITS = (
    "1.城镇职工养老保险\n\n"
    "本年度基金运行总体平稳，各项待遇按时足额发放，收支结构与上年基本一致。\n\n"
    "经办机构加强基金管理，定期对账核算，未发现挤占挪用基金的情况发生。\n\n"
    "本县年末参保职工3.21\n\n"
    "万人，其中退休人员812人。\n\n"
    "抚恤支出 245.60 万\n\n"
    "元，转移支出 12.00 万元。\n\n"
    "（2）待遇享受人数 4518\n\n"
    "人，略低于年初预计。\n\n"
    "工作经费增长 8.5\n\n"
    "%。\n"
)


@pytest.mark.parametrize("figure", ["3.21万人", "245.60万元", "4518人", "8.5%"])
def test_structure_joins_figure_and_unit_on_short_lines(figure):
    assert figure in normalise(SHORT_SPLITS).text


@pytest.mark.parametrize(
    "source, lines",
    [
        ("截至2021\n\n人社部门已完成", ["截至2021", "人社部门已完成"]),
        ("本年共招录 3\n\n人员到位情况", ["本年共招录3", "人员到位情况"]),
        ("收入 12 万元\n\n元旦前发放", ["收入12万元", "元旦前发放"]),
    ],
)
def test_structure_unit_words_do_not_join_short_lines(source, lines):
    assert normalise(source).text.split("\n") == lines


def test_structure_unit_join_maps_to_source():
    mt = normalise(SHORT_SPLITS)
    i = mt.text.index("245.60万元")
    start, end = mt.to_source(i, i + len("245.60万元"))
    assert mt.source[start:end] == "245.60 万\n\n元"


@pytest.mark.parametrize(
    "source, lines",
    [
        ("某县2021年医疗保险基金收支对比表\n\n单位：万元、%\n项  目\n",
         ["某县2021年医疗保险基金收支对比表", "单位：万元、%", "项目"]),
        ("某县2021年医疗保险基金收支对比表\n（单位：万元）\n",
         ["某县2021年医疗保险基金收支对比表", "（单位：万元）"]),
    ],
)
def test_structure_caption_and_unit_line_stay_apart(source, lines):
    assert normalise(source).text.split("\n") == lines
