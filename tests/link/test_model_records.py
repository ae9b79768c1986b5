"""The output facts, built by their quick __init__ (shebao.quickinit), equal
what the dataclass's own __init__ builds; the linker's drafts are slots records."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from shebao.link.model import Draft, Evidence
from shebao.records import Fact, Figure, Sentence

FACT = dict(fund="basic_pension", fund_name=None, account=None, metric="income_total",
            metric_name=None, year=2021, basis="actual", measure="level",
            value=Decimal("12.5"), unit="万元", value_wan=Decimal("12.5"), text="12.5万元",
            sentence="全年收入12.5万元", section=("一、收入",), start=4, end=11,
            confidence=0.9)


def _by_setattr(cls, **values):
    """What a frozen dataclass's own __init__ does: defaults filled, then one
    object.__setattr__ per field in declared order."""
    record = object.__new__(cls)
    for f in dataclasses.fields(cls):
        object.__setattr__(record, f.name, values[f.name] if f.name in values else f.default)
    return record


def test_model_records_fact_equals_the_one_its_dataclass_init_builds() -> None:
    made, plain = Fact(**FACT, period="H1"), _by_setattr(Fact, **FACT, period="H1")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert list(vars(made).items()) == list(vars(plain).items())  # declared order, defaults
    with pytest.raises(AttributeError):
        made.year = 2022  # type: ignore[misc]


def test_model_records_keyword_order_does_not_matter() -> None:
    given = dict(reversed(list(FACT.items())))
    assert list(vars(Fact(**given))) == list(vars(Fact(**FACT)))  # type: ignore[arg-type]


def test_model_records_a_draft_like_the_linker() -> None:
    """A draft never leaves the linker: a slots record, built by keyword,
    its defaults filled, copied by ``dataclasses.replace``."""
    fig = Figure(kind="money", start=4, end=11, text="12.5万元", value=Decimal("12.5"),
                 unit="万元")
    sentence = Sentence(start=0, end=11, text="全年收入12.5万元")
    values = dict(figure=fig, fund=None, account=None, metric="income_total",
                  metric_name=None, year=2021, basis="actual", measure="level",
                  value=Decimal("12.5"), sentence=sentence, section=(), confidence=0.9,
                  evidence=Evidence(metric_source="chain"))
    made = Draft(**values)  # type: ignore[arg-type]
    assert not hasattr(made, "__dict__")
    assert {f.name: getattr(made, f.name) for f in dataclasses.fields(Draft)} == {
        **values, "part_of": None, "part_list": None, "period": None, "period_scope": None}
    renamed = dataclasses.replace(made, metric_name="收入")
    assert renamed.metric_name == "收入" and made.metric_name is None
    assert renamed == Draft(**{**values, "metric_name": "收入"})  # type: ignore[arg-type]
    assert Draft(**{**values, "evidence": Evidence()}).evidence == Evidence(  # type: ignore[arg-type]
        fund_source="section", metric_source="named", fund_candidates=0, fund_distance=-1)


def test_model_records_refuse_unknown_and_missing_fields() -> None:
    with pytest.raises(TypeError):
        Fact(**FACT, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Fact(fund="basic_pension")  # type: ignore[call-arg]  # required fields missing
