"""The working records of one sentence's linking, shared by its steps.

``SentenceLink`` is the sentence's context (its view, the paragraph state,
the chain so far, the drafts made); ``FigureAt`` is one money or percent
figure with what the steps read about its position (the 、-run it stands
in, its clause, its measure); ``Slots`` is what the figure's own phrase
names (metric, account, fund, year, basis) before the chain fills the gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from shebao import confidence as conf
from shebao.link import family
from shebao.link.context import FundRef
from shebao.link.makers import maker
from shebao.quickinit import mypyc_attr
from shebao.link.model import (Draft, Evidence, ParagraphState, Statement, make_draft,
                               make_evidence, moved, signed)
from shebao.link.sentence import SentenceView
from shebao.records import Basis, Figure, Measure, Sentence
from shebao.tag.terms import Term

OTHER_FUND = FundRef("other", "")
UNREAD = object()  # a lazy slot not read yet
Region = tuple[int, int]


@mypyc_attr(native_class=False)  # rebuilt as a Python class (link.makers)
@dataclass(slots=True)
class SentenceLink:
    """One sentence being linked: the context every step reads and extends."""

    view: SentenceView
    sentence: Sentence
    section: tuple[str, ...]
    state: ParagraphState
    chain: Statement
    drafts: list[Draft] = field(default_factory=list)
    levels: list[Draft] = field(default_factory=list)  # level drafts, for 分别-runs
    heads: dict[Region, Statement] = field(default_factory=dict)  # list heads
    last_region: Region | None = None
    # (fund word, context fund) → (word, context, ``family.resolve`` of them),
    # keyed by identity: the figures of a sentence mostly share both
    resolved: dict[tuple[int, int], tuple[Term, FundRef | None, FundRef]] = field(
        default_factory=dict)
    text: str = field(init=False)  # the view's, read by every step (set once)

    def __post_init__(self) -> None:
        self.text = self.view.text

    def context_fund(self) -> FundRef | None:
        """The fund the paragraph is about when the phrase names none."""
        return self.state.topic or self.state.fallback_fund

    def resolve(self, term: Term, context: FundRef | None) -> FundRef:
        """``family.resolve(term, self.text, context)``, once per word and context."""
        key = (id(term), id(context))
        found = self.resolved.get(key)
        if found is None:
            found = self.resolved[key] = (term, context, family.resolve(term, self.text, context))
        return found[2]

    def year_at(self, pos: int, latest: bool = False) -> int | None:
        return self.view.year_at(pos, self.state.report_year, latest=latest)

    def draft(self, at: FigureAt, *, fund: FundRef | None, metric: str,
              metric_name: str | None, year: int | None, basis: Basis,
              account: str | None = None, confidence: float = conf.DISTRIBUTED,
              part_of: int | None = None, part_list: int | None = None,
              evidence: Evidence | None = None) -> Draft:
        """The draft of ``at`` with the slots given (offsets made absolute)."""
        fig = at.fig
        start = self.sentence.start
        # the first four by position: a call with more than 15 keywords passes a dict
        return make_draft(
            moved(fig, start), fund or OTHER_FUND, account, metric,
            metric_name=metric_name, year=year, basis=basis, measure=at.measure,
            value=at.value, sentence=self.sentence, section=self.section,
            confidence=_rounded(confidence), part_of=part_of, part_list=part_list,
            evidence=evidence or make_evidence(metric_source="distributed",
                                               fund_candidates=self.view.fund_candidates),
            period=self.view.period_index.last_before(fig.start) or self.state.period,
            period_scope=None,
        )


@lru_cache(maxsize=256)
def _rounded(confidence: float) -> float:
    """``round(c, 2)`` of a rule confidence: a few constants less penalties
    recur, while a float's round goes through its decimal digits."""
    return round(confidence, 2)


@mypyc_attr(native_class=False)  # rebuilt as a Python class (link.makers)
@dataclass(slots=True)
class FigureAt:
    """A money or percent figure of the sentence and what its position says."""

    index: int  # among the sentence's figures
    fig: Figure
    lo: int  # end of the figure before it (the phrase may start there)
    run: list[int] | None  # the 、-run it stands in (figure indexes)
    anchor: Figure  # the run's first figure, else the figure itself
    window: str  # the anchor's clause up to it
    clause: int  # where the anchor's clause starts
    measure: Measure
    # the ends of the last up and down cue in ``window`` (``model.change_ends``),
    # when ``measure_of`` read them over the whole of it
    changes: tuple[int, int] | None = None

    @property
    def value(self) -> Decimal:
        return signed(self.fig, self.window, self.measure, self.changes)

    @property
    def run_position(self) -> int:
        assert self.run is not None
        return self.run.index(self.index)


@mypyc_attr(native_class=False)  # rebuilt as a Python class (link.makers)
@dataclass(slots=True)
class Slots:
    """What the figure's own phrase names; the chain steps may adjust it."""

    own_lo: int  # start of the figure's own phrase
    metric_term: Term | None
    account: str | None
    fund_term: Term | None
    own_fund: bool  # the fund is named in the figure's own clause
    fund: FundRef | None
    year: int | None
    region: Region | None
    head: Statement | None
    confidence: float
    fund_source: str = "section"
    metric_source: str = "named"  # set by the chain case that links the figure
    # the basis named in the figure's phrase is read on first use (``basis``):
    # a change or rate continuing the chain never asks for it
    view: SentenceView | None = None
    pos: int = 0  # the figure's start
    _basis: Basis | None | object = UNREAD

    @property
    def basis(self) -> Basis | None:
        """budget/actual named in the figure's phrase (``view.basis_before`` strong)."""
        if self._basis is UNREAD:
            assert self.view is not None
            self._basis = self.view.basis_before(self.pos, strong=True)
        return self._basis  # type: ignore[return-value]  # read above


# the records built per sentence and figure, made without a class call's
# keyword dict (``makers``)
make_link = maker(SentenceLink)
make_figure_at = maker(FigureAt)
make_slots = maker(Slots)
