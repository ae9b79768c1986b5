"""Web tables: TAB grids (``normalise/grid.py`` made pipes and aligned
columns into TABs) read as :class:`Table` records.

A table is a run of TAB rows; short label lines between them (a section
row "一、企业职工基本养老保险基金" that lost its empty cells) belong to it.
The caption, unit and period lines right above the run are its caption
("2023年某县社会保险基金预算执行情况表", "单位：元", "（2023年1-6月）"),
and so are rows at its top holding one cell only.  Header rows follow:
rows before the first row with a figure, that have text beyond the label
column.  Header rows are merged column by column: an empty cell under a
spanning header inherits the header on its left ("2023年" over "预算数" and
"执行数"), a header row shorter than the body is right-aligned unless it
opens with the label column's header.  The label column is the first one
unless it holds row numbers (序号).  The unit is the caption's, else a
header's ("项目（万元）").
"""

from __future__ import annotations

from dataclasses import dataclass

from shebao.normalise.grid import is_figure
from shebao.quickinit import quick_maker
from shebao.records import Table, TableCell, TableRow
from shebao.segment.columns import generic
from shebao.tag.terms import find_terms
from shebao.segment.cues import cue, cue_search
from shebao.segment.lines import Line, squash
from shebao.segment.tables import Found

CAPTION_LOOKBACK = 3  # caption, unit and period lines above a table
SECTION_WIDTH = 30  # longest label line taken as a section row inside a table

_make_cell = quick_maker(TableCell)  # a cell by keyword without the class call's dict


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


def split_cells(line: Line) -> list[Cell]:
    """The cells of a TAB row, trimmed, trailing empty cells dropped."""
    cells, pos = [], line.start
    for part in line.text.split("\t"):
        text = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(pos + lead, pos + lead + len(text), text))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def _is_year(text: str) -> bool:
    return bool(cue("year_cell").search(squash(text)))


def _has_figure(cells: list[Cell]) -> bool:
    return any(c.text and is_figure(c.text) and not _is_year(c.text) for c in cells[1:])


def _is_section(line: Line) -> bool:
    """A label line standing between TAB rows (a section row)."""
    text = line.text
    return len(text) <= SECTION_WIDTH and not cue_search("note", text) and not any(
        ch in text for ch in "。，；！？"
    )


def _run_end(lines: list[Line], i: int, skip: set[int]) -> int:
    """Index after the last line of the TAB run starting at ``i``."""
    j, end = i, i
    while j < len(lines) and j not in skip:
        if lines[j].tabbed:
            end = j + 1
        elif not _is_section(lines[j]):
            break
        j += 1
    return end


def _is_caption(text: str) -> bool:
    return any(cue(name).search(text) for name in ("web_caption", "web_unit", "unit", "period_line"))


def _caption_start(lines: list[Line], i: int, floor: int, skip: set[int]) -> int:
    """Index of the first caption/unit/period line right above line ``i``."""
    k = i
    while k - 1 >= max(floor, i - CAPTION_LOOKBACK) and k - 1 not in skip:
        prev = lines[k - 1]
        if prev.tabbed or not _is_caption(prev.text) or cue("heading_figure").search(prev.text):
            break
        k -= 1
    return k


def _head_rows(rows: list[list[Cell]]) -> tuple[list[str], list[list[Cell]], int]:
    """Caption texts of one-cell top rows, header rows, index of the first body row."""
    captions: list[str] = []
    header: list[list[Cell]] = []
    for n, cells in enumerate(rows):
        filled = [c for c in cells if c.text]
        if not header and len(filled) == 1 and not _has_figure(cells):
            captions.append(filled[0].text)
        elif _has_figure(cells) or not any(c.text for c in cells[1:]) or (
            header and cue("row_number").fullmatch(cells[0].text) and cells[0].text
        ):
            return captions, header, n  # figures, a label alone, or a numbered row
        else:
            header.append(cells)
    return captions, header, len(rows)


def _column_names(header: list[list[Cell]], width: int) -> list[str]:
    """One merged name per column (label column included)."""
    grid = []
    for r, cells in enumerate(header):
        texts = [squash(c.text) for c in cells]
        if len(texts) < width and not (texts and cue("label_column").search(texts[0])):
            texts = [""] * (width - len(texts)) + texts
        texts += [""] * (width - len(texts))
        if r < len(header) - 1:
            for k in range(2, width):
                texts[k] = texts[k] or texts[k - 1]
        grid.append(texts)
    names = []
    for k in range(width):
        parts: list[str] = []
        for texts in grid:
            if texts[k] and (not parts or parts[-1] != texts[k]):
                parts.append(texts[k])
        names.append("".join(parts))
    return names


def qualified(columns: list[str]) -> list[str]:
    """Columns that measure the column before them take its metric words
    ("基金收入 | 同比增长%" → "基金收入同比增长%"), so two growth columns of
    one table stay apart and each names what it measures."""
    out = list(columns)
    for k in range(1, len(out)):
        name, before = columns[k], columns[k - 1]
        if (cue("relative_column").search(name) and not _metric_words(name)
                and _metric_words(before) and not cue("relative_column").search(before)):
            out[k] = before + name
    return out


def _metric_words(text: str) -> bool:
    return any(t.kind == "metric" for t in find_terms(text))


def _label_column(names: list[str], body: list[list[Cell]]) -> int:
    """0, or 1 when the first column holds row numbers (序号)."""
    if names and cue_search("number_column", names[0]):
        return 1
    firsts = [cells[0].text for cells in body if len(cells) > 1]
    numbered = firsts and all(cue("row_number").fullmatch(t) for t in firsts)
    return 1 if numbered and any(firsts) else 0


def _unit(captions: list[str], names: list[str]) -> str | None:
    for text in captions:
        m = cue("web_unit").search(text) or cue_search("unit", text)
        if m:
            return m.group("unit")
    for text in captions + names[:1]:
        m = cue("bracket_unit").search(text)
        if m and m.group("unit") != "%":
            return m.group("unit")
    return None


def _body_row(line_cells: list[Cell], label_col: int, columns: list[str]) -> TableRow | None:
    if len(line_cells) <= label_col or not line_cells[label_col].text:
        return None
    label = line_cells[label_col]
    if cue_search("number_column", label.text):
        return None  # a 栏次 row of column numbers
    cells = tuple(
        _make_cell(start=c.start, end=c.end, text=c.text,
                   column=columns[k] if k < len(columns) else generic(k))
        for k, c in enumerate(line_cells[label_col + 1:])
        if c.text
    )
    return TableRow(label=label.text, label_start=label.start, label_end=label.end, cells=cells)


def read_web_table(captions: list[Line], block: list[Line]) -> Table | None:
    """The table of a TAB run ``block`` under its ``captions`` lines."""
    rows = [[Cell(line.start, line.end, line.text)] if not line.tabbed else split_cells(line)
            for line in block]
    top, header, first = _head_rows(rows)
    body = rows[first:]
    if not any(_has_figure(cells) for cells in body):
        return None
    width = max(len(cells) for cells in rows)
    names = _column_names(header, width)
    label_col = _label_column(names, body)
    columns = qualified(names[label_col + 1:])
    caption_texts = [line.text for line in captions] + top
    out = [r for cells in body if (r := _body_row(cells, label_col, columns))]
    return Table(
        start=(captions or block)[0].start,
        end=block[-1].end,
        unit=_unit(caption_texts, names),
        columns=tuple(columns),
        rows=tuple(out),
        caption=" ".join(caption_texts),
    )


def find_web_tables(lines: list[Line], skip: set[int]) -> list[Found]:
    """Every web table among ``lines``; lines in ``skip`` are never read."""
    out: list[Found] = []
    i, floor = 0, 0
    while i < len(lines):
        if not lines[i].tabbed or i in skip:
            i += 1
            continue
        end = _run_end(lines, i, skip)
        first = _caption_start(lines, i, floor, skip)
        table = read_web_table(lines[first:i], lines[i:end])
        if table is not None:
            out.append(Found(table, first, end - 1))
            floor = end
        i = end
    return out
