"""A cell's unit: the column's, else the row label's, else the table's, else the
default.  The label's unit, read once per label (``_label_unit``) and only where
the column names none, gives what the old form, which searched the label for
every cell, gave, on labels with and without a unit and tables with and without one."""

from __future__ import annotations

import itertools

from shebao.link.columns import marker
from shebao.link.tables import _label_unit
from shebao.units import default_money_unit

LABELS = ["基金收入（万元）", "基金支出(亿元)", "其中：利息收入", "", "结余（元）合计", "参保人数（万人）"]


def _old(label: str, table_unit: str | None, role_unit: str | None) -> str:
    own = marker("unit").search(label)
    return role_unit or (own and own.group("unit")) or table_unit or default_money_unit()


def test_tables_label_unit_gives_the_old_cell_unit() -> None:
    for label, table_unit, role_unit in itertools.product(LABELS, [None, "", "亿元"],
                                                          [None, "", "元"]):
        new = role_unit or _label_unit(label) or table_unit or default_money_unit()
        assert new == _old(label, table_unit, role_unit), (label, table_unit, role_unit)


def test_tables_label_unit_is_the_unit_in_the_label() -> None:
    assert _label_unit("收入合计（亿元）") == "亿元"
    assert _label_unit("收入合计(元)") == "元"
    assert _label_unit("收入合计") is None
