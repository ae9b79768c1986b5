"""Rebuild flattened tables.

Two forms are read.  The flattened form, as PDF extraction leaves it: a
caption ("…分析表") and/or a unit line ("单位：万元、%"), header fragments,
a column of N row labels, the year header ("2019 2020", "2021年2022年同比":
years, maybe with header fragments after them) somewhere, then N lines of
bare numbers, and stray "年 年" lines.  The labels are the last N text
lines before the year header when the header goes on after it (a fragment
shares the year line, or fewer than N text lines follow), else the last N
text lines.  The simple form: one "label n1 n2 …" line per row (after a
caption, unit or "项目 2019年 2020年 …" header line, or two such rows in a
row), with an optional header line naming the columns.
Label and first number may be glued ("基金收入合计1200.5 1300.8", the
normaliser drops the CJK–digit space), and so may the header
("项目2020年2021年"); a row never holds units or sentence punctuation.
A table needs at least one row of numbers; a caption without rows stays a
paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shebao.quickinit import quick_maker
from shebao.records import Table, TableCell, TableRow
from shebao.segment.columns import column_names, generic
from shebao.segment.cues import CueLines, cue, cue_search
from shebao.segment.lines import Line
from shebao.stdre import Match

MAX_SPAN = 80  # most lines one table may cover


@dataclass(frozen=True)
class Found:
    """A table and the indices of the lines it covers (``first``..``last``)."""

    table: Table
    first: int
    last: int


@dataclass
class _Parts:
    """What one table's lines held, as they are read."""

    caption: str = ""
    unit: str | None = None
    years: list[str] = field(default_factory=list)
    year_line: int | None = None  # index of the year header line
    year_rest: str = ""  # header fragments on the year header line
    header: list[str] | None = None
    texts: list[int] = field(default_factory=list)  # label or header-fragment lines
    rows: list[int] = field(default_factory=list)  # number lines and labelled number lines


def starts_table(lines: list[Line], i: int) -> bool:
    """Whether a table may start at line ``i``."""
    text = lines[i].text
    if cue_search("caption", text) or cue_search("unit", text):
        return True
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    opens = _labeled(text) or cue_search("column_header", text)
    return bool(opens and _labeled(nxt))


def _labeled(text: str) -> bool:
    """A labelled number row (``text`` trimmed; its last char is tested first,
    as most lines end otherwise)."""
    return bool(_row_end(text[-1:]) and cue("labeled_row").search(text))


# Whether a line's last char may end a row (``row_end``), for the chars seen so far (a
# few thousand in all reports): read here, not by a match per line.
_ROW_ENDS: dict[str, bool] = {}


def _row_end(last: str) -> bool:
    """``cue("row_end").fullmatch(last)`` for ``last``, the last char of a line ("": none)."""
    ends = _ROW_ENDS.get(last)
    if ends is None:
        ends = _ROW_ENDS[last] = cue("row_end").fullmatch(last) is not None
    return ends


def _collect(lines: list[Line], i: int) -> tuple[_Parts, int]:
    """The parts of the table starting at ``i`` and its last line index."""
    parts = _Parts()
    j, last = i, i - 1
    if cue_search("caption", lines[j].text):
        parts.caption, last, j = lines[j].text, j, j + 1
    if j < len(lines) and (unit := cue_search("unit", lines[j].text)):
        parts.unit, last, j = unit.group("unit"), j, j + 1
    while j < len(lines) and j < i + MAX_SPAN and not lines[j].tabbed:
        text = lines[j].text
        if years := cue("year_header").search(text):
            parts.years = [m.group("year") for m in cue("year_column").finditer(years.group("years"))]
            parts.year_line, parts.year_rest = j, years.group("rest")
        elif cue_search("stray", text) or cue_search("row_head", text):
            pass
        elif head := cue_search("column_header", text):
            _read_header(parts, j, head.group("columns"))
        elif cue("numeric_row").search(text) or cue("labeled_row").search(text):
            parts.rows.append(j)
        elif not parts.rows and cue("table_text").search(text):
            parts.texts.append(j)
            j += 1
            continue  # a text line belongs to the table only if rows follow
        else:
            break
        last = j
        j += 1
    return parts, last


def _read_header(parts: _Parts, j: int, columns: str) -> None:
    """Record the header line ``j`` ("项目 2020年 2021年 增减", "项目2020年2021年").

    A header of years only names its columns by year ("2020"), as a year
    header does; other headers keep their columns as written, a glued one
    cut where each year column starts ("2021年预算数2021年执行数").
    """
    years = cue("year_header").search(columns)
    if years and not years.group("rest"):
        parts.years = [m.group("year") for m in cue("year_column").finditer(years.group("years"))]
        parts.year_line = j
        return
    pieces = (cue("glued_column").split(word) for word in columns.split())
    parts.header = [p for piece in pieces for p in piece if p]


_make_cell = quick_maker(TableCell)  # a cell by keyword without the class call's dict


def _cells(line: Line, begin: int, names: tuple[str, ...]) -> tuple[TableCell, ...]:
    found: list[Match] = list(cue("cell").finditer(line.text, begin))
    return tuple(
        _make_cell(
            start=line.start + m.start(),
            end=line.start + m.end(),
            text=m.group(),
            column=names[n] if n < len(names) else generic(n),
        )
        for n, m in enumerate(found)
    )


def _label_lines(parts: _Parts, bare: int) -> list[int]:
    """The text lines that label the ``bare`` rows of bare numbers."""
    if not bare:
        return []
    texts = parts.texts
    if parts.year_line is not None:
        before = [j for j in texts if j < parts.year_line]
        header_goes_on = bool(parts.year_rest) or len(texts) - len(before) < bare
        if len(before) >= bare and header_goes_on:
            return before[-bare:]
    return texts[-bare:]


def _fragments(lines: list[Line], parts: _Parts, labels: list[int]) -> list[str]:
    """Header fragments in line order: text lines that are not labels, the year line's rest."""
    taken = set(labels)
    out = [(j, lines[j].text) for j in parts.texts if j not in taken]
    if parts.year_line is not None and parts.year_rest:
        out.append((parts.year_line, parts.year_rest))
    return [text for _, text in sorted(out)]


def _rows(lines: list[Line], parts: _Parts, names: tuple[str, ...]) -> tuple[TableRow, ...]:
    bare = [j for j in parts.rows if not cue("labeled_row").search(lines[j].text)]
    by_row = dict(zip(bare, _label_lines(parts, len(bare))))
    out = []
    for j in parts.rows:
        line = lines[j]
        own = cue("labeled_row").search(line.text)
        if own:
            s, e = own.span("label")
            out.append(TableRow(label=own.group("label"), label_start=line.start + s,
                                label_end=line.start + e,
                                cells=_cells(line, own.start("cells"), names)))
        elif j in by_row:
            lab = lines[by_row[j]]
            out.append(TableRow(label=lab.text, label_start=lab.start, label_end=lab.end,
                                cells=_cells(line, 0, names)))
        else:
            out.append(TableRow(label="", label_start=line.start, label_end=line.start,
                                cells=_cells(line, 0, names)))
    return tuple(out)


def read_table(lines: list[Line], i: int) -> Found | None:
    """The table starting at line ``i``, or None."""
    parts, last = _collect(lines, i)
    if not parts.rows:
        return None
    bare = sum(1 for j in parts.rows if not cue("labeled_row").search(lines[j].text))
    fragments = _fragments(lines, parts, _label_lines(parts, bare))
    widths = [len(cue("cell").findall(_value_part(lines[j].text))) for j in parts.rows]
    names = column_names(max(widths), parts.years, fragments, parts.header)
    table = Table(
        start=lines[i].start,
        end=lines[last].end,
        unit=parts.unit,
        columns=names,
        rows=_rows(lines, parts, names),
        caption=parts.caption,
    )
    return Found(table, i, last)


def _value_part(text: str) -> str:
    own = cue("labeled_row").search(text)
    return own.group("cells") if own else text


def find_tables(lines: list[Line]) -> list[Found]:
    """Every table among ``lines``, in order (``starts_table`` asked only where a table
    may start: a caption or unit cue may match, or the next line may be a labelled row)."""
    out = []
    free = 0  # lines before this belong to a table found
    for i in _may_start(lines):
        if i >= free and starts_table(lines, i) and (found := read_table(lines, i)):
            out.append(found)
            free = found.last + 1
    return out


def _may_start(lines: list[Line]) -> list[int] | range:
    """The indices where ``starts_table`` may be true, in order (``CueLines``)."""
    where = CueLines([line.text for line in lines])
    captions, units = where.may_match("caption"), where.may_match("unit")
    if captions is None or units is None:
        return range(len(lines))
    rows = [k - 1 for k, line in enumerate(lines) if k and _row_end(line.text[-1:])]
    return sorted(captions.union(units, rows))
