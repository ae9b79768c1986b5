"""A sum's formula, made once per shape, reads as the one made per relation before."""

from __future__ import annotations

from shebao.check.relation import sum_formula, sum_relation

from .numbers import figure_fact


def _formula_before(what: str, items: int, at_most: bool) -> str:
    names = " + ".join("{%d}" % (i + 1) for i in range(items))
    return f"{what} {names} exceed the total {{0}}" if at_most else \
        f"{what} {names} do not add up to {{0}}"


def test_relation_sum_formula_equals_the_one_made_per_relation() -> None:
    head = figure_fact("100", 1, "万元")
    for what in ("the items", "the parts", "the funds", "the accounts", "the changes"):
        for count in range(1, 30):
            items = [figure_fact(str(k + 1), 1, "万元") for k in range(count)]
            for at_most in (True, False):
                expected = _formula_before(what, count, at_most)
                assert sum_formula(what, count, at_most) == expected
                relation = sum_relation(head, items, at_most, what)
                assert (relation.formula, relation.at_most) == (expected, at_most)


def test_relation_sum_formula_names_each_figure() -> None:
    text = sum_formula("the items", 3, True).format("100万元", "20万元", "30万元", "40万元")
    assert text == "the items 20万元 + 30万元 + 40万元 exceed the total 100万元"
