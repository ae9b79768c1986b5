"""A series over the years with one year 10^4 or ten times off its neighbours.

Per series key and year one statement stands for the year: the year's own
report's first usable one, else the restatement of the nearest later
report.  Only levels are checked (a change may turn sign, a rate is no
money), and no year's balance (income less spending swings tenfold in
honest years).  A year is judged against two references: the years just before
and after it, or, at an end of the series, the two nearest years on its
side; the references must agree with each other (within a factor of 3,
of 2 for a digit), or the series is too rough to tell.  Then:

* ``unit``: the year is about 10^4 or 10^8 away from both references (a
  factor within 10 of it) and the figure read in another money unit lands
  within a factor of 3 of both; the suggestion is that reading.
* ``digit``: the year is five to twenty times off both references, the
  same way, and one digit added to or dropped from its written number
  brings it within a factor of 1.5 of both (the digits match; which digit
  is unknown, so no suggestion).

Both are warnings: a series is a strong hint, not arithmetic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from shebao.check.facts import interval
from shebao.check.fixes import digit_fixes, unit_fixes
from shebao.check.statements import ArchiveFlag, Statement, figure, log_ratio
from shebao.records import Flag

MAX_GAP = 3  # years between a year and its nearer reference
UNIT_POWERS = (4, -4, 8, -8)
SWINGING_METRICS = frozenset({"annual_balance"})  # a difference of two flows


def picks(statements: list[Statement], skip: set[int]) -> dict[tuple, dict[int, Statement]]:
    """Series key → year → the statement standing for it (usable levels only)."""
    out: dict[tuple, dict[int, Statement]] = defaultdict(dict)
    ranked = sorted((s for s in statements if s.usable and s.fact_id not in skip
                     and s.fact.measure == "level"
                     and s.fact.metric not in SWINGING_METRICS),
                    key=lambda s: (not s.own, s.report_year or 0, s.fact_id))
    for s in ranked:
        out[s.series].setdefault(s.year, s)
    return out


def references(years: list[int], i: int) -> tuple[int, int] | None:
    """The two years a year is judged against (indexes into ``years``)."""
    if 0 < i < len(years) - 1:
        pair = (i - 1, i + 1)
    elif i == 0 and len(years) > 2:
        pair = (1, 2)
    elif i == len(years) - 1 and len(years) > 2:
        pair = (i - 1, i - 2)
    else:
        return None
    nearest = min(abs(years[i] - years[j]) for j in pair)
    return pair if nearest <= MAX_GAP else None


def _within(value, refs: list[Statement], factor: float) -> bool:
    logs = [log_ratio(value, r.wan) for r in refs]
    return all(x is not None and abs(x) <= factor for x in logs)


def _unit(s: Statement, refs: list[Statement]) -> Flag | None:
    logs = [log_ratio(s.wan, r.wan) for r in refs]
    if any(x is None for x in logs):
        return None
    if not any(all(abs(x - p) <= 1 for x in logs if x is not None) for p in UNIT_POWERS):
        return None
    for fix in unit_fixes(s.fact):
        if _within(interval(s.fact, fix.value, fix.unit).mid, refs, 0.48):
            return Flag(kind="unit", severity="warning",
                        message=_message(s, refs, "10^4 or more"), text=s.fact.text,
                        start=s.fact.start, end=s.fact.end, suggestion=fix.suggestion)
    return None


def _digit(s: Statement, refs: list[Statement]) -> Flag | None:
    logs = [log_ratio(s.wan, r.wan) for r in refs]
    if any(x is None or not 0.7 <= abs(x) <= 1.3 for x in logs):
        return None
    if len({x > 0 for x in logs if x is not None}) != 1:
        return None
    for fix in digit_fixes(s.fact):
        if _within(interval(s.fact, fix.value, fix.unit).mid, refs, 0.18):
            return Flag(kind="digit", severity="warning",
                        message=_message(s, refs, "about ten"), text=s.fact.text,
                        start=s.fact.start, end=s.fact.end)
    return None


def _message(s: Statement, refs: list[Statement], times: str) -> str:
    around = " and ".join(f"{figure(r)} for {r.year}" for r in sorted(refs, key=lambda r: r.year))
    return (f"{figure(s)} for {s.year} is {times} times off the same series in other years "
            f"({around})")


def jump_flags(statements: list[Statement], skip: Iterable[int] = ()) -> Iterator[ArchiveFlag]:
    """Flags of one region's series: the odd year of each jump (``skip``: fact ids)."""
    for by_year in picks(statements, set(skip)).values():
        years = sorted(by_year)
        for i, year in enumerate(years):
            pair = references(years, i)
            if pair is None:
                continue
            refs = [by_year[years[j]] for j in pair]
            if not _within(refs[0].wan, refs[1:], 0.48):
                continue
            s = by_year[year]
            flag = _unit(s, refs)
            if flag is None and _within(refs[0].wan, refs[1:], 0.3):
                flag = _digit(s, refs)
            if flag is not None:
                yield ArchiveFlag(s, flag, tuple(refs))
