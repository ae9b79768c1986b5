"""evolve: the linker's cheap replace of a record's fields."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import pytest

from shebao.link.model import Statement, evolve
from shebao.records import Figure
from tests.link.checked import Checked


def test_evolve_equals_replace() -> None:
    statement = Statement(metric="income_total", year=2021, last_kind="money")
    assert evolve(statement, anchor=7) == replace(statement, anchor=7)
    fig = Figure(kind="money", start=3, end=8, text="52万元", value=Decimal("52"), unit="万元")
    assert evolve(fig, start=13, end=18) == replace(fig, start=13, end=18)
    assert evolve(statement) == statement and evolve(statement) is not statement


def test_evolve_fails_loudly_on_a_record_with_slots() -> None:
    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    with pytest.raises(AttributeError):
        evolve(Slotted(a=1), a=2)


def test_evolve_copies_are_records_like_any_other() -> None:
    statement = Statement(metric="income_total", year=2021)
    copy = evolve(statement, year=2022)
    assert copy == Statement(metric="income_total", year=2022)
    assert hash(copy) == hash(Statement(metric="income_total", year=2022))
    assert statement.year == 2021  # the original is untouched
    with pytest.raises(AttributeError):
        copy.year = 2023  # type: ignore[misc]


def test_evolve_runs_post_init_and_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError):
        evolve(Checked(a=1), a=-1)
    with pytest.raises(TypeError):
        evolve(Statement(), colour="red")


def test_moved_is_evolve_of_both_offsets() -> None:
    from shebao.link.model import moved

    for by in (0, 1, 250):
        for high in (None, Decimal("9")):
            fig = Figure(kind="percent", start=4, end=9, text="3.5%", value=Decimal("3.5"),
                         unit="%", high=high)
            shifted = moved(fig, by)
            assert shifted == replace(fig, start=fig.start + by, end=fig.end + by)
            assert hash(shifted) == hash(replace(fig, start=fig.start + by, end=fig.end + by))
            assert (fig.start, fig.end) == (4, 9)  # the original is untouched
            with pytest.raises(AttributeError):
                shifted.start = 0  # type: ignore[misc]
