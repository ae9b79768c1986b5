"""Lines that may be grid rows: the scan looks for the mark every rule and pipe holds."""

import pytest

from shebao.normalise.grid import GRID_SCHEMA, _blocks, grid_cue
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
