from __future__ import annotations

from shebao.segment.lines import split_lines
from shebao.segment.regions import excluded

TEXT = """五、附表
某县社会保险支出绩效自评表
项目名称\t\t养老保险基金
参保人数 ≥100人 120人
说明：预算完成率偏高，因补发待遇。"""


def test_regions_self_eval_region_excluded_to_the_end() -> None:
    assert excluded(split_lines(TEXT)) == {1, 2, 3}


def test_regions_note_kept() -> None:
    lines = split_lines(TEXT)
    assert 4 not in excluded(lines)


def test_regions_tab_grid_excluded_outside_self_eval() -> None:
    lines = split_lines("基金运行平稳。\n项目\t2019\t2020\n结余增加。")
    assert excluded(lines) == {1}
