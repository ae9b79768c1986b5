"""What a heading path says of the figures under it: their year and basis.

"一、2023年预算执行情况" then "二、2024年预算草案": the figures of the first
section are 2023 actuals, those of the second 2024 budgets.  The innermost
heading that names a year (or a basis) wins; else the report's year and
its genre's basis.
"""

from __future__ import annotations

from shebao.link import cues
from shebao.records import Basis
from shebao.stdre import Match



def section_year_basis(section: tuple[str, ...], report_year: int | None,
                       genre_basis: Basis) -> tuple[int | None, Basis]:
    """(year, basis) of the figures under heading path ``section``."""
    year, basis = report_year, genre_basis
    for heading in section:
        years: list[Match] = list(cues.cue("heading_year").finditer(heading))
        if len(years) == 1 and not cues.has("compared", heading[:years[0].start()][-1:]):
            year = int(years[0].group("year"))
        b, a = cues.end_of_last("budget", heading), cues.end_of_last("actual", heading)
        if genre_basis == "budget" and max(a, b) >= 0:
            basis = "budget" if b > a else "actual"
        if cues.has("execution_heading", heading):
            basis = "actual"
        elif cues.has("draft_heading", heading):
            basis = "budget"
    return year, basis
