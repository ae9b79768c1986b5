"""Facts of an archive as statements of a report: what the cross-report checks compare.

A ``Statement`` is one stored fact with the report that states it (source,
sha256, region, report year, genre).  Its ``series`` key names what the
figure measures regardless of year: fund, account, metric (and the words
of an ``other`` metric), basis, measure, period and period scope, so a
half-year figure never meets the year's.  An ``ArchiveFlag`` is an output
``Flag`` on one statement with the statements of other reports behind it
(``evidence``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath

from shebao.check.facts import interval
from shebao.confidence import CONFIDENT, LIKELY
from shebao.records import Fact, Flag


@dataclass(frozen=True)
class Statement:
    fact: Fact
    fact_id: int
    sha256: str
    report_index: int
    source: str
    title: str | None
    region: str
    report_year: int | None
    genre: str | None
    slip: bool  # its own report's checks already flag it as a unit or digit slip

    @property
    def series(self) -> tuple:
        f = self.fact
        name = f.metric_name if f.metric == "other" else None
        return (f.fund, f.account, f.metric, name, f.basis, f.measure, f.period, f.period_scope)

    @property
    def year(self) -> int:
        return self.fact.year or 0

    @property
    def wan(self) -> Decimal:
        return self.fact.value_wan or Decimal(0)

    @property
    def own(self) -> bool:
        """Stated by the report of its own year."""
        return self.report_year == self.fact.year

    @property
    def usable(self) -> bool:
        """Linked to a named metric (its fund may come from a heading), no flagged slip.

        A slip across reports needs the digits to match, which a wrong link
        hardly ever does; a conflict needs ``confident`` links on both sides.
        """
        return self.fact.confidence >= LIKELY and not self.slip

    @property
    def confident(self) -> bool:
        return self.fact.confidence >= CONFIDENT

    def agrees(self, other: "Statement") -> bool:
        """Both figures may stand for one value (their rounding intervals meet)."""
        return interval(self.fact).meets(interval(other.fact))

    def evidence(self) -> dict:
        """This statement as evidence of a flag on another report's figure."""
        return {"source": self.source, "sha256": self.sha256, "report_index": self.report_index,
                "report_year": self.report_year, "year": self.fact.year,
                "text": " ".join(self.fact.text.split()), "start": self.fact.start,
                "end": self.fact.end, "value_wan": self.fact.value_wan}


@dataclass(frozen=True)
class ArchiveFlag:
    at: Statement
    flag: Flag
    evidence: tuple[Statement, ...]


def log_ratio(a: Decimal, b: Decimal) -> float | None:
    """log10(a / b), or None unless both are positive."""
    if a <= 0 or b <= 0:
        return None
    return math.log10(a / b)


def figure(s: Statement) -> str:
    """The figure as written, on one line."""
    return " ".join(s.fact.text.split())


def where(s: Statement) -> str:
    """Where a statement stands, for messages: the report's year and file name."""
    year = f"the {s.report_year} report" if s.report_year else "the report"
    return f"{year} ({PurePath(s.source).name})"


def statement(row) -> Statement:
    """A statement from a row of ``store.archive.STATEMENTS``."""
    fact = Fact(fund=row["fund"], fund_name=row["fund_name"], account=row["account"],
                metric=row["metric"], metric_name=row["metric_name"], year=row["year"],
                basis=row["basis"], measure=row["measure"], value=Decimal(row["value_exact"]),
                unit=row["unit"], value_wan=Decimal(row["value_wan_exact"]), text=row["text"],
                sentence="", section=(), start=row["start"], end=row["end"],
                confidence=row["confidence"] or 0.0, mention=row["mention"] or "text",
                period=row["period"] or "year", period_scope=row["period_scope"])
    return Statement(fact=fact, fact_id=row["fact_id"], sha256=row["sha256"],
                     report_index=row["report_index"], source=row["source"], title=row["title"],
                     region=row["region"], report_year=row["report_year"], genre=row["genre"],
                     slip=bool(row["suspect"]))
