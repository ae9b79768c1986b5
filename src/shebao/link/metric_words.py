"""The metric word that governs a figure, as the sentence words it.

The lexicon's metric term before the figure, unless the words around it
make it another item: a bare 收入/支出 named by the words before it (an
item outside the inventory), a per-person standard or amount.  Split from
``sentence`` so that the view stays a reader's size; it reads the view's
text, terms and metric words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shebao.link import cues
from shebao.quickinit import quick_maker
from shebao.tag.terms import Term

if TYPE_CHECKING:  # the view passes itself in
    from shebao.link.sentence import SentenceView

_make_term = quick_maker(Term)  # a Term by keyword without the class call's dict of keywords


def _generic(term: Term) -> bool:
    """A bare 收入/支出, named only by the words before it."""
    return cues.word_has("generic_metric", term.text)


def metric_before(view: SentenceView, pos: int, lo: int) -> Term | None:
    """The metric word governing a figure at ``pos`` (searched from ``lo``)."""
    term = view.last_term(view.metrics, pos, lo)
    if term is None:
        return None
    generic = _generic(term)
    if generic:
        # "稳岗补贴预算支出": the specific word before the basis word wins
        prev = view.last_term(view.metrics, term.start, 0)
        if prev is not None and cues.has("basis_word", view.text[prev.end:term.start]):
            term = prev
            generic = _generic(term)
    if generic:
        if term.start > 0 and cues.has("change_verb_char", view.text[term.start - 1]):
            return None  # "少支出0.23亿元": a change verb, not a metric word
        named = _named_generic(view, term, lo)
        if named is not None:
            return named
    between = view.text[term.end:pos]
    if between and cues.has("per_unit", between) and not cues.has("share", between):
        # "基础养老金最低标准为每人每月103元": a per-person standard
        m = cues.cue("per_unit").search(between)
        assert m is not None  # has() matched it
        cut = m.start() + (2 if cues.has("standard_suffix", m.group()) else 0)
        text = view.text[term.start:term.end + cut]
        return _make_term(kind="metric", id="other", name=text, group="other",
                          start=term.start, end=term.end + cut, text=text)
    m = cues.cue("per_capita").search(view.text, max(0, term.start - 6), term.start)
    if m is not None:  # "月人均基本养老金": a per-person amount
        text = view.text[m.start():term.end]
        return _make_term(kind="metric", id="other", name=text, group="other",
                          start=m.start(), end=term.end, text=text)
    if cues.has("standard_suffix", view.text[term.end:term.end + 2]):  # "个人缴费标准": a per-person rate
        text = view.text[term.start:term.end + 2]
        return _make_term(kind="metric", id="other", name=text, group="other",
                          start=term.start, end=term.end + 2, text=text)
    return term

def _named_generic(view: SentenceView, term: Term, lo: int) -> Term | None:
    """A bare 收入/支出 after words of its own ("代缴医疗保险费支出"):
    an item outside the inventory, named by those words.

    The name is what stands between the last filler word (本年, 基金,
    预算, a verb such as 筹集 …) and the bare word, within the figure's
    own phrase; a change verb right before it (多支出) names nothing.
    """
    m = cues.cue("own_item").search(view.text, lo, term.start)
    if m is None or cues.has("up", m.group()[-3:]) or cues.has("down", m.group()[-3:]):
        return None
    start = m.start()
    for f in cues.cue("generic_filler").finditer(view.text, m.start(), term.start):
        start = f.end()
    if term.start - start < 2:
        return None
    if any(t.end > start and t.start < term.start for t in view.terms if t is not term):
        return None  # a fund, account or metric word stands in the name
    text = view.text[start:term.end]
    return _make_term(kind="metric", id="other", name=text, group="other", start=start,
                      end=term.end, text=text)
