"""Web tables: column separators become TABs, the form of a grid row.

Web pages flatten their tables in three ways: cells between pipes
("| 基金收入 | 1,200.50 | 1,180.20 |"), cells between runs of spaces or
full-width spaces (aligned columns), and cells between TABs.  A block of
consecutive such lines is a table when at least one of its rows holds a
label followed by a figure; its separators are then replaced by one TAB
each (outer pipes are dropped, empty cells kept), and rule lines
("|---|---|", "+----+") are blanked.  The rest of the pipeline sees a
TAB grid (``segment/webtables.py`` reads it).  A lone line with a pipe,
a navigation bar without figures, or a row of bare numbers (the
flattened form ``segment/tables.py`` reads) is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count
from operator import add

import regex

from shebao.normalise.offsets import MappedText, apply_edits
from shebao.quickinit import mypyc_attr, quick_init
from shebao.resources import load
from shebao.stdre import Pattern, compile_cue, compile_fast
from shebao.tag.needs import ANY_DIGIT, first_chars, may_hold, needed_strings

PATTERN = {"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}
GRID_SCHEMA = {"grid": [PATTERN]}

EDGE = " \t\u3000\xa0\r\f\v"
TAB = regex.compile(r"\t")


@lru_cache(maxsize=1)
def grid_cue() -> dict[str, regex.Pattern]:
    """The grid patterns of ``table_grid.yaml`` by name."""
    items = load("table_grid.yaml", GRID_SCHEMA)["grid"]
    return {item["name"]: regex.compile(item["pattern"], regex.VERBOSE) for item in items}


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class Row:
    """One physical line read as a grid row (offsets into the text)."""

    kind: str  # "pipe", "space", "tab" or "rule"
    cells: tuple[str, ...]
    edits: tuple[tuple[int, int, str], ...]  # separators → TAB, outer pipes dropped


def _pipe_row(text: str, start: int) -> Row | None:
    seps = list(grid_cue()["pipe"].finditer(text))
    if not seps:
        return None
    lead = seps[0].start() == 0
    tail = seps[-1].end() == len(text)
    inner = len(seps) - lead - tail
    if inner < 1 or (inner < 2 and not (lead or tail)):
        return None
    edits, cells, pos = [], [], 0
    for k, m in enumerate(seps):
        if not (lead and k == 0):
            cells.append(text[pos:m.start()])
        outer = (lead and k == 0) or (tail and k == len(seps) - 1)
        edits.append((start + m.start(), start + m.end(), "" if outer else "\t"))
        pos = m.end()
    if not tail:
        cells.append(text[pos:])
    return Row("pipe", tuple(c.strip(EDGE) for c in cells), tuple(edits))


ONE_HAN = regex.compile(r"\p{Han}")


def _space_row(text: str, start: int) -> Row | None:
    seps = list(grid_cue()["space_gap"].finditer(text))
    if not seps:
        return None
    cells = grid_cue()["space_gap"].split(text)
    prose = grid_cue()["prose"]
    if any(prose.search(c) for c in cells) or is_figure(cells[0]):
        return None  # a sentence, or a row of bare numbers (the flattened form)
    # a word spaced out for layout ("指    标", "项　　目"): one cell, its gap dropped
    spaced = [_one_char(cells[k]) and _one_char(cells[k + 1]) for k in range(len(seps))]
    edits = tuple((start + m.start(), start + m.end(), "" if joined else "\t")
                  for m, joined in zip(seps, spaced))
    merged = [cells[0]]
    for cell, joined in zip(cells[1:], spaced):
        if joined:
            merged[-1] += cell
        else:
            merged.append(cell)
    return Row("space", tuple(merged), edits)


def _one_char(cell: str) -> bool:
    return ONE_HAN.fullmatch(cell.strip(EDGE)) is not None


def read_row(text: str, start: int) -> Row | None:
    """``text`` (one trimmed line starting at ``start``) as a grid row, or None."""
    if grid_cue()["rule"].fullmatch(text):
        return Row("rule", (), ((start, start + len(text), ""),))
    if "\t" in text:
        return Row("tab", tuple(c.strip(EDGE) for c in text.split("\t")), ())
    return _pipe_row(text, start) or _space_row(text, start)


def is_figure(cell: str) -> bool:
    return bool(grid_cue()["figure"].fullmatch(cell.strip(EDGE)))


def is_labelled(row: Row) -> bool:
    """A row holding a text cell followed by a figure."""
    seen_text = False
    for cell in row.cells:
        if cell and not is_figure(cell):
            seen_text = True
        elif seen_text and is_figure(cell):
            return True
    return False


SECTION_CHARS = 16  # a label line between rows is at most this long


def _section_label(content: str) -> bool:
    return (len(content) <= SECTION_CHARS and not grid_cue()["prose"].search(content)
            and not any(ch.isdigit() or ch in ":：" for ch in content))  # 单位：… breaks


MARKS = ("pipe_mark", "space_gap", "rule_mark")


@lru_cache(maxsize=1)
def _mark_needs() -> dict[str, tuple[str, ...]]:
    """The chars each mark needs (``tag.needs``, read off its ``re`` form), one string per
    set: a text lacking every char of one of them holds no mark and is not scanned for it."""
    return {name: needed_strings(compile_fast(grid_cue()[name].pattern, regex.VERBOSE).pattern)
            for name in MARKS}


@lru_cache(maxsize=1)
def _any_mark() -> Pattern:
    """Any mark or a TAB (group 1), then the rest of its line: one match per line holding
    one (the first), found by one scan for all of them.  Run by ``re`` where it reads the
    marks: a set of the chars a mark can start with first (``tag.needs.first_chars``;
    ``re`` skips to a leading set at once, and tries a leading group at every char), then
    the marks looked for from that char (a lookahead inside a lookbehind read past it)."""
    body = "\n| ".join(f"(?: {grid_cue()[name].pattern} )" for name in MARKS) + "\n| \\t"
    written = regex.compile(f"( {body} ) [^\\n]*", regex.VERBOSE)
    first = first_chars(compile_fast(f"(?: {body} )", regex.VERBOSE).pattern)
    if not first or ANY_DIGIT in first:
        return written
    chars = "".join(f"\\U{ord(ch):08x}" for ch in sorted(first))
    fast = compile_cue(f"[{chars}] (?<= (?= ( {body} ) ) [{chars}] ) [^\\n]*", regex.VERBOSE)
    return fast if isinstance(fast, re.Pattern) else written  # regex reads lookbehinds backwards


def _candidates(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that may be grid rows, in order: those holding a TAB or part of a
    ``pipe_mark``, ``space_gap`` or ``rule_mark`` match (``read_row`` finds none
    elsewhere: every ``pipe`` or ``rule`` holds its mark, a far quicker scan).  One scan
    finds the first mark of each line, its match running on to the line's end; should a
    mark there be empty or cross a line break, each mark is looked for on its own."""
    spans: list[tuple[int, int]] = []
    for m in _any_mark().finditer(text):
        start, end = m.span(1)
        if end == start or "\n" in m.group(1):
            return _each_mark(text)
        spans.append((text.rfind("\n", 0, start) + 1, m.end()))
    return spans


def _each_mark(text: str) -> list[tuple[int, int]]:
    """``_candidates`` by a scan for each mark (those whose needed chars ``text`` holds)."""
    cues, needs = grid_cue(), _mark_needs()
    spans = [m.span() for name in MARKS if may_hold(text, needs[name])
             for m in cues[name].finditer(text) if m.end() > m.start()]
    if "\t" in text:
        spans += [(m.start(), m.end()) for m in TAB.finditer(text)]
    raws = text.split("\n")
    # line k starts after the k lines before it and their breaks
    starts = list(map(add, accumulate(map(len, raws[:-1]), initial=0), count()))
    found: set[int] = set()
    for start, end in spans:
        found.update(range(bisect_right(starts, start) - 1, bisect_right(starts, end - 1)))
    return [(starts[k], starts[k] + len(raws[k])) for k in sorted(found)]


def _blocks(text: str) -> list[list[Row]]:
    """Runs of consecutive grid rows (blank lines do not break a run).  Only the lines
    that may be rows are read, and the lines between two of them where a run is open."""
    blocks: list[list[Row]] = [[]]
    after = 0  # the start of the line after the last one read
    for start, end in _candidates(text):
        if blocks[-1] and start > after and _breaks_run(text[after:start - 1]):
            blocks.append([])
        raw = text[start:end]
        content = raw.strip(EDGE)
        if content:
            row = read_row(content, start + raw.index(content))
            if row is not None:
                blocks[-1].append(row)
            elif not (blocks[-1] and _section_label(content)):
                blocks.append([])  # a short label ("失业保险") between rows keeps the run
        after = end + 1
    return [b for b in blocks if b]


def _breaks_run(between: str) -> bool:
    """Whether a line of ``between`` (whole lines, none a row) ends a run of rows: one
    that is neither blank nor a short label."""
    for raw in between.split("\n"):
        content = raw.strip(EDGE)
        if content and not _section_label(content):
            return True
    return False


def grid_rows(mt: MappedText) -> MappedText:
    """``mt`` with the separators of its web tables replaced by TABs."""
    edits: list[tuple[int, int, str]] = []
    for block in _blocks(mt.text):
        if not any(r.edits for r in block):
            continue  # TAB rows only (most blocks): nothing to replace, labelled or not
        rows = [r for r in block if r.kind != "rule"]
        if len(rows) >= 2 and any(is_labelled(r) for r in rows):
            edits.extend(e for r in block for e in r.edits)
    return apply_edits(mt, edits) if edits else mt
