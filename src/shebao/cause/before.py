"""Causes stated before their effect, with no opening cue.

Two frames of ``resources/cause_cues.yaml``:

- ``effect_follows`` (kind ``before``): ……（explanation），使得/造成/导致/致使
  (fund metric + direction).  The explanation runs back from the marker to the
  start of its sentence, and on through the figure-free sentences before it.
- ``through`` (kind ``through``): 通过（action）……，（fund metric + outcome).
- ``reason_last`` (kind ``last``): （explanation），是增长的主要原因。 — the
  explanation runs from the start of its sentence to the cue; the statement it
  explains is the one before it (linked like a headline cue).

Either frame is a cause only when the clause after it names a fund metric
(or a deficit); each metric named there is one explained statement.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass

from shebao.cause.clauses import Clause, index_of
from shebao.cause.cues import Cue, cue_table, effect_word, excluded, finditer, pattern, states
from shebao.cause.extent import back_start, sentence_start
from shebao.records import Effect
from shebao.scan import first_of
from shebao.tag.terms import find_terms

EDGE = " \n\t：:，,；;。、“”「」"
CLAUSE_MARKS = "，,；;。！？!?\n"


@dataclass(frozen=True)
class Outcome:
    """A metric named in an effect clause (offsets into the clause text)."""

    fund: str | None
    metric: str
    effect: Effect
    start: int


def effect_clause(text: str, pos: int) -> str:
    """The text from ``pos`` to the end of its clause."""
    end = first_of(text, CLAUSE_MARKS, pos)
    return text[pos:len(text) if end < 0 else end]


def outcomes(clause: str) -> list[Outcome]:
    """Fund metrics an effect clause names, each with the direction stated after it
    (收入、支出增幅较大 → both increase); a deficit (收不抵支) is the year's balance."""
    terms = find_terms(clause)
    fund = next((t.id for t in terms if t.kind == "fund"), None)
    metrics = [t for t in terms if t.kind == "metric"]
    last = clause[metrics[-1].end:] if metrics else clause
    out = []
    for k, term in enumerate(metrics):
        upto = metrics[k + 1].start if k + 1 < len(metrics) else len(clause)
        effect = effect_word(clause[term.end:upto]) or effect_word(last) or "other"
        out.append(Outcome(fund=fund, metric=term.id, effect=effect, start=term.start))
    for state in states(clause):  # 支出增幅高于收入增幅, 资金吃紧, 穿底
        out = [o for o in out if o.start < state.start or o.start >= state.end]
        if not any(o.metric == state.metric for o in out):
            out.append(Outcome(fund=fund, metric=state.metric, effect=state.effect,
                               start=state.start))
    return sorted(out, key=lambda o: o.start)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


class Taken:
    """Spans of text already explained, sorted by start: whether a span overlaps
    one of them is answered from the few that start near it, not by a scan of all."""

    __slots__ = ("_spans", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._longest = max((b - a for a, b in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """``any(a < end and start < b for a, b in spans)``: a span starting before
        ``start - longest`` ends before ``start``, so only those after it are read."""
        lo = bisect_left(self._spans, (start - self._longest,))
        hi = bisect_left(self._spans, (end,))
        return any(start < b for _, b in self._spans[lo:hi])


def _cue(name: str, m) -> Cue:
    return Cue(name=name, kind=cue_table()[name]["kind"], start=m.start(), end=m.end(),
               text=m.group())


def effect_follows(text: str, clauses: list[Clause], taken: Taken,
                   opening: list[Cue]) -> list[tuple[int, int, Cue]]:
    """(start, end, cue) of explanations closed by 使得/造成/导致/致使 that no
    other cue or explanation already covers (``opening``: cues in text order)."""
    starts = [c.start for c in opening]
    out = []
    for m in finditer("effect_follows", text):
        at = index_of(clauses, m.start())
        first = back_start(text, clauses, at)
        if not text[clauses[first].start:m.start()].strip(EDGE) and first > 0 \
                and pattern("back_marker").match(m.group()):
            first = back_start(text, clauses, first - 1)  # 为此， / 这使…… open the sentence
        start, end = _strip(text, clauses[first].start, m.start())
        if end <= start or excluded(text[clauses[first].start:m.start()]):
            continue
        if taken.overlaps(start, end) or bisect_left(starts, start) < bisect_left(starts, m.start()):
            continue
        pos = m.end()
        while pos < len(text) and text[pos] in EDGE:
            pos += 1
        if outcomes(effect_clause(text, pos)):
            out.append((start, end, _cue("effect_follows", m)))
            taken.add(start, end)
    return out


def through(text: str, clauses: list[Clause], taken: Taken) -> list[tuple[int, int, Cue]]:
    """(start, end, cue) of 通过 + action clauses followed, in the same sentence, by
    a clause on a fund metric (a 使得/造成 result is left to ``effect_follows``)."""
    out = []
    for m in pattern("through").finditer(text):
        at = index_of(clauses, m.start())
        for k in range(at + 1, len(clauses)):
            if clauses[k].sentence != clauses[at].sentence:
                break
            body = clauses[k].text
            if pattern("effect_follows").search(body):
                break
            if _subject_outcome(body):
                start, end = _strip(text, m.end(), clauses[k].start)
                if end > start and not taken.overlaps(start, end):
                    out.append((start, end, _cue("through", m)))
                    taken.add(start, end)
                break
    return out


def _subject_outcome(clause: str) -> bool:
    """The clause states what happened to a fund metric: the fund or metric comes
    first, the direction or deficit after it (基金……收不抵支, 收入减少)."""
    ends = [t.end for t in find_terms(clause) if t.kind == "metric"]
    fund = pattern("fund_word").search(clause)
    if fund is not None:
        ends.append(fund.end())
    if not ends or not outcomes(clause):
        return False
    rest = clause[min(ends):]
    return effect_word(rest) is not None or pattern("deficit").search(rest) is not None


def reason_last(text: str, clauses: list[Clause], taken: Taken) -> list[tuple[int, int, Cue]]:
    """(start, end, cue) of explanations closed by 是……的主要原因 at the end of
    their sentence: from the start of the sentence to the cue."""
    out = []
    for m in finditer("reason_last", text):
        first = sentence_start(clauses, index_of(clauses, m.start()))
        start, end = _strip(text, clauses[first].start, m.start())
        if end <= start or excluded(text[start:end]) or taken.overlaps(start, end):
            continue
        out.append((start, end, _cue("reason_last", m)))
        taken.add(start, end)
    return out
