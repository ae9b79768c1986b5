"""evolve: the linker's cheap replace of a record's fields."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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


def test_evolve_copies_slots_records_and_fails_loudly_on_other_slots() -> None:
    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int
        b: str = "x"

    class Bare:  # slots, but no record: nothing says what its fields are
        __slots__ = ("a",)

        def __init__(self, a: int):
            self.a = a

    assert evolve(Slotted(a=1), a=2) == replace(Slotted(a=1), a=2) == Slotted(a=2, b="x")
    statement = Statement(metric="income_total", year=2021)
    assert evolve(statement, basis="budget", anchor=3) == replace(statement, basis="budget",
                                                                  anchor=3)
    with pytest.raises(TypeError):
        evolve(Bare(1), a=2)
    with pytest.raises(TypeError):
        evolve(Slotted(a=1), c=3)


def test_evolve_copies_are_records_like_any_other() -> None:
    statement = Statement(metric="income_total", year=2021)
    copy = evolve(statement, year=2022)
    assert copy == Statement(metric="income_total", year=2022)
    assert statement.year == 2021  # the original is untouched
    fig = Figure(kind="money", start=3, end=8, text="52万元", value=Decimal("52"), unit="万元")
    moved_fig = evolve(fig, start=13)
    assert hash(moved_fig) == hash(replace(fig, start=13))
    with pytest.raises(AttributeError):
        moved_fig.start = 0  # type: ignore[misc]  # a frozen record stays frozen


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


def test_init_values_only_for_mutable_records_taking_every_field_in_order() -> None:
    from shebao.link.model import Draft, _init_values

    @dataclass(slots=True)
    class Mutable:
        a: int
        b: str = "x"

    @dataclass(slots=True)
    class Hidden:
        a: int
        b: str = field(default="x", init=False)

    @dataclass(slots=True)
    class KeywordOnly:
        a: int
        b: str = field(default="x", kw_only=True)

    assert _init_values(Mutable) is not None and _init_values(Mutable)(Mutable(1, "y")) == (1, "y")
    assert _init_values(Statement) is not None and _init_values(Draft) is not None
    for cls in (Hidden, KeywordOnly, Figure, Checked):
        assert _init_values(cls) is None
    statement = Statement(metric="income_total", year=2021, anchor=4)
    copy = evolve(statement, last_kind="count", year=2022)
    assert copy == replace(statement, last_kind="count", year=2022)
    assert evolve(Mutable(1), b="z") == Mutable(1, "z")
