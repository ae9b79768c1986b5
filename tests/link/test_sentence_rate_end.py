"""``SentenceView.rate_end``: a sentence with no completion-rate cue answers -1
at once (the cue reads nothing outside its match, so no slice holds one);
over every slice of sentences with and without a cue, the answer is the
cue's last end in the slice itself."""

from __future__ import annotations

from shebao.link import cues
from shebao.link.sentence import SentenceView

TEXTS = [
    "全年基金收入120万元，比上年增长5%，其中保险费收入100万元。",
    "基金支出80万元，完成全年预算的95.2%，预算完成率为101%。",
    "收入完成年度预算的90%",
    "",
]


def test_sentence_rate_end_is_the_slices_last_cue_end() -> None:
    for text in TEXTS:
        view = SentenceView(text, [], [])
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                assert view.rate_end(lo, hi) == cues.end_of_last("budget_rate", text[lo:hi]), (
                    text, lo, hi)


def test_sentence_rate_end_without_a_cue_is_minus_one() -> None:
    view = SentenceView(TEXTS[0], [], [])
    assert not view.says_rate()
    assert view.rate_end(0, len(TEXTS[0])) == -1
