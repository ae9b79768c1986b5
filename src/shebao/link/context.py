"""Where a figure's fund comes from when its sentence does not say.

The order is the one of the issue: sentence, else paragraph, else heading
path, else the report's title or 项目名称, else the first fund the report
names.  This module holds the report-level part of that chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from shebao.link import cues
from shebao.quickinit import mypyc_attr, quick_init
from shebao.records import Report
from shebao.tag.terms import Term, find_terms

@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class FundRef:
    id: str
    name: str


def fund_of(term: Term) -> FundRef:
    return FundRef(term.id, term.name)


def funds_in(text: str) -> list[Term]:
    return [t for t in find_terms(text) if t.kind == "fund"]


def first_fund(text: str | None) -> FundRef | None:
    """The first fund named in ``text``, the head of a coordinated group."""
    if not text:
        return None
    funds = funds_in(text)
    return fund_of(funds[0]) if funds else None


def heading_fund(section: tuple[str, ...]) -> FundRef | None:
    """The fund of the innermost heading that names one."""
    for heading in reversed(section):
        ref = first_fund(heading)
        if ref is not None:
            return ref
    return None


def report_fund(report: Report) -> FundRef | None:
    """The report's own fund: its 项目名称, its title, else its first fund."""
    for text in (report.project, report.title):
        ref = first_fund(text)
        if ref is not None:
            return ref
    for para in report.paragraphs[:12]:
        ref = first_fund(para.text)
        if ref is not None:
            return ref
    return None


def coordinated_head(terms: list[Term], index: int, text: str) -> Term:
    """Walk back from ``terms[index]`` over funds joined by 、/和/及."""
    while index > 0:
        prev, cur = terms[index - 1], terms[index]
        between = cues.cue("bracketed").sub("", text[prev.end:cur.start]).strip()
        if prev.kind != "fund" or not cues.has("coordinator", between):
            break
        index -= 1
    return terms[index]
