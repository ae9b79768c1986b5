"""A report's figures for an earlier year against that year's own report.

A report of 2021 that gives 2020's income (上年) restates what the 2020
report of the same region said.  When the two cannot be one value (their
rounding intervals do not meet), the pair is explained, in this order, by
a unit slip (one figure read in another money unit fits the other), a
digit slip (one digit dropped, added or swapped), or else it is a
``conflict``.  Which of the two is wrong is told by the series around the
year: the figure farther from the neighbouring years' values is the odd
one; with no neighbours the restatement is flagged (the year's own report
is the primary source), as a warning.  Budget drafts give last year's
figures as estimates (预计执行), so their restatements raise no conflict;
a figure 10^4 away is no estimate and still raises a unit flag.  A slip
needs its digits to match the other figure; a conflict, which does not,
needs confident links (``CONFIDENT``) on both sides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from shebao.check.facts import interval
from shebao.check.fixes import Fix, digit_fixes, unit_fixes
from shebao.check.statements import ArchiveFlag, Statement, figure, log_ratio, where
from shebao.records import Flag, Severity

ESTIMATING_GENRES = frozenset({"budget"})  # their figures for last year are estimates


def _fits(s: Statement, fix: Fix, other: Statement) -> bool:
    return interval(s.fact, fix.value, fix.unit).meets(interval(other.fact))


def _fixes(s: Statement, other: Statement, kind: str) -> list[Fix]:
    candidates = unit_fixes(s.fact) if kind == "unit" else digit_fixes(s.fact)
    return [fix for fix in candidates if _fits(s, fix, other)]


def _distance(s: Statement, neighbours: list[Statement]) -> float | None:
    logs = [log_ratio(s.wan, n.wan) for n in neighbours]
    known = [abs(x) for x in logs if x is not None]
    return sum(known) / len(known) if known else None


def _odd_one(restated: Statement, own: Statement,
             neighbours: list[Statement]) -> tuple[Statement, bool]:
    """The statement that is wrong, and whether the neighbours told it."""
    a, b = _distance(restated, neighbours), _distance(own, neighbours)
    if a is None or b is None or abs(a - b) < 0.3:
        return restated, False
    return (restated, True) if a > b else (own, True)


def _flag(kind: str, severity: Severity, odd: Statement, other: Statement,
          fix: Fix | None) -> ArchiveFlag:
    said = f"{figure(odd)} for {odd.year}"
    if fix is None:
        message = (f"{said} here; {where(other)} states {figure(other)} for the same fact")
    else:
        message = (f"{said} here; {where(other)} states {figure(other)} for the same fact; "
                   f"it agrees if this figure reads {' '.join(fix.suggestion.split())}")
    flag = Flag(kind=kind, severity=severity, message=message,  # type: ignore[arg-type]
                text=odd.fact.text, start=odd.fact.start, end=odd.fact.end,
                suggestion=None if fix is None else fix.suggestion)
    return ArchiveFlag(odd, flag, (other,))


def compare(restated: Statement, own: Statement,
            neighbours: list[Statement]) -> ArchiveFlag | None:
    """The flag a disagreeing pair raises (None when they agree)."""
    if restated.agrees(own):
        return None
    for kind in ("unit", "digit"):
        mine, theirs = _fixes(restated, own, kind), _fixes(own, restated, kind)
        if not mine and not theirs:
            continue
        odd, told = _odd_one(restated, own, neighbours)
        if not (mine if odd is restated else theirs):
            odd, told = (own if odd is restated else restated), False
        other = own if odd is restated else restated
        fix = (mine if odd is restated else theirs)[0]
        severity: Severity = "error" if kind == "unit" and told else "warning"
        return _flag(kind, severity, odd, other, fix)
    if {restated.genre, own.genre} & ESTIMATING_GENRES:
        return None
    if not (restated.confident and own.confident):
        return None
    return _flag("conflict", "warning", restated, own, None)


def _neighbours(own: dict, s: Statement) -> list[Statement]:
    """Usable own-report statements of the year before and after."""
    out: list[Statement] = []
    for year in (s.year - 1, s.year + 1):
        out.extend(o for o in own.get((s.series, year), [])[:1])
    return out


def restatement_flags(statements: list[Statement]) -> Iterator[ArchiveFlag]:
    """Flags of one region's restatements that disagree with their year's own report."""
    own: dict[tuple, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.own and s.usable:
            own[(s.series, s.year)].append(s)
    for s in statements:
        if s.report_year is None or s.year >= s.report_year or not s.usable:
            continue
        originals = [o for o in own.get((s.series, s.year), []) if o.sha256 != s.sha256
                     or o.report_index != s.report_index]
        if not originals or any(s.agrees(o) for o in originals):
            continue
        flag = compare(s, originals[0], _neighbours(own, s))
        if flag is not None:
            yield flag

