"""Self-evaluation tables (绩效自评表) of one report.

A table runs from a line naming a …自评表 to the next such line after
rows were read, a "说明：" note, or the end of the report.  Its head holds
the 项目名称, the year "（2020年度）", the unit ("单位：万元、人" or
"预算执行情况（万元）") and the budget/execution block "预算数：X 执行数：Y";
its indicator rows follow the last header line (一级指标 … 实际完成指标值).
"""

from __future__ import annotations

from shebao.quickinit import quick_maker
from shebao.records import SelfEvalTable, TableCell
from shebao.segment.cues import CueLines, cue as segment_cue, cue_search
from shebao.segment.lines import Line
from shebao.segment.selfeval_cues import budget_columns, cue
from shebao.segment.selfeval_rows import flat_rows, grid_rows

# records by keyword without the class call's dict of keywords
_make_table, _make_cell = quick_maker(SelfEvalTable), quick_maker(TableCell)


def _regions(lines: list[Line], where: CueLines | None = None) -> list[list[Line]]:
    """The lines of each self-evaluation table, title line first (``where``: the lines'
    ``CueLines`` when known: the title and note cues are searched only where they may match)."""
    where = where or CueLines([line.text for line in lines])
    titles, notes = where.candidates("self_eval"), where.candidates("note")
    regions: list[list[Line]] = []
    current: list[Line] | None = None
    headed = False  # whether a line of ``current`` is a header line (rows were read)
    for k, line in enumerate(lines):
        is_title = k in titles and bool(cue_search("self_eval", line.text))
        if is_title and (current is None or headed):
            current = [line]
            regions.append(current)
            headed = bool(cue("header").search(line.text))
        elif current is not None and k in notes and cue_search("note", line.text):
            current = None
        elif current is not None:
            current.append(line)
            headed = headed or bool(cue("header").search(line.text))
    return regions


def _budget(head: list[Line]) -> tuple[tuple[TableCell, ...], str | None]:
    """The 预算数/执行数 cells of the head, and the unit written on their line."""
    for line in head:
        m = cue("budget").search(line.text)
        if m is None:
            continue
        cells = tuple(
            _make_cell(start=line.start + m.start(g), end=line.start + m.end(g), text=m.group(g),
                      column=budget_columns()[g])
            for g in ("budget", "actual")
        )
        unit = cue("budget_unit").search(line.text)
        return cells, unit.group("unit") if unit else None
    return (), None


def _first(head: list[Line], pattern, group: str) -> str | None:
    for line in head:
        m = pattern.search(line.text)
        if m:
            return m.group(group)
    return None


def read_self_eval(region: list[Line]) -> SelfEvalTable:
    """The table of one region (title line first)."""
    header = cue("header").search  # looked up once, not per line
    headers = [k for k, line in enumerate(region) if header(line.text)]
    body_at = headers[-1] + 1 if headers else len(region)
    head, body = region[:body_at], region[body_at:]
    budget, budget_unit = _budget(head)
    year = _first(head, segment_cue("year_block"), "year")
    tabbed = sum(line.tabbed for line in body) * 2 > len(body)
    return _make_table(
        start=region[0].start,
        end=region[-1].end,
        title=region[0].text.split("\t")[0].strip(),
        project=_first(head, cue("project"), "value"),
        year=int(year) if year else None,
        unit=budget_unit or _first(head, segment_cue("unit"), "unit"),
        budget=budget,
        rows=tuple(grid_rows(body) if tabbed else flat_rows(body)),
    )


def find_self_evals(lines: list[Line], where: CueLines | None = None) -> list[SelfEvalTable]:
    """Every self-evaluation table among the lines of one report (``where``: their
    ``CueLines`` when known)."""
    tables = (read_self_eval(region) for region in _regions(lines, where))
    return [t for t in tables if t.rows or t.budget]
