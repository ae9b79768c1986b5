"""evolve: the linker's cheap replace of a record's fields."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import pytest

from shebao.link.model import Statement, evolve
from shebao.records import Figure


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
