"""budget_rate of a self-evaluation row: its stated execution rate against
the report's own actual and budget expenditure.

A 绩效自评表 row such as "基本医疗保险支出预算执行率 95%–105% / 61%" states
a completion rate; the report's prose states the year's actual and budget
expenditure.  When no pair of those gives the stated rate (within the
written precision), the row is flagged.  Which fund's pair the table means
is inferred (the row's own fund when it names one), so the flag is a
warning.
"""

from __future__ import annotations

from collections.abc import Iterable

from shebao.check.cues import cue
from shebao.check.facts import interval
from shebao.check.intervals import HUNDRED, Interval
from shebao.records import Fact, Flag, Indicator, Related
from shebao.tag.terms import find_terms



def _pairs(facts: Iterable[Fact]) -> list[tuple[Fact, Fact]]:
    """(actual, budget) expenditure totals of one fund and year."""
    levels = [f for f in facts if f.metric == "expenditure_total" and f.measure == "level"
              and f.account is None and f.unit != "%"]
    budgets: dict[tuple, list[Fact]] = {}  # (fund, year) → its budget levels, in order
    for b in levels:
        if b.basis == "budget":
            budgets.setdefault((b.fund, b.year), []).append(b)
    return [(a, b) for a in levels if a.basis == "actual" for b in budgets.get((a.fund, a.year), ())]


def indicator_flags(indicators: Iterable[Indicator], facts: list[Fact]) -> list[Flag]:
    """Warnings on execution-rate rows that no actual/budget pair explains."""
    pairs: list[tuple[Fact, Fact]] | None = None  # read when a row asks (most reports have none)
    ratios_of: dict[tuple[int, int], Interval | None] = {}  # actual / budget × 100, per pair
    flags = []
    for row in indicators:
        if row.actual is None or (row.actual_unit or row.unit) != "%":
            continue
        if not cue("execution_rate").search(row.level3 or ""):
            continue
        stated = Interval.written(row.actual)
        funds = {t.id for t in find_terms(row.level3 or "") if t.kind == "fund"}
        pairs = _pairs(facts) if pairs is None else pairs
        mine = [(a, b) for a, b in pairs if not funds or a.fund in funds]
        for a, b in mine:
            if (id(a), id(b)) not in ratios_of:
                q = interval(a) / interval(b)
                ratios_of[(id(a), id(b))] = None if q is None else q * HUNDRED
        ratios = [(a, b, q) for a, b in mine if (q := ratios_of[(id(a), id(b))]) is not None]
        if not ratios or any(q.meets(stated) for _, _, q in ratios):
            continue
        a, b, q = ratios[0]
        flags.append(Flag(
            kind="budget_rate", severity="warning",
            message=f"the table states an execution rate of {row.actual_text}; the report's "
            f"actual {' '.join(a.text.split())} / budget {' '.join(b.text.split())} "
            f"gives {q.mid:.2f}%",
            text=row.text, start=row.start, end=row.end, suggestion=None,
            related=(Related(a.text, a.start, a.end),
             Related(b.text, b.start, b.end))))
    return flags
