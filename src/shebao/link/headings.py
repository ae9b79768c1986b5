"""What a heading path says of the figures under it: their year and basis.

"一、2023年预算执行情况" then "二、2024年预算草案": the figures of the first
section are 2023 actuals, those of the second 2024 budgets.  The innermost
heading that names a year (or a basis) wins; else the report's year and
its genre's basis.  ``SectionContexts`` adds the fund a heading path names
(``family.section_fund``).

What one heading says (its terms, year and basis) depends on its text
alone, and the reports of one archive repeat their headings ("一、基金收入
情况"), so each is read once in a text cache (``shebao.textcache``).
"""

from __future__ import annotations

from shebao.link import cues, family
from shebao.link.context import FundRef
from shebao.records import Basis
from shebao.stdre import Match
from shebao.tag.terms import Term, find_terms
from shebao.textcache import text_cache


def section_year_basis(section: tuple[str, ...], report_year: int | None,
                       genre_basis: Basis,
                       read: dict[str, tuple[int | None, Basis | None]] | None = None,
                       ) -> tuple[int | None, Basis]:
    """(year, basis) of the figures under heading path ``section``; ``read``
    keeps what each heading already read says (one genre's)."""
    year, basis = report_year, genre_basis
    for heading in section:
        if read is None:
            said = heading_year_basis(heading, genre_basis)
        elif heading in read:
            said = read[heading]
        else:
            said = read[heading] = heading_year_basis(heading, genre_basis)
        if said[0] is not None:
            year = said[0]
        if said[1] is not None:
            basis = said[1]
    return year, basis


@text_cache(maxsize=1024)
def heading_terms(text: str) -> tuple[Term, ...]:
    """The lexicon terms of a heading ``text`` (``find_terms``), read once per text."""
    return tuple(find_terms(text))


@text_cache(maxsize=1024)
def heading_year_basis(text: str, genre_basis: Basis) -> tuple[int | None, Basis | None]:
    """The year and basis heading ``text`` names (None: it names none)."""
    year: int | None = None
    basis: Basis | None = None
    years: list[Match] = list(cues.cue("heading_year").finditer(text))
    if len(years) == 1 and not cues.has("compared", text[:years[0].start()][-1:]):
        year = int(years[0].group("year"))
    if genre_basis == "budget":  # (the basis cues are read only where they count)
        b, a = cues.end_of_last("budget", text), cues.end_of_last("actual", text)
        if max(a, b) >= 0:
            basis = "budget" if b > a else "actual"
    if cues.has("execution_heading", text):
        basis = "actual"
    elif cues.has("draft_heading", text):
        basis = "budget"
    return year, basis


class SectionContexts:
    """(fund, year, basis) of each heading path of a report, each read once,
    when a sentence under it first has figures to link
    (``statements.catch_up``)."""

    def __init__(self, fallback_fund: FundRef | None, report_year: int | None,
                 genre_basis: Basis) -> None:
        self.fallback_fund = fallback_fund
        self.report_year = report_year
        self.genre_basis = genre_basis
        self.known: dict[tuple[str, ...], tuple[FundRef | None, int | None, Basis]] = {}
        self.heading_said: dict[str, tuple[int | None, Basis | None]] = {}

    def of(self, section: tuple[str, ...]) -> tuple[FundRef | None, int | None, Basis]:
        if section not in self.known:
            self.known[section] = (
                family.section_fund(section, self.fallback_fund, heading_terms),
                *section_year_basis(section, self.report_year, self.genre_basis,
                                    self.heading_said))
        return self.known[section]
