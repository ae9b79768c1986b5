"""The pairs of lines scanned at once for a figure cut from its unit."""

from shebao.normalise.join import unit_split_pairs


def test_unit_split_pairs_finds_each_cut_figure():
    texts = ["全年参保职工共计 4.86", "万人，比上年末多", "支出合计 1016.07 万", "元，其中", "说明 12"]
    assert unit_split_pairs(texts) == {0, 2}


def test_unit_split_pairs_skips_words_opening_with_a_unit_char():
    assert unit_split_pairs(["截至2020", "人社部门统计", "共 3", "人员到位"]) == set()
