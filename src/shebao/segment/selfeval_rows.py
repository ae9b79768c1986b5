"""Indicator rows of a self-evaluation table, in its two written forms.

The grid form: one tab-separated line per row, empty cells where a merged
level-1/level-2 cell spans rows ("\\t\\t\\t缴费人数\\t≥100人\\t≥120人").  The
flattened form, as PDF extraction leaves it: one line "name target actual"
per row ("参保人数≥100人 120人"), level names split over short lines ("项",
"目", … or "时效", "指标"), long names wrapped, text rows whose target and
actual are written twice in a row ("基金运行平稳基金运行平稳").
In both forms level names are carried down to the rows below.
"""

from __future__ import annotations

from dataclasses import dataclass

from shebao.records import Figure, SelfEvalRow
from shebao.segment.cues import cue as segment_cue
from shebao.segment.lines import Line
from shebao.quickinit import quick_maker
from shebao.segment.selfeval_cues import cue
from shebao.stdre import compile_cue
from shebao.tag.figures import find_figures

DIGIT = compile_cue(r"\d")  # any digit ``regex`` reads as \d, compiled once (run by ``re``)
SHORT = 4  # longest line of a level name split over lines
MIN_TWIN = 3  # shortest text written twice to count as target and actual

_make_row = quick_maker(SelfEvalRow)  # a row by keyword without the class call's dict


@dataclass
class Levels:
    """The level names in force (merged cells carried down)."""

    level1: str | None = None
    level2: str | None = None

    def update(self, names: str) -> bool:
        """Take the level names of ``names`` ("产出指标数量指标"); False if none."""
        m = cue("level").search(names)
        if m is None:
            return False
        if m.group("l1"):
            self.level1, self.level2 = m.group("l1"), m.group("l2")
        elif m.group("l2"):
            self.level2 = m.group("l2")
        return True


def _cells(line: Line) -> list[tuple[int, int, str]]:
    """Non-empty tab-separated cells of ``line`` with absolute offsets."""
    out, pos = [], 0
    for raw in line.text.split("\t"):
        text = raw.strip()
        if text:
            lead = len(raw) - len(raw.lstrip())
            out.append((line.start + pos + lead, line.start + pos + lead + len(text), text))
        pos += len(raw) + 1
    return out


def grid_rows(lines: list[Line]) -> list[SelfEvalRow]:
    """Rows of the tab-separated form; values are the last two cells."""
    rows, levels = [], Levels()
    note, level = segment_cue("note").search, cue("level").search  # looked up once
    for line in lines:
        if note(line.text):
            break
        cells = _cells(line)
        k = 0
        while k < len(cells) and level(cells[k][2]):
            k += 1
        if k:
            levels.update("".join(c[2] for c in cells[:k]))
        rest = cells[k:]
        if len(rest) < 2:
            continue  # level names only, or a name without values
        values = [c[2] for c in rest[1:]]
        target = values[-2] if len(values) > 1 else values[0]
        actual = values[-1] if len(values) > 1 else ""
        rows.append(_make_row(level1=levels.level1, level2=levels.level2, level3=rest[0][2],
                                target_text=target, actual_text=actual, start=line.start,
                                end=line.end))
    return rows


def _level_run(lines: list[Line], i: int) -> int:
    """End of the longest run of short lines from ``i`` that spells level names, or ``i``."""
    j = i
    while j < len(lines) and len(lines[j].text) <= SHORT and not DIGIT.search(lines[j].text):
        j += 1
    while j > i and not cue("level").search("".join(x.text for x in lines[i:j])):
        j -= 1
    return j


def _value_figures(text: str) -> list[Figure]:
    """Figures that may be a target or an actual value (not years or bare counts in words)."""
    figs = [f for f in find_figures(text) if f.kind != "year"]
    if not figs or not (figs[0].comparator or figs[0].unit or figs[0].start == 0):
        return []
    return figs


def _twin_row(parts: list[Line], levels: Levels) -> tuple[SelfEvalRow | None, int]:
    """A text row ending in a twice-written value among ``parts``, and the parts it used."""
    for k in range(1, len(parts) + 1):
        joined = "".join(p.text for p in parts[:k])
        for h in range(len(joined) // 2, MIN_TWIN - 1, -1):
            if joined[-2 * h:-h] == joined[-h:]:
                name = joined[:-2 * h] or None
                row = _make_row(level1=levels.level1, level2=levels.level2, level3=name,
                                  target_text=joined[-h:], actual_text=joined[-h:],
                                  start=parts[0].start, end=parts[k - 1].end)
                return row, k
    return None, 0


def _flush(pending: list[Line], levels: Levels) -> list[SelfEvalRow]:
    """Text rows among lines left without figures; the lines after the last one stay."""
    rows = []
    while pending:
        row, used = _twin_row(pending, levels)
        if row is None:
            break
        rows.append(row)
        del pending[:used]
    return rows


def _figure_row(line: Line, pending: list[Line], levels: Levels,
                figs: list[Figure]) -> tuple[SelfEvalRow | None, Line | None]:
    """The row of a line holding the figures ``figs`` (its ``_value_figures``), and the
    glued start of the next name, if any."""
    text = line.text
    if not figs:
        return None, None
    last = 0
    while last + 1 < len(figs) and cue("join").search(text[figs[last].end:figs[last + 1].start]):
        last += 1
    target = text[figs[0].start:figs[last].end]
    end = figs[last].end
    actual = ""
    nxt = figs[last + 1] if last + 1 < len(figs) else None
    if nxt is not None and not text[end:nxt.start].strip():
        actual, end = nxt.text.strip(), nxt.end
    own = text[:figs[0].start].strip()
    start = line.start
    name: str | None
    if own:
        name = own
    else:
        name = "".join(p.text for p in pending) or None
        start = pending[0].start if pending else line.start
    rest = text[end:]
    glued = None
    if rest.strip() and not DIGIT.search(rest):
        lead = len(rest) - len(rest.lstrip())
        glued = Line(line.start + end + lead, line.end, rest.strip())
    row = _make_row(level1=levels.level1, level2=levels.level2, level3=name,
                      target_text=target.strip(), actual_text=actual, start=start,
                      end=line.start + end)
    return row, glued


def _stem_run(lines: list[Line], i: int, pending: list[Line]) -> int:
    """A run starting "指标" whose level-2 stem was glued to the line above (trimmed off)."""
    if not pending or not cue("level_tail").search(lines[i].text):
        return i
    stem = cue("level_stem").search(pending[-1].text)
    if stem is None:
        return i
    j = i + 1
    if not cue("level").search(stem.group() + lines[i].text):
        return i
    last = pending[-1]
    cut = len(last.text) - len(stem.group())
    pending[-1] = Line(last.start, last.start + cut, last.text[:cut])
    lines[i] = Line(lines[i].start, lines[i].end, stem.group() + lines[i].text)
    return j


def flat_rows(lines: list[Line]) -> list[SelfEvalRow]:
    """Rows of the flattened form (one "name target actual" line per row)."""
    lines = list(lines)
    rows: list[SelfEvalRow] = []
    levels = Levels()
    pending: list[Line] = []
    i = 0
    while i < len(lines):
        if segment_cue("note").search(lines[i].text):
            break
        j = _level_run(lines, i) if i == _stem_run(lines, i, pending) else i + 1
        if j > i:
            rows.extend(_flush(pending, levels))
            pending.clear()
            levels.update("".join(x.text for x in lines[i:j]))
            i = j
            continue
        figs = _value_figures(lines[i].text)  # read once: the row is built from them
        if figs:
            rows.extend(_flush(pending, levels))
        row, glued = _figure_row(lines[i], pending, levels, figs)
        if row is None:
            pending.append(lines[i])
        else:
            pending.clear()
            rows.append(row)
            if glued is not None:
                pending.append(glued)
        i += 1
    rows.extend(_flush(pending, levels))
    return rows
