"""grid_rows passes over a block whose rows make no edits (TAB rows only) without asking
whether it is labelled: its text and map are those of the form that asked every block."""

from __future__ import annotations

import random

from shebao.normalise import grid
from shebao.normalise.offsets import MappedText, apply_edits

CELLS = ["基金收入", "1,200.50", "12", "-3.2%", "项目", "预算数", "", "合计", "。", "指    标"]
SEPS = ["\t", " | ", "｜", "    ", "\u3000\u3000", " "]
LINES = ["|---|---|", "+-----+", "失业保险", "说明：以上为预算数。", "", "收入增长，支出平稳。"]


def old_grid_rows(mt: MappedText) -> MappedText:
    """grid_rows as written before: every block of two rows asked whether it is labelled."""
    edits: list[tuple[int, int, str]] = []
    for block in grid._blocks(mt.text):
        rows = [r for r in block if r.kind != "rule"]
        if len(rows) >= 2 and any(grid.is_labelled(r) for r in rows):
            edits.extend(e for r in block for e in r.edits)
    return apply_edits(mt, edits) if edits else mt


def _text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randrange(1, 9)):
        if rng.random() < 0.3:
            lines.append(rng.choice(LINES))
        else:
            sep = rng.choice(SEPS)
            lines.append(sep.join(rng.choice(CELLS) for _ in range(rng.randrange(1, 5))))
    return "\n".join(lines)


def test_grid_rows_as_when_every_block_was_asked() -> None:
    rng = random.Random(16)
    for _ in range(1500):
        text = _text(rng)
        mt = MappedText.identity(text, text)
        new, old = grid.grid_rows(mt), old_grid_rows(mt)
        assert (new.text, list(new.starts), list(new.ends)) == \
            (old.text, list(old.starts), list(old.ends)), repr(text)


def test_tab_block_left_as_it_is() -> None:
    text = "项目\t预算数\n基金收入\t1200\n基金支出\t1100"
    mt = MappedText.identity(text, text)
    assert grid.grid_rows(mt) is mt
