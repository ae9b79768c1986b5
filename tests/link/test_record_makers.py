"""The linker's figures and terms made by keyword through quick_maker are the
records the class call makes from the same keywords."""

from __future__ import annotations

import pickle
from decimal import Decimal

from shebao.link import budget, metric_words, tables
from shebao.records import Figure
from shebao.tag.terms import Term


def _same(made: object, called: object) -> None:
    assert type(made) is type(called)
    assert list(vars(made).items()) == list(vars(called).items())
    assert made == called and hash(made) == hash(called) and repr(made) == repr(called)
    assert pickle.dumps(made) == pickle.dumps(called)


def test_table_figures_are_the_class_made_ones() -> None:
    for make in (tables._make_figure, budget._make_figure):
        for kind, unit in (("money", "万元"), ("percent", "%")):
            fig = dict(kind=kind, start=4, end=9, text="1,234.5", value=Decimal("1234.5"),
                       unit=unit)
            _same(make(**fig), Figure(**fig))  # type: ignore[arg-type]


def test_metric_word_terms_are_the_class_made_ones() -> None:
    term = dict(kind="metric", id="other", name="人均缴费标准", group="other", start=2,
                end=8, text="人均缴费标准")
    _same(metric_words._make_term(**term), Term(**term))
