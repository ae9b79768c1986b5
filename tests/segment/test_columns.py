from __future__ import annotations

import pytest

from shebao.segment.columns import column_names, group_fragments


@pytest.mark.parametrize(
    ("fragments", "k", "names"),
    [
        (["同比", "增长额", "同比", "增长率"], 2, ["同比增长额", "同比增长率"]),
        (["增减额", "增减率"], 2, ["增减额", "增减率"]),
        (["同比", "增长额同比", "增长率"], 2, ["同比增长额", "同比增长率"]),
        (["备注"], 3, ["备注", "col2", "col3"]),
        ([], 1, ["col1"]),
    ],
)
def test_columns_group_fragments(fragments: list[str], k: int, names: list[str]) -> None:
    assert group_fragments(fragments, k) == names


@pytest.mark.parametrize(
    ("k", "years", "fragments", "header", "names"),
    [
        (4, ["2019", "2020"], ["同比", "增长额", "同比", "增长率"], None,
         ("2019", "2020", "同比增长额", "同比增长率")),
        (2, ["2019", "2020"], [], None, ("2019", "2020")),
        (3, [], [], ["上年", "本年", "增减"], ("上年", "本年", "增减")),
        (2, [], ["预算数", "决算数"], ["甲"], ("预算数", "决算数")),
    ],
)
def test_columns_column_names(k: int, years: list[str], fragments: list[str],
                              header: list[str] | None, names: tuple[str, ...]) -> None:
    assert column_names(k, years, fragments, header) == names
