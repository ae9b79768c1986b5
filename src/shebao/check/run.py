"""All checks over one report's facts, as output Flags."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import attrgetter

from shebao.check.cues import cue
from shebao.check.diagnose import Diagnosis, diagnose
from shebao.check.duplicates import clashes, plausible_conflict
from shebao.check.facts import FactIndex
from shebao.check.fixes import unit_fixes
from shebao.check.relations import relations
from shebao.confidence import CONFIDENT
from shebao.records import Fact, Flag, Related, Severity

# Rank of a flag when two land on one figure: slips first, errors first.
KIND_RANK = {"unit": 0, "digit": 1, "count_unit": 2, "conflict": 3, "change": 4,
             "budget_rate": 5, "balance": 6, "sum": 7}


def _figure(fact: Fact) -> str:
    return " ".join(fact.text.split())


def _related(facts: Iterable[Fact], skip: Fact) -> tuple[Related, ...]:
    """The other figures of a relation, each its source slice (as the fact's text)."""
    return tuple(Related(f.text, f.start, f.end) for f in facts if f is not skip)


def _from_diagnosis(d: Diagnosis, explained: bool, strict: bool) -> Flag:
    figures = [_figure(f) for f in d.relation.facts]
    formula = d.relation.formula.format(*figures)
    severity: Severity
    if d.kind in ("unit", "digit") and d.fix is None:
        message = f"{_figure(d.fact)} breaks: {formula}; one {d.kind} slip in it would explain it"
        severity = "warning"
    elif d.fix is not None:
        message = (f"{_figure(d.fact)} breaks: {formula}; "
                   f"it holds if the figure reads {' '.join(d.fix.suggestion.split())}")
        certain = strict and d.relation.certain
        severity = "error" if d.kind == "unit" and certain else "warning"
    else:
        message = formula
        doubtful = (explained and d.kind in ("sum", "balance")) or not strict
        severity = "error" if d.relation.certain and not doubtful else "warning"
    return Flag(kind=d.kind, severity=severity, message=message, text=d.fact.text,
                start=d.fact.start, end=d.fact.end,
                suggestion=None if d.fix is None else d.fix.suggestion,
                related=_related(d.relation.facts, d.fact))


def _tiny_items(index: FactIndex) -> Iterable[Flag]:
    """An item in 元 that, read in its total's unit, would fit the total."""
    for (start, _), items in index.parts().items():
        head = index.at(start)
        if head is None or head.value_wan is None or head.value_wan <= 0:
            continue
        for item in items:
            if item.unit == head.unit or item.value_wan is None or item.value_wan <= 0:
                continue
            if item.metric == "other":
                continue  # per-person amounts and the like are small by nature
            for fix in unit_fixes(item):
                if fix.unit != head.unit:
                    continue
                if (head.value / 100 <= fix.value <= head.value
                        and item.value_wan < head.value_wan / 1000):
                    yield Flag(kind="unit", severity="warning",
                               message=f"{_figure(item)} is an item of {_figure(head)} but under "
                               f"a thousandth of it; read as {fix.suggestion} it fits",
                               text=item.text, start=item.start, end=item.end,
                               suggestion=fix.suggestion,
                               related=(Related(head.text, head.start, head.end),))


def _same_row(a: Fact, b: Fact) -> bool:
    """Two cells of one table row."""
    return a.mention == b.mention == "table" and _row(a) == _row(b)


def _row(fact: Fact) -> str:
    """The row label of a table fact (its built sentence starts with it)."""
    return fact.sentence.split(" ", 1)[0]


# a flag's start, a fact's sentence and unit: read in C, one after the other
_start, _sentence, _unit = attrgetter("start"), attrgetter("sentence"), attrgetter("unit")


def check_facts(facts: list[Fact], notes: Iterable[str] = ()) -> list[Flag]:
    """Flags for one report's facts, at most one per figure, in text order.

    Facts of different periods (a half-year and the year) never meet in a
    relation: each period's facts are checked on their own.  ``notes`` are
    the report's other sentences: one saying its totals leave something out
    ("不含上解下拨") turns sum and balance errors into warnings.
    """
    # one search over all notes (the cue's words never span a line break)
    noted = cue("explained_gap").search("\n".join(notes)) is not None
    periods: dict[str, list[Fact]] = {}
    for fact in facts:
        periods.setdefault(fact.period, []).append(fact)
    flags = [f for group in periods.values() for f in _check_period(group, noted)]
    return sorted(flags, key=_start)


def _check_period(facts: list[Fact], noted: bool) -> list[Flag]:
    """``noted``: a note of the report says its totals leave something out."""
    index = FactIndex(list(facts))
    # one search over each sentence once (the cue's words never span a line break)
    explained = noted or cue("explained_gap").search(
        "\n".join(dict.fromkeys(map(_sentence, facts)))) is not None
    flags: list[Flag] = []
    units = Counter(map(_unit, facts))
    suspects: set[int] = set()
    for relation in relations(index):
        d = None  # a relation that holds has no strict diagnosis
        if not index.holds(relation):
            suspect = index.alternative_fixing(relation)
            if suspect is not None:
                suspects.add(id(suspect))  # stated twice; the other statement fits
                continue
            d = diagnose(relation, units, index)
        if d is not None:
            flags.append(_from_diagnosis(d, explained, strict=True))
        elif relation.at_most and relation.certain:
            d = diagnose(relation, units, index, strict=False)
            if d is not None:
                flags.append(_from_diagnosis(d, explained, strict=False))
    for c in clashes(index, units, suspects):
        other = _figure(c.other)
        severity: Severity
        if c.fix is None:
            if _same_row(c.fact, c.other) or not plausible_conflict(c.fact, c.other):
                continue
            sure = min(c.fact.confidence, c.other.confidence) >= CONFIDENT
            severity = "error" if sure else "warning"
            message = f"{_figure(c.fact)} and {other} are stated for the same fact"
        else:
            severity = "error" if c.kind == "unit" else "warning"
            message = (f"{_figure(c.fact)} contradicts {other} stated for the same fact; "
                       f"likely {' '.join(c.fix.suggestion.split())}")
        flags.append(Flag(kind=c.kind, severity=severity, message=message, text=c.fact.text,
                          start=c.fact.start, end=c.fact.end,
                          suggestion=None if c.fix is None else c.fix.suggestion,
                          related=(Related(c.other.text, c.other.start, c.other.end),)))
    flags.extend(_tiny_items(index))
    best: dict[int, Flag] = {}
    for flag in flags:
        rank = (KIND_RANK[flag.kind], flag.severity != "error")
        kept = best.get(flag.start)
        if kept is None or rank < (KIND_RANK[kept.kind], kept.severity != "error"):
            best[flag.start] = flag
    return sorted(best.values(), key=_start)
