"""Lines that may be grid rows: the scan looks for the mark every rule and pipe holds."""

import pytest

from shebao.normalise.grid import GRID_SCHEMA, MARKS, TAB, _blocks, _candidates, _mark_needs, grid_cue
from shebao.resources import load

GRID = {i["name"]: i for i in load("table_grid.yaml", GRID_SCHEMA)["grid"]}


@pytest.mark.parametrize("name, text", [(name, text) for name in ("rule", "pipe")
                                        for text in GRID[name]["examples"]])
def test_every_rule_and_pipe_example_holds_its_mark(name, text):
    assert grid_cue()[f"{name}_mark"].search(text)


def test_rule_lines_between_pipe_rows_stay_in_the_block():
    text = "| 项目 | 预算数 |\n|---|---|\n| 收入 | 12 |\n普通一行文字\n"
    kinds = [[row.kind for row in block] for block in _blocks(text)]
    assert kinds == [["pipe", "rule", "pipe"]]


def _lines_of(text, starts):
    """The indices of the lines ``_candidates`` gives, each span a whole line."""
    from bisect import bisect_right

    raws = text.split("\n")
    out = set()
    for start, end in _candidates(text):
        k = bisect_right(starts, start) - 1
        assert (start, end) == (starts[k], starts[k] + len(raws[k]))
        out.add(k)
    return out


def _plain_candidates(text, starts):
    """Every mark and TAB looked for in every text (no gate)."""
    from bisect import bisect_right

    from shebao.normalise import grid
    cues = grid.grid_cue()  # looked up at the call (a test may patch it)
    spans = [m.span() for name in ("pipe_mark", "space_gap", "rule_mark")
             for m in cues[name].finditer(text) if m.end() > m.start()]
    spans += [m.span() for m in TAB.finditer(text)]
    found = set()
    for start, end in spans:
        found.update(range(bisect_right(starts, start) - 1, bisect_right(starts, end - 1)))
    return found


def test_marks_are_needed_and_gated_candidates_match_the_plain_scan():
    from itertools import accumulate
    import random
    needs = _mark_needs()
    assert all(needs[name] for name in MARKS)  # each mark needs some char
    rng = random.Random(14)
    pieces = ["收入", "12", " ", "  ", "\u3000", "\xa0", "|", "｜", "-", "---", "==", "━━━",
              "\t", "\n", "—", "─"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        starts = list(accumulate((len(r) + 1 for r in text.split("\n")[:-1]), initial=0))
        assert _lines_of(text, starts) == _plain_candidates(text, starts), repr(text)


@pytest.fixture
def odd_marks(monkeypatch):
    """Marks that may be empty or cross a line break: the one scan must give way to one
    scan per mark (its caches cleared around the test)."""
    import regex

    from shebao.normalise import grid

    cues = {**grid_cue(), "space_gap": regex.compile(r"[ \n]{2,}"),
            "rule_mark": regex.compile(r"-*")}
    grid._any_mark.cache_clear()
    grid._mark_needs.cache_clear()
    monkeypatch.setattr(grid, "grid_cue", lambda: cues)
    yield
    grid._any_mark.cache_clear()
    grid._mark_needs.cache_clear()


def test_candidates_of_marks_crossing_lines_or_empty_match_the_plain_scan(odd_marks):
    from itertools import accumulate
    import random
    rng = random.Random(15)
    pieces = ["收入", "12", " ", "  ", "|", "---", "\t", "\n", " \n ", "\n\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        starts = list(accumulate((len(r) + 1 for r in text.split("\n")[:-1]), initial=0))
        assert _lines_of(text, starts) == _plain_candidates(text, starts), repr(text)


def test_line_starts_follow_the_breaks():
    from shebao.normalise.grid import _blocks
    text = "| 项目 | 预算数 |\n\n| 收入 | 12 |\n|---|---|\n| 支出 | 3 |"
    rows = [row for block in _blocks(text) for row in block]
    assert [text[e[0]:e[1]].strip() for row in rows for e in row.edits][:2] == ["|", "|"]
    assert all(text[s:e].strip() in "|-" or set(text[s:e]) <= set("|-") for row in rows
               for s, e, _ in row.edits)


def _old_blocks(text):
    """_blocks as written before: every line of the text walked."""
    from itertools import accumulate

    from shebao.normalise.grid import EDGE, _section_label, read_row
    raws = text.split("\n")
    starts = list(accumulate((len(r) + 1 for r in raws[:-1]), initial=0))
    candidates = _plain_candidates(text, starts)
    blocks = [[]]
    for k, raw in enumerate(raws):
        if k not in candidates and not blocks[-1]:
            continue
        content = raw.strip(EDGE)
        if content:
            row = read_row(content, starts[k] + raw.index(content)) if k in candidates else None
            if row is not None:
                blocks[-1].append(row)
            elif not (blocks[-1] and _section_label(content)):
                blocks.append([])
    return [b for b in blocks if b]


def test_blocks_read_only_where_rows_may_be_as_when_every_line_is_walked():
    import random
    rng = random.Random(16)
    pieces = ["| 项目 | 预算数 |", "|---|---|", "| 收入 | 12 |", "收入  1,200.50  1,180.20",
              "项目\t金额", "基金\t3", "失业保险", "单位：元", "普通一行文字，很长的一句话。", "",
              "  ", "+----+", "养老　　100　　200", "3 4 5"]
    found = 0
    for _ in range(1500):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        blocks = _blocks(text)
        assert blocks == _old_blocks(text), repr(text)
        found += len(blocks)
    assert found > 1000
