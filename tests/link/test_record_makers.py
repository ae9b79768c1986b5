"""The linker's figures and terms made by keyword through quick_maker are the
records the class call makes from the same keywords."""

from __future__ import annotations

from decimal import Decimal

from shebao.link import budget, metric_words, tables
from shebao.records import Figure
from shebao.tag.terms import Term

from tests.same_record import assert_same_record


def test_table_figures_are_the_class_made_ones() -> None:
    for make in (tables._make_figure, budget._make_figure):
        for kind, unit in (("money", "万元"), ("percent", "%")):
            fig = dict(kind=kind, start=4, end=9, text="1,234.5", value=Decimal("1234.5"),
                       unit=unit)
            assert_same_record(make(**fig), Figure(**fig))  # type: ignore[arg-type]


def test_metric_word_terms_are_the_class_made_ones() -> None:
    term = dict(kind="metric", id="other", name="人均缴费标准", group="other", start=2,
                end=8, text="人均缴费标准")
    assert_same_record(metric_words._make_term(**term), Term(**term))
