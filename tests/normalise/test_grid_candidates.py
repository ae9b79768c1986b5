"""Lines that may be grid rows: the rule scan looks for the mark every rule holds."""

import pytest

from shebao.normalise.grid import GRID_SCHEMA, _blocks, grid_cue
from shebao.resources import load

RULES = next(i for i in load("table_grid.yaml", GRID_SCHEMA)["grid"] if i["name"] == "rule")


@pytest.mark.parametrize("text", RULES["examples"])
def test_every_rule_example_holds_a_rule_mark(text):
    assert grid_cue()["rule_mark"].search(text)


def test_rule_lines_between_pipe_rows_stay_in_the_block():
    text = "| 项目 | 预算数 |\n|---|---|\n| 收入 | 12 |\n普通一行文字\n"
    kinds = [[row.kind for row in block] for block in _blocks(text)]
    assert kinds == [["pipe", "rule", "pipe"]]
