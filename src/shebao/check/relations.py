"""The arithmetic relations a report's facts must satisfy.

Each relation names its facts and a test over their intervals; ``holds``
is true when some values inside the written precision satisfy it, so
rounding never breaks a relation.  The relations are built once per report
and shared by the checks and the diagnosis of which figure is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from shebao.check.facts import FactIndex, interval
from shebao.check.intervals import HUNDRED, Interval, total
from shebao.records import Fact

Test = Callable[[list[Interval]], bool]


@dataclass(frozen=True)
class Relation:
    kind: str  # the flag kind when it fails: sum, balance, change, budget_rate
    facts: tuple[Fact, ...]
    test: Test
    formula: str  # human-readable, with {0}, {1} … for the facts' figures
    at_most: bool = False  # an inequality (a partial list may fall short)

    def holds(self, values: list[Interval] | None = None) -> bool:
        values = values or [interval(f) for f in self.facts]
        return self.test(values)


def _ratio(a: Interval, b: Interval) -> Interval | None:
    q = a / b
    return None if q is None else q * HUNDRED


def _rate_test(change_index: int, base: Callable[[list[Interval]], Interval]) -> Test:
    def test(v: list[Interval]) -> bool:
        q = _ratio(v[change_index], base(v))
        return q is None or q.meets(v[-1])
    return test


def _levels_rate_test(v: list[Interval]) -> bool:
    q = _ratio(v[0] - v[1], v[1])
    return q is None or q.meets(v[2])


def _quotient_test(v: list[Interval]) -> bool:
    q = _ratio(v[0], v[1])
    return q is None or q.meets(v[2])


def sums(index: FactIndex) -> Iterator[Relation]:
    """Items of a list add up to no more than their total."""
    for start, items in index.parts().items():
        head = index.at(start)
        if head is None or head.unit == "%" or any(i.unit == "%" for i in items):
            continue
        if len(items) < 2:
            continue
        names = " + ".join("{%d}" % (i + 1) for i in range(len(items)))
        yield Relation(
            "sum", (head, *items),
            lambda v: total(v[1:]).lo <= v[0].hi,
            f"{names} exceeds the total {{0}}", at_most=True)


def balances(index: FactIndex) -> Iterator[Relation]:
    """Income − expenditure = the year's balance; last year's + this = accumulated."""
    for k, facts in list(index.by_key.items()):
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or metric != "annual_balance":
            continue
        bal = facts[0]
        inc = index.one(fund, account, "income_total", None, year, basis, "level")
        exp = index.one(fund, account, "expenditure_total", None, year, basis, "level")
        if inc and exp:
            yield Relation("balance", (inc, exp, bal),
                           lambda v: (v[0] - v[1]).meets(v[2]),
                           "income {0} − expenditure {1} ≠ balance {2}")
        if year is None:
            continue
        acc = index.one(fund, account, "accumulated_balance", None, year, basis, "level")
        prev = index.one(fund, account, "accumulated_balance", None, year - 1, basis, "level")
        if acc and prev:
            yield Relation("balance", (prev, bal, acc),
                           lambda v: (v[0] + v[1]).meets(v[2]),
                           "last year's accumulated {0} + balance {1} ≠ accumulated {2}")


def changes(index: FactIndex) -> Iterator[Relation]:
    """A change equals the difference of its two levels; a rate their ratio."""
    levels = index.groups("level")
    rates = index.groups("yoy_rate")
    for group, by_year in index.groups("yoy_change").items():
        for year, change in by_year.items():
            now = levels.get(group, {}).get(year)
            before = levels.get(group, {}).get(year - 1)
            rate = rates.get(group, {}).get(year)
            if now and before:
                yield Relation("change", (now, before, change),
                               lambda v: (v[0] - v[1]).meets(v[2]),
                               "{0} − {1} ≠ the stated change {2}")
            if rate and before:
                yield Relation("change", (change, before, rate),
                               _rate_test(0, lambda v: v[1]),
                               "change {0} / last year's {1} ≠ the stated rate {2}")
            elif rate and now:
                yield Relation("change", (change, now, rate),
                               _rate_test(0, lambda v: v[1] - v[0]),
                               "change {0} / ({1} − {0}) ≠ the stated rate {2}")
    for group, by_year in rates.items():
        for year, rate in by_year.items():
            now = levels.get(group, {}).get(year)
            before = levels.get(group, {}).get(year - 1)
            if now and before:
                yield Relation("change", (now, before, rate), _levels_rate_test,
                               "({0} − {1}) / {1} ≠ the stated rate {2}")


def budget_rates(index: FactIndex) -> Iterator[Relation]:
    """A completion rate equals actual ÷ budget."""
    for group, by_year in index.groups("budget_rate").items():
        fund, account, metric, name, _ = group
        for year, rate in by_year.items():
            actual = index.one(fund, account, metric, name, year, "actual", "level")
            budget = index.one(fund, account, metric, name, year, "budget", "level")
            if actual and budget:
                yield Relation("budget_rate", (actual, budget, rate), _quotient_test,
                               "actual {0} / budget {1} ≠ the stated rate {2}")


def relations(index: FactIndex) -> list[Relation]:
    return [*sums(index), *balances(index), *changes(index), *budget_rates(index)]
