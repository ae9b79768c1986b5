"""What a report remembers of its headings (period, year, basis) answers as
reading each heading afresh would, whatever the order the sections come in."""

from __future__ import annotations

import itertools

import pytest
from shebao.link import family
from shebao.link.context import FundRef
from shebao.link.headings import (SectionContexts, heading_terms, heading_year_basis,
                                  section_year_basis)
from shebao.link.periods import context_period
from shebao.tag.terms import find_terms

HEADINGS = [
    "一、2023年预算执行情况", "二、2024年基金预算草案", "（一）1-6月收支", "（二）第三季度",
    "三、与2022年相比", "1.收入预算", "2.支出执行情况", "四、基金结余", "（三）前三季度累计",
    "说明", "2025年收入预计", "（四）截至9月底",
]
SECTIONS = [tuple(p) for n in (1, 2, 3) for p in itertools.permutations(HEADINGS[:7], n)]
SECTIONS += [tuple(p) for p in itertools.permutations(HEADINGS[5:], 2)]
TITLES = ["某市2023年社会保险基金预算执行报告", "某地2024年1-9月基金运行情况", None]


@pytest.mark.parametrize("title", TITLES)
def test_headings_memo_context_period_as_read_afresh(title: str | None) -> None:
    read: dict[str, str | None] = {}
    for section in SECTIONS:
        assert context_period(section, title, read) == context_period(section, title)
    assert read  # the headings were remembered


@pytest.mark.parametrize(("year", "genre"), [(2023, "budget"), (2024, "actual"), (None, "budget")])
def test_headings_memo_year_basis_as_read_afresh(year: int | None, genre: str) -> None:
    read: dict = {}
    for section in SECTIONS:
        assert (section_year_basis(section, year, genre, read)  # type: ignore[arg-type]
                == section_year_basis(section, year, genre))  # type: ignore[arg-type]
    assert read


def test_headings_memo_year_basis_innermost_wins() -> None:
    read: dict = {}
    section = ("一、2023年预算执行情况", "二、2024年基金预算草案")
    assert section_year_basis(section, 2020, "budget", read) == (2024, "budget")
    assert section_year_basis(section[:1], 2020, "budget", read) == (2023, "actual")


def test_headings_memo_terms_are_find_terms_kept_per_text() -> None:
    for heading in [*HEADINGS, "（一）企业职工基本养老保险基金", "二、工伤、失业保险基金收支"]:
        assert heading_terms(heading) == tuple(find_terms(heading))
        assert heading_terms(heading) is heading_terms(heading)  # read once


@pytest.mark.parametrize("genre", ["budget", "actual"])
def test_headings_memo_year_basis_kept_per_text_as_read_afresh(genre: str) -> None:
    for heading in HEADINGS:
        afresh = heading_year_basis.__wrapped__(heading, genre)  # type: ignore[attr-defined]
        assert heading_year_basis(heading, genre) == afresh  # type: ignore[arg-type]


def test_headings_memo_section_contexts_of_two_reports_as_read_afresh() -> None:
    funds = ["（一）企业职工基本养老保险基金", "（二）城乡居民基本养老保险基金", "1.基金收入"]
    sections = [tuple(p) for n in (1, 2) for p in itertools.permutations(funds + HEADINGS[:3], n)]
    for fallback in (FundRef("enterprise_pension", "企业职工基本养老保险基金"), None):
        for _ in range(2):  # a second report meets the same headings
            contexts = SectionContexts(fallback, 2023, "budget")
            for section in sections:
                assert contexts.of(section) == (
                    family.section_fund(section, fallback),
                    *section_year_basis(section, 2023, "budget"))
