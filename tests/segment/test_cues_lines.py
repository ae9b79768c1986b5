"""CueLines names every line where a cue may match (those holding a char of its first
needed set), and split_reports, which asks title_size only there, splits as asking it at
every line did (segment.cues, segment.reports)."""

from __future__ import annotations

import random

from shebao.segment.cues import CueLines, _needed, cue_search
from shebao.segment.lines import Line
from shebao.segment.reports import ReportLines, reports_at, split_reports, title_size

PIECES = ["某县社会保险基金", "绩效评价报告", "决算说明", "2021年度", "（2020年度）",
          "项目名称：养老保险", "自评表", "说明：", "单位：万元", "情况表", "一、总体情况",
          "基金运行平稳。", "报", "决", "表", " ", "执行情况报告", "，"]


def _lines(rng: random.Random) -> list[Line]:
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 4))).strip() or "甲"
             for _ in range(rng.randrange(0, 14))]
    return [Line(k * 100, k * 100 + len(t), t) for k, t in enumerate(texts)]


def old_split_reports(lines: list[Line]) -> list[ReportLines]:
    """split_reports as written before: title_size asked at every line."""
    starts, i = [], 0
    while i < len(lines):
        size = title_size(lines, i)
        if size:
            starts.append((i, size))
            i += size
        else:
            i += 1
    return reports_at(lines, starts)  # the reports built from the starts as before


def test_cue_lines_hold_every_match_and_the_first_needed_chars() -> None:
    rng = random.Random(14)
    for _ in range(300):
        texts = [line.text for line in _lines(rng)]
        where = CueLines(texts)
        for name, needed in _needed().items():
            found = where.may_match(name)
            if not needed:
                assert found is None
                continue
            assert found == {k for k, t in enumerate(texts) if any(c in t for c in needed[0])}
            assert {k for k, t in enumerate(texts) if cue_search(name, t)} <= found


def test_split_reports_as_when_every_line_is_asked() -> None:
    rng = random.Random(41)
    for _ in range(1500):
        lines = _lines(rng)
        assert split_reports(lines) == old_split_reports(lines)


REGION_PIECES = ["某市社会保险基金支出绩效自评表", "说明：数据为快报数", "一级指标\t二级指标", "参保人数≥100人 120人",
                 "项目名称：养老保险", "基金运行平稳。", "自评", "说明", "表\t1", "\t", "评价报告"]


def old_regions(lines: list[Line]) -> list[list[Line]]:
    """selfeval._regions as written before: the title and note cues searched on every line."""
    from shebao.segment.selfeval_cues import cue

    regions: list[list[Line]] = []
    current, headed = None, False
    for line in lines:
        is_title = bool(cue_search("self_eval", line.text))
        if is_title and (current is None or headed):
            current = [line]
            regions.append(current)
            headed = bool(cue("header").search(line.text))
        elif current is not None and cue_search("note", line.text):
            current = None
        elif current is not None:
            current.append(line)
            headed = headed or bool(cue("header").search(line.text))
    return regions


def test_regions_and_exclusions_as_when_every_line_is_searched() -> None:
    from shebao.segment.regions import excluded, self_eval_lines
    from shebao.segment.selfeval import _regions

    rng = random.Random(7)
    for _ in range(1500):
        texts = [rng.choice(REGION_PIECES) for _ in range(rng.randrange(0, 12))]
        lines = [Line(k * 100, k * 100 + len(t), t, tabbed="\t" in t) for k, t in enumerate(texts)]
        start = next((k for k, t in enumerate(texts) if cue_search("self_eval", t)), None)
        region = set() if start is None else set(range(start, len(lines)))
        assert self_eval_lines(lines) == region
        assert excluded(lines) == {k for k, line in enumerate(lines)
                                   if (k in region or line.tabbed) and not cue_search("note", line.text)}
        where = CueLines(texts)
        assert self_eval_lines(lines, where) == region
        assert _regions(lines, where) == _regions(lines) == old_regions(lines)
