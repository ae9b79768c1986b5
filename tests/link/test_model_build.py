"""build: a plain frozen record from its fields without its frozen __init__."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from shebao.link.model import Draft, Evidence, Statement, build
from shebao.records import Fact, Figure, Sentence
from tests.link.checked import Checked

FACT = dict(fund="basic_pension", fund_name=None, account=None, metric="income_total",
            metric_name=None, year=2021, basis="actual", measure="level",
            value=Decimal("12.5"), unit="万元", value_wan=Decimal("12.5"), text="12.5万元",
            sentence="全年收入12.5万元", section=("一、收入",), start=4, end=11,
            confidence=0.9)


def test_build_equals_the_record_built_by_its_init() -> None:
    built, made = build(Fact, **FACT, period="H1"), Fact(**FACT, period="H1")
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert list(vars(built).items()) == list(vars(made).items())  # declared order, defaults
    with pytest.raises(AttributeError):
        built.year = 2022  # type: ignore[misc]


def test_build_reorders_keywords_given_out_of_order() -> None:
    given = dict(reversed(list(FACT.items())))
    assert list(vars(build(Fact, **given))) == list(vars(Fact(**FACT)))


def test_build_a_draft_like_the_linker() -> None:
    fig = Figure(kind="money", start=4, end=11, text="12.5万元", value=Decimal("12.5"),
                 unit="万元")
    sentence = Sentence(start=0, end=11, text="全年收入12.5万元")
    values = dict(figure=fig, fund=None, account=None, metric="income_total",
                  metric_name=None, year=2021, basis="actual", measure="level",
                  value=Decimal("12.5"), sentence=sentence, section=(), confidence=0.9,
                  evidence=Evidence(metric_source="chain"))
    assert build(Draft, **values) == Draft(**values)  # type: ignore[arg-type]


def test_build_leaves_other_records_and_wrong_fields_to_init() -> None:
    @dataclass(frozen=True)
    class WithFactory:
        items: list[int] = field(default_factory=list)

    assert build(WithFactory).items == []
    with pytest.raises(ValueError):
        build(Checked, a=-1)
    with pytest.raises(TypeError):
        build(Statement, colour="red")
    with pytest.raises(TypeError):
        build(Fact, fund="basic_pension")  # required fields missing


def test_build_with_every_field_in_order_equals_init() -> None:
    made = Fact(**FACT)
    every = dict(vars(made))
    built = build(Fact, **every)
    assert built == made and list(vars(built).items()) == list(vars(made).items())
