"""``year_at`` reads each year's "compared with" mark once per sentence: its
answers are those of the plain reading at every position."""

from __future__ import annotations

import random

import pytest

from shebao.link import cues
from shebao.link.sentence import SentenceView
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences

TEXTS = [
    "2022年基金收入12万元，较2021年增加2万元，比2020年的9万元增长33%。",
    "上年同期，基金支出8万元，本年支出9万元，增长12.5%。",
    "2023年预算收入15万元，2024年收入16万元，较2023年的15万元增加1万元。",
    "基金收入5万元，支出4万元。",
    "基金收入5万元，上年同期为4万元，去年同期支出3万元。",
    "去年同期，基金收入7万元，本年收入8万元。",
    "由于上年四季度补缴，上半年收入6万元，支出2万元。",
    "收入9万元，支出8万元，均高于上年。",
]


def _plain(view: SentenceView, pos: int, report_year: int | None, latest: bool) -> int | None:
    """The year of the first ``year_at``, each year's mark read where it is met."""
    text = view.text
    year, year_end = None, -1
    for y in view.years:
        if y.end > pos:
            continue
        if cues.has("compared", text[max(0, y.start - 1):y.start]):
            if cues.has("of_year", text[y.end:pos]):
                return int(y.value)
            continue
        if year is None or not latest or int(y.value) >= year:
            year, year_end = int(y.value), y.end
    if year is None or cues.has("this_year", text[year_end:pos]):
        year = report_year
        if year_end < 0 and report_year is not None and not latest:
            own = text[view.phrase_start(pos):pos]
            if cues.has("previous_year", own):
                earlier = not cues.has("this_year", own)
            else:
                earlier = not cues.has("this_year", own) and view._opening_earlier
            if earlier:
                year = report_year - 1
    return year


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


@pytest.mark.parametrize("text", TEXTS)
def test_year_at_matches_the_plain_reading_everywhere(text: str) -> None:
    view = _view(text)
    for report_year in (None, 2022):
        for latest in (False, True):
            for pos in range(len(text) + 1):
                assert view.year_at(pos, report_year, latest) == _plain(
                    view, pos, report_year, latest)


def test_the_texts_name_years_some_compared_with() -> None:
    marks = [m for t in TEXTS for m in _view(t)._year_marks]
    assert any(compared for _, _, compared in marks)
    assert any(not compared for _, _, compared in marks)


def test_year_at_matches_the_plain_reading_on_random_texts() -> None:
    # the figure's phrase and the sentence's opening are read only past the
    # first character the year before needs (``years.previous_year_from``)
    pieces = [*"收入支出为，；、（）的和", "上年同期", "去年", "本年", "今年", "上半年", "较上年",
              "由于", "2022年", "较2021年", "5万元", "3%", "同比增长"]
    rng = random.Random(16)
    for _ in range(150):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        view = _view(text)
        for latest in (False, True):
            for pos in range(len(text) + 1):
                assert view.year_at(pos, 2023, latest) == _plain(view, pos, 2023, latest), text
