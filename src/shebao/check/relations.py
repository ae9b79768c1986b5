"""The arithmetic relations a report's facts must satisfy.

Each relation names its facts and a test over their intervals; ``holds``
is true when some values inside the written precision satisfy it, so
rounding never breaks a relation.  The relations are built once per report
and shared by the checks and the diagnosis of which figure is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from shebao.check.facts import NONE, FactIndex
from shebao.check.part_sums import account_sums, change_sums, fund_sums, metric_parts
from shebao.check.relation import Relation, Test, sum_relation
from shebao.check.solve import ADDITION, CHANGE_OF_NOW, DIFFERENCE, GROWTH, QUOTIENT
from shebao.confidence import CONFIDENT
from shebao.records import Fact

__all__ = ["Relation", "Test", "relations"]


# The tests read Intervals, or FastIntervals when the checks try corrections
# (``relation.Test``): the values are typed Any, as there, which the compiled
# build (``shebao.compiled``) does not check at run time.
def _ratio(a: Any, b: Any) -> Any:
    """``a / b`` times ``intervals.HUNDRED``, the product written out: the
    quotient's bounds are ordered, so of the four products the least is
    ``lo·100`` and the greatest ``hi·100`` (``lo·100`` again where equal)."""
    q = a / b
    if q is None:
        return None
    lo, hi = q.lo * 100, q.hi * 100
    return type(q)(lo, hi if hi > lo else lo)


def _stated_rate(iv: Any) -> Any:
    """A stated rate with one unit of its last digit of slack on each side:
    reports compute rates from their unrounded amounts, so a rate off by
    0.01 point from the rounded figures is arithmetic, not an error."""
    slack = (iv.hi - iv.lo) * 2 / 3
    return type(iv)(iv.lo - slack, iv.hi + slack)


def _rate_test(change_index: int, base: Callable[[list[Any]], Any]) -> Test:
    def test(v: list[Any]) -> bool:
        q = _ratio(v[change_index], base(v))
        return q is None or q.meets(_stated_rate(v[-1]))
    return test


def _levels_rate_test(v: list[Any]) -> bool:
    q = _ratio(v[0] - v[1], v[1])
    return q is None or q.meets(_stated_rate(v[2]))


def _quotient_test(v: list[Any]) -> bool:
    q = _ratio(v[0], v[1])
    return q is None or q.meets(_stated_rate(v[2]))


def sums(index: FactIndex) -> Iterator[Relation]:
    """Items of a list add up to no more than their total."""
    for (start, _), items in index.parts().items():
        head = index.at(start)
        if head is None or head.unit == "%" or any(i.unit == "%" for i in items):
            continue
        if items:  # one item alone may still exceed its total
            yield sum_relation(head, items, True, "the items")


def balances(index: FactIndex) -> Iterator[Relation]:
    """Income − expenditure = the year's balance; last year's + this = accumulated."""
    levels = index.levels()
    for k, facts in list(index.by_key.items()):
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or metric != "annual_balance":
            continue
        bal = facts[0]
        slot = levels[(fund, account, None, year, basis)]  # the balance's own
        inc, exp = slot.get("income_total"), slot.get("expenditure_total")
        if inc and exp:
            yield Relation(kind="balance", facts=(inc, exp, bal),
                           test=lambda v: (v[0] - v[1]).meets(v[2]),
                           formula="income {0} − expenditure {1} ≠ balance {2}",
                           solved=DIFFERENCE)
        if year is None or bal.period != "year":
            continue  # last year's stock at the same point of a year is no opening balance
        acc = slot.get("accumulated_balance")
        prev = levels.get((fund, account, None, year - 1, basis), NONE).get("accumulated_balance")
        if acc and prev:
            yield Relation(kind="balance", facts=(prev, bal, acc),
                           test=lambda v: (v[0] + v[1]).meets(v[2]),
                           formula="last year's accumulated {0} + balance {1} ≠ accumulated {2}",
                           solved=ADDITION)


def _trusted_elsewhere(other: Fact, stated: Fact) -> bool:
    """Whether ``other``, a figure of another sentence than the change
    ``stated``, may be held against it: its link must be confident (its own
    sentence or table cell names the fund), since a fund carried over from
    the context of a far sentence is the commonest mis-link."""
    return other.sentence == stated.sentence or other.confidence >= CONFIDENT


def changes(index: FactIndex) -> Iterator[Relation]:
    """A change equals the difference of its two levels; a rate their ratio."""
    levels = index.groups("level")
    rates = index.groups("yoy_rate")
    for group, by_year in index.groups("yoy_change").items():
        for year, change in by_year.items():
            now = levels.get(group, {}).get(year)
            before = levels.get(group, {}).get(year - 1)
            rate = rates.get(group, {}).get(year)
            if now and before and _trusted_elsewhere(before, change):
                yield Relation(kind="change", facts=(now, before, change),
                               test=lambda v: (v[0] - v[1]).meets(v[2]),
                               formula="{0} − {1} ≠ the stated change {2}", solved=DIFFERENCE)
            if rate and before and _trusted_elsewhere(before, rate):
                yield Relation(kind="change", facts=(change, before, rate),
                               test=_rate_test(0, lambda v: v[1]),
                               formula="change {0} / last year's {1} ≠ the stated rate {2}",
                               solved=QUOTIENT)
            elif rate and now:
                yield Relation(kind="change", facts=(change, now, rate),
                               test=_rate_test(0, lambda v: v[1] - v[0]),
                               formula="change {0} / ({1} − {0}) ≠ the stated rate {2}",
                               solved=CHANGE_OF_NOW)
    for group, by_year in rates.items():
        for year, rate in by_year.items():
            now = levels.get(group, {}).get(year)
            before = levels.get(group, {}).get(year - 1)
            if now and before and _trusted_elsewhere(before, rate):
                yield Relation(kind="change", facts=(now, before, rate), test=_levels_rate_test,
                               formula="({0} − {1}) / {1} ≠ the stated rate {2}", solved=GROWTH)


def budget_rates(index: FactIndex) -> Iterator[Relation]:
    """A completion rate equals actual ÷ budget."""
    levels = index.levels()
    for group, by_year in index.groups("budget_rate").items():
        fund, account, metric, name, _ = group
        for year, rate in by_year.items():
            actual = levels.get((fund, account, name, year, "actual"), NONE).get(metric)
            budget = levels.get((fund, account, name, year, "budget"), NONE).get(metric)
            if actual and budget:
                yield Relation(kind="budget_rate", facts=(actual, budget, rate),
                               test=_quotient_test,
                               formula="actual {0} / budget {1} ≠ the stated rate {2}",
                               solved=QUOTIENT)


def relations(index: FactIndex) -> list[Relation]:
    return [*sums(index), *metric_parts(index), *fund_sums(index), *account_sums(index),
            *change_sums(index),
            *balances(index), *changes(index), *budget_rates(index)]
