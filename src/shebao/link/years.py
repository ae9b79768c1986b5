"""The year of a figure, as its sentence names it.

The last year named before the figure, unless 本年 follows it; for a
change, the latest year named (a change belongs to the later of its two
years); "较2019年" is the year compared with, not the fact's, but "较2018年
的X万元" gives X's own year; a figure whose sentence names no year is of the
report's year, or of the year before where its phrase or the sentence's
opening says so ("上年同期，收入为…").  Split from ``sentence`` so that the
view stays a reader's size; the view binds these as its method and lazy
attributes (``SentenceView.year_at``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shebao.link import cues

if TYPE_CHECKING:  # the view passes itself in
    from shebao.link.sentence import SentenceView


def year_at(view: SentenceView, pos: int, report_year: int | None,
            latest: bool = False) -> int | None:
    """The year of a figure at ``pos`` of ``view`` (see the module)."""
    year, year_end = None, -1
    for end, value, compared in view._year_marks:
        if end > pos:
            continue  # not before the figure
        if compared:
            if cues.has("of_year", view.text[end:pos]):
                return value  # "较2018年的31904.62万元": that year's figure
            continue  # "较2019年": the year compared with, not the fact's
        if year is None or not latest or value >= year:
            year, year_end = value, end
    if year is None or cues.has("this_year", view.text[year_end:pos]):
        year = report_year
        if (year_end < 0 and report_year is not None and not latest
                and max(pos, view.first_figure) > view._previous_year_from):
            # "上年同期，收入为…": in the figure's phrase or the sentence's opening
            # (neither can say it before the first character a match needs)
            own = view.text[view.phrase_start(pos):pos]
            # the figure's own phrase decides ("今年…收入X，去年同期为Y"), else the opening
            if cues.has("previous_year", own):
                earlier = not cues.has("this_year", own)
            else:
                earlier = not cues.has("this_year", own) and view._opening_earlier
            if earlier:
                year = report_year - 1
    return year


def year_marks(view: SentenceView) -> list[tuple[int, int, bool]]:
    """(end, year, compared with: "较2019年") of each year named, read once."""
    text = view.text
    return [(y.end, int(y.value or 0), cues.has("compared", text[max(0, y.start - 1):y.start]))
            for y in view.years]


def previous_year_from(view: SentenceView) -> int:
    """Where the sentence may start to name the year before (``cues.gate_start``)."""
    return cues.gate_start("previous_year", view.text)


def opening_earlier(view: SentenceView) -> bool:
    """The sentence's opening speaks of the year before ("上年同期，…"),
    unless it gives a reason ("由于…上年四季度…，上半年收入X": the reason's year)."""
    opening = view.text[:view.first_figure]
    if cues.has("explanation", opening):
        return False
    return cues.has("previous_year", opening) and not cues.has("this_year", opening)
