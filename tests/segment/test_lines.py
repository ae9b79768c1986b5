from __future__ import annotations

import pytest

from shebao.segment.lines import split_lines, squash


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("甲\n乙", [(0, 1), (2, 3)]),
        ("  甲 \n\n 乙", [(2, 3), (7, 8)]),
        ("\n \n", []),
    ],
)
def test_lines_offsets_trimmed(text: str, spans: list[tuple[int, int]]) -> None:
    assert [(l.start, l.end) for l in split_lines(text)] == spans


@pytest.mark.parametrize(("text", "tabbed"), [("项目\t\t基金", True), ("项目 基金", False)])
def test_lines_tabbed_flag(text: str, tabbed: bool) -> None:
    assert split_lines(text)[0].tabbed is tabbed


def test_lines_squash_removes_whitespace() -> None:
    assert squash(" 某市 支出\t报告 ") == "某市支出报告"
