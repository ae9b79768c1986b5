"""A sentence seen by the linker: its clauses, lists, terms, years and cues.

Every question the statement chain asks about a position in the sentence
("which metric word governs this figure?", "which year?") is answered here,
so ``statements`` reads as the chain logic alone.
"""

from __future__ import annotations

from bisect import bisect_right

from shebao.link import clauses, cues, metric_words, years
from shebao.link.context import coordinated_head
from shebao.link.lazy import lazy
from shebao.link.periods import PeriodIndex
from shebao.quickinit import mypyc_attr
from shebao.records import Basis, Figure
from shebao.tag.terms import Term

# The figure kinds a sentence links as facts (years and counts only help).
LINKED = ("money", "percent")
BASIS_CUES = ("budget", "actual")  # the cues ``basis_before`` reads


def _funds(text: str, terms: list[Term], qualifiers: list[tuple[int, int]]) -> list[Term]:
    """The fund words of a sentence, less those inside ``qualifiers`` (spans)."""
    if not qualifiers:
        return [t for t in terms if t.kind == "fund"]
    return [t for t in terms if t.kind == "fund"
            and not any(a <= t.start < b for a, b in qualifiers)]


def first_linked(figures: list[Figure], default: int) -> int:
    """Start of the first money or percent figure, else ``default`` (a loop:
    a generator's setup cost more than the loop, about 0.4 against 0.16 us)."""
    for f in figures:
        if f.kind in LINKED:
            return f.start
    return default


@mypyc_attr(native_class=False)  # its lazy attributes are set on the instance when read
class SentenceView:
    """Answers about positions in one sentence (``terms`` in text order, as
    ``find_terms`` gives them).  What every view is asked (its funds, rate
    cues and periods: a topic update reads them all) is found on
    construction; the other costly parts are lazy (computed on first use,
    then kept), so a sentence without figures costs little more than its terms."""

    def __init__(self, text: str, figures: list[Figure], terms: list[Term]):
        self.text = text
        self.figures = figures
        self.terms = terms
        self.years = [f for f in figures if f.kind == "year"]
        self.accounts = [t for t in terms if t.kind == "account"]
        self.first_figure = first_linked(figures, len(text))
        # the qualifiers (（含…）), read by the layout and the funds (one in (含…) stays)
        self._qualifiers: list[tuple[int, int]] = cues.spans("qualifier", text)
        self.funds: list[Term] = _funds(text, terms, self._qualifiers if "（" in text else [])
        # spans of the completion-rate cues (budget_rate)
        self._rates: list[tuple[int, int]] = cues.spans("budget_rate", text)
        # whether a basis cue may match anywhere (half the sentences hold none
        # of their gate characters: ``basis_before`` then reads no phrase)
        self._may_name_basis = cues.may_match_any(BASIS_CUES, text, 0, len(text))
        # the period named last before any position (``period_before``)
        self.period_index = PeriodIndex(text)
        # ``fund_before`` by (funds ending by the position, list region)
        self._fund_memo: dict[tuple[int, tuple[int, int] | None], Term | None] = {}

    @lazy
    def layout(self) -> clauses.Layout:
        return clauses.layout(self.text, lists=self.lists, qualifiers=self._qualifiers)

    @lazy
    def lists(self) -> tuple[tuple[int, int], ...]:
        """The 其中 lists (a topic needs them where no clause is asked about)."""
        return clauses.list_regions(self.text, frozenset(
            [f.end for f in self.figures if f.kind == "money"]))  # (a list: no generator steps)

    @lazy
    def fund_candidates(self) -> int:
        """How many distinct funds the sentence names."""
        return len({t.id for t in self.funds})

    @lazy
    def metrics(self) -> list[Term]:
        """Metric words, less those inside a completion-rate or share phrase."""
        masked = self._rates + cues.spans("share", self.text)
        if not masked:  # most sentences: no span to test each word against
            return [t for t in self.terms if t.kind == "metric"]
        return [t for t in self.terms if t.kind == "metric"
                and not any(a <= t.start < b for a, b in masked)]

    def rate_end(self, lo: int, hi: int) -> int:
        """End of the last completion-rate cue in ``text[lo:hi]`` (relative; -1: none)."""
        if not self._rates and cues.window_stable("budget_rate"):
            return -1  # most sentences: no cue in the text, so none in a slice of it
        return cues.end_of_last_in("budget_rate", self.text, self._rates, lo, hi)

    def says_rate(self) -> bool:
        """Whether the sentence names a completion rate."""
        return bool(self._rates)

    @lazy
    def _runs(self) -> dict[int, list[int]]:
        return {i: run for run in clauses.runs(self.text, self.figures) for i in run}

    @lazy
    def _strong_breaks(self) -> list[tuple[int, int]]:
        return cues.spans("strong_break", self.text)

    def period_before(self, pos: int) -> str | None:
        """The period named last before ``pos`` (``periods.last_period``)."""
        return self.period_index.last_before(pos)

    # -------------------------------------------------------------- layout
    def clause_start(self, pos: int) -> int:
        """``layout.clause_start(pos)``, read here (figures ask it several times)."""
        breaks = self.layout.breaks
        i = bisect_right(breaks, pos) - 1
        return breaks[i] if i >= 0 else 0

    def clause_before(self, pos: int) -> str:
        return self.text[self.clause_start(pos):pos]

    def list_at(self, pos: int) -> tuple[int, int] | None:
        lists = self.lists
        return clauses.list_at(lists, pos) if lists else None

    def run_of(self, index: int) -> list[int] | None:
        return self._runs.get(index)

    def respectively_before(self, pos: int) -> bool:
        return cues.has("respectively", self.text[:pos])

    # --------------------------------------------------------------- terms
    def last_term(self, items: list[Term], pos: int, lo: int) -> Term | None:
        """The last of ``items`` (terms of the view, in text order) within ``[lo, pos)``."""
        found = None
        for t in items:
            if t.start >= pos:
                break  # this term and the later ones end after pos
            if lo <= t.start and t.end <= pos:
                found = t
        return found

    def metric_before(self, pos: int, lo: int) -> Term | None:
        """The metric word governing a figure at ``pos`` (searched from ``lo``;
        ``metric_words.metric_before``, bound as a method when compiled too)."""
        return metric_words.metric_before(self, pos, lo)

    def account_before(self, pos: int, lo: int) -> Term | None:
        return self.last_term(self.accounts, pos, lo)

    def fund_before(self, pos: int, region: tuple[int, int] | None) -> Term | None:
        """The nearest fund named before ``pos`` outside other 其中 lists.

        The answer depends only on which funds end by ``pos`` (when their
        ends are in text order, the first ``bisect_right(ends, pos)``) and on
        ``region``, so it is found once for the figures sharing them."""
        ends = self._fund_ends
        if ends is None:
            return self._fund_scan(pos, len(self.funds), region)
        key = (bisect_right(ends, pos), region)
        memo = self._fund_memo
        if key not in memo:
            memo[key] = self._fund_scan(pos, key[0], region)
        return memo[key]

    @lazy
    def _fund_ends(self) -> list[int] | None:
        """The ends of the fund words if they never decrease, else None."""
        ends = [t.end for t in self.funds]
        return ends if ends == sorted(ends) else None  # (sorted: in C, no generator)

    def _fund_scan(self, pos: int, n: int, region: tuple[int, int] | None) -> Term | None:
        """``fund_before`` read from the ``n`` first funds, the last first."""
        for k in range(n - 1, -1, -1):
            t = self.funds[k]
            if t.end <= pos and self.list_at(t.start) in (None, region):
                return coordinated_head(self.funds, k, self.text)
        return None

    def fund_group_before(self, pos: int) -> list[Term]:
        """Funds joined by 、/和/及 that end the last fund mention before ``pos``."""
        last = [k for k, t in enumerate(self.funds) if t.end <= pos]
        if not last:
            return []
        k = last[-1]
        head = coordinated_head(self.funds, k, self.text)
        return self.funds[self.funds.index(head):k + 1]

    def topic_fund(self) -> Term | None:
        """The fund the sentence is about: named before its first figure.

        A fund named inside an explanation ("主要原因为：由于机关事业单位养老
        保险改革……") is what the reason is about, not the sentence's topic.
        """
        first = self.first_figure
        limit = None  # where the funds may end: searched once a fund ends before ``first``
        for k, t in enumerate(self.funds):
            if t.end > first:
                continue
            if limit is None:
                m = cues.cue("explanation").search(self.text)
                limit = min(first, m.start()) if m else first
            if t.end <= limit and self.list_at(t.start) is None:
                return coordinated_head(self.funds, k, self.text)
        return None

    # --------------------------------------------------------- year, basis
    def years_before(self, pos: int) -> list[Figure]:
        return [y for y in self.years if y.end <= pos]

    def year_at(self, pos: int, report_year: int | None, latest: bool = False) -> int | None:
        """The year of a figure at ``pos`` (``years.year_at``): a method over the
        function, so that it binds as one when ``years`` is compiled."""
        return years.year_at(self, pos, report_year, latest)

    # what ``year_at`` reads, each found once per sentence
    _year_marks = lazy(years.year_marks)
    _previous_year_from = lazy(years.previous_year_from)
    _opening_earlier = lazy(years.opening_earlier)

    def phrase_start(self, pos: int) -> int:
        """Start of the phrase holding ``pos``: after the last comma or semicolon."""
        return max(0, cues.end_of_last_by("strong_break", self.text, self._strong_breaks, pos))

    def basis_before(self, pos: int, strong: bool = False) -> Basis | None:
        """budget/actual from the last basis cue before ``pos``, rates excluded.

        ``strong`` limits the search to the phrase since the last comma or
        semicolon; otherwise the whole sentence before ``pos`` is read.
        """
        if not self._may_name_basis:
            return None  # no basis cue in the sentence, nor in any phrase of it
        lo = self.phrase_start(pos) if strong else 0
        if lo >= pos or not cues.may_match_any(BASIS_CUES, self.text, lo, pos):
            return None  # most phrases name no basis: nothing to mask or scan
        window = cues.masked_by("budget_rate", self.text, self._rates, lo, pos)
        if not strong:
            # a comparison with the budget names budget figures in its own phrase
            # ("较预算数…227元") but says nothing of the sentence's topic
            window = cues.masked("budget_gap", window)
        b, a = cues.end_of_last_rare("budget", window), cues.end_of_last_rare("actual", window)
        if b < 0 and a < 0:
            return None
        return "budget" if b > a else "actual"

    # --------------------------------------------------------- own wording
    def only_cues(self, lo: int, pos: int) -> bool:
        """True when the words before a figure are basis cues and fillers only."""
        rest = self.text[lo:pos]
        names = ("budget_rate", "budget", "actual", "previous_year")
        if not any(cues.has(n, rest) for n in names):
            return False
        for name in (*names, "yoy", "this_year"):
            rest = cues.cue(name).sub("", rest)
        for y in self.years:
            rest = rest.replace(y.text, "")
        return len(cues.cue("filler").sub("", rest)) < 2

    def own_words(self, lo: int, pos: int) -> bool:
        """True when a figure has words of its own beyond funds and accounts."""
        rest = self.text[lo:pos]
        for t in self.funds + self.accounts:
            if lo <= t.start and t.end <= pos:
                rest = rest.replace(t.text, "")
        for y in self.years:
            rest = rest.replace(y.text, "")
        return len(cues.cue("filler").sub("", rest)) >= 2

    def metrics_before(self, pos: int) -> list[Term]:
        return [t for t in self.metrics if t.end <= pos]

    def account_since_fund(self, pos: int) -> Term | None:
        """The last account named before ``pos`` with no fund named after it."""
        acc = self.last_term(self.accounts, pos, 0)
        fund = self.last_term(self.funds, pos, 0)
        if acc is None or (fund is not None and fund.start > acc.start):
            return None
        if cues.cue("sentence_break").search(self.text, acc.end, pos):  # "；累计结余…": a new statement
            return None
        return acc
