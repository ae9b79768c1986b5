"""``cue_search`` finds what ``cue(name).search`` finds, for every cue."""

from shebao.segment.cues import _cues, _needed, cue, cue_search

TEXTS = [
    "",
    "plain words without any cue at all",
    "2031 (2031) : 12 34",
    "\t9\t10",
    "a line; with, punctuation.",
    "二〇三一年度某县社会保险基金绩效评价报告",
    "说明：本表数据为测算值",
    "（单位：万元）",
    "项目名称：示范工程",
    "某某示范项目绩效自评表",
    "（2031年度）",
    "填报日期：2031年5月",
    "年 年",
    "项 目 2030年 2031年",
    "序号",
    "收支情况统计表",
]


def test_same_match_as_the_pattern():
    texts = TEXTS + [name + " " + text for name in _cues() for text in TEXTS]
    for name in _cues():
        for text in texts:
            got, want = cue_search(name, text), cue(name).search(text)
            assert (got and got.span()) == (want and want.span()), (name, text)


def test_needed_sets_are_small_strings():
    for name, sets in _needed().items():
        assert all(isinstance(chars, str) and 0 < len(chars) <= 4 for chars in sets), name
