"""The arithmetic relations a report's facts must satisfy.

Each relation names its facts and a test over their intervals; ``holds``
is true when some values inside the written precision satisfy it, so
rounding never breaks a relation.  The relations are built once per report
and shared by the checks and the diagnosis of which figure is wrong.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from shebao.check.facts import NONE, FactIndex, key
from shebao.check.intervals import Interval, total
from shebao.check.solve import ADDITION, CHANGE_OF_NOW, DIFFERENCE, GROWTH, QUOTIENT, Linear, Ratio
from shebao.confidence import CONFIDENT
from shebao.records import Fact, FlagKind
from shebao.check.cues import cue as check_cue
from shebao.tag.numbers import parse_number
from shebao.tag.terms import fund_parts, metric_groups, metric_parents

# A test over the facts' intervals: Interval, or FastInterval for trial corrections.
Test = Callable[[list[Any]], bool]


# An immutable typed tuple rather than a frozen dataclass: a report builds
# hundreds of relations, and a tuple builds in under half the time.
class Relation(NamedTuple):
    kind: FlagKind  # the flag kind when it fails: sum, balance, change, budget_rate
    facts: tuple[Fact, ...]
    test: Test
    formula: str  # human-readable, with {0}, {1} … for the facts' figures
    at_most: bool = False  # an inequality (a partial list may fall short)
    certain: bool = True  # False when the structure is inferred across sentences
    # the test solved for one figure (a sum read as an equality), for trial corrections
    solved: Linear | Ratio | None = None

    def holds(self, values: list[Interval]) -> bool:
        """The test over the facts' intervals (``FactIndex.values``)."""
        return self.test(values)


def _ratio(a: Interval, b: Interval) -> Interval | None:
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


def _rate_test(change_index: int, base: Callable[[list[Interval]], Interval]) -> Test:
    def test(v: list[Interval]) -> bool:
        q = _ratio(v[change_index], base(v))
        return q is None or q.meets(_stated_rate(v[-1]))
    return test


def _levels_rate_test(v: list[Interval]) -> bool:
    q = _ratio(v[0] - v[1], v[1])
    return q is None or q.meets(_stated_rate(v[2]))


def _quotient_test(v: list[Interval]) -> bool:
    q = _ratio(v[0], v[1])
    return q is None or q.meets(_stated_rate(v[2]))


def sums(index: FactIndex) -> Iterator[Relation]:
    """Items of a list add up to no more than their total."""
    for (start, _), items in index.parts().items():
        head = index.at(start)
        if head is None or head.unit == "%" or any(i.unit == "%" for i in items):
            continue
        if items:  # one item alone may still exceed its total
            yield _sum_relation(head, items, True, "the items")


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


def _sum_relation(head: Fact, items: list[Fact], at_most: bool, what: str,
                  certain: bool = True) -> Relation:
    names = " + ".join("{%d}" % (i + 1) for i in range(len(items)))
    if at_most:
        return Relation(kind="sum", facts=(head, *items), test=lambda v: total(v[1:]).lo <= v[0].hi,
                        formula=f"{what} {names} exceed the total {{0}}", at_most=True,
                        certain=certain, solved=Linear.sum_of(len(items) + 1))
    return Relation(kind="sum", facts=(head, *items), test=lambda v: total(v[1:]).meets(v[0]),
                    formula=f"{what} {names} do not add up to {{0}}", at_most=False,
                    certain=certain, solved=Linear.sum_of(len(items) + 1))


@lru_cache(maxsize=1)
def _children() -> dict[str, list[str]]:
    """Metric → its parts (metrics.yaml ``parent``)."""
    children: dict[str, list[str]] = defaultdict(list)
    for child, parent in metric_parents().items():
        children[parent].append(child)
    return children


def metric_parts(index: FactIndex) -> Iterator[Relation]:
    """The parts of a metric (income items, spending items) stay within it.

    The inventory's parts of one metric are disjoint (metrics.yaml
    ``parent``), so whatever a report lists of them, in one sentence or
    across a section, cannot add up to more than the metric itself.
    """
    children = _children()
    levels = index.levels()
    for k, facts in list(index.by_key.items()):
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or metric not in children or account is not None:
            continue
        # the level facts of (fund, year, basis) with no account nor name: the parts among them
        slot = levels.get((fund, None, None, year, basis))
        if slot is None:
            continue
        stated = [slot.get(c) for c in children[metric]]
        items = [i for i in stated if i is not None and i.unit != "%"]
        if len(items) >= 2:
            yield _sum_relation(facts[0], items, True, "the parts", certain=False)


def fund_sums(index: FactIndex) -> Iterator[Relation]:
    """A total fund (all_funds …) against the funds it adds up.

    The sum may fall short when the report leaves funds out of its
    sections, but it must not exceed the total; and where the listed funds
    add up exactly for one metric, they are the report's complete set and
    must add up for every metric.
    """
    found = []
    levels = index.levels()
    totals: dict[str, list] = {f: [] for f in fund_parts()}
    for k, facts in index.by_key.items():
        if k[0] in totals and k[6] == "level" and k[1] is None:
            totals[k[0]].append((k, facts))
    for total_fund, parts in fund_parts().items():
        for k, facts in totals[total_fund]:
            fund, account, metric, name, year, basis, measure = k
            stated = [levels.get((p, None, name, year, basis), NONE).get(metric) for p in parts]
            items = [i for i in stated if i is not None and i.unit != "%"]
            if len(items) >= 2:
                found.append((facts[0], items))
    complete = {frozenset(i.fund for i in items) for head, items in found
                if total(index.values(items)).meets(index.interval(head))}
    for head, items in found:
        if _excess_stated(index, head, items) or _other_count(head, items):
            continue
        exact = frozenset(i.fund for i in items) in complete
        if not exact and metric_groups().get(head.metric) == "balance":
            continue  # a fund left out may have run a deficit: the rest may exceed the total
        yield _sum_relation(head, items, not exact, "the funds", certain=exact)


def _other_count(head: Fact, items: list[Fact]) -> bool:
    """The total counts its funds (五项基金) and the funds found are not that many."""
    m = check_cue("counted_funds").search(head.sentence)
    return m is not None and int(parse_number(m.group("count"))) != len(items)


def _excess_stated(index: FactIndex, head: Fact, items: list[Fact]) -> bool:
    """Whether the funds exceed their total by exactly a stated sibling item.

    A fund that counts, say, its 转移支出 into its 待遇支出 while the total
    does not, exceeds the total by that very figure: the gap is explained.
    """
    excess = total(index.values(items)) - index.interval(head)
    if excess.hi <= 0:
        return False
    parents = metric_parents()
    siblings = [m for m, p in parents.items()
                if p == parents.get(head.metric) and m != head.metric]
    for fund in {head.fund, *(i.fund for i in items)}:
        for metric in siblings:
            stated = index.one(fund, None, metric, None, head.year, head.basis, "level")
            if stated is not None and stated.unit != "%" and index.interval(stated).meets(excess):
                return True
    return False


def account_sums(index: FactIndex) -> Iterator[Relation]:
    """A fund's pooling and personal accounts add up to the fund.

    The two accounts split the fund (统筹基金 + 个人账户), so where both are
    stated for a metric they must add up to it; a report may still state
    one of them with another scope, so a gap only warns.  A split listed
    under another figure (征缴收入, of which 统筹基金 … 个人账户 …) splits
    that figure, not the fund's total.
    """
    levels = index.levels()
    for k, facts in list(index.by_key.items()):
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or account is not None or facts[0].unit == "%":
            continue
        pooling = levels.get((fund, "pooling", name, year, basis), NONE).get(metric)
        personal = levels.get((fund, "personal", name, year, basis), NONE).get(metric)
        if pooling is None or personal is None or pooling.unit == "%" or personal.unit == "%":
            continue  # both accounts stated, as amounts
        items = [pooling, personal]
        heads = [index.at(i.part_of) for i in items if i.part_of is not None]
        if any(h is None or key(h) != k for h in heads):
            continue
        yield _sum_relation(facts[0], items, False, "the accounts", certain=False)


def change_sums(index: FactIndex) -> Iterator[Relation]:
    """Where a list's items add up to its total, their changes add up too."""
    for (start, _), items in index.parts().items():
        head = index.at(start)
        if head is None or head.unit == "%" or len(items) < 2:
            continue
        if not total(index.values(items)).meets(index.interval(head)):
            continue

        def change_of(f: Fact) -> Fact | None:
            name = f.metric_name if f.metric == "other" else None
            return index.one(f.fund, f.account, f.metric, name, f.year, f.basis, "yoy_change")

        head_change = change_of(head)
        stated = [change_of(i) for i in items]
        changes = [c for c in stated if c is not None]
        if head_change is not None and len(changes) == len(stated):
            yield _sum_relation(head_change, changes, False, "the changes")


def relations(index: FactIndex) -> list[Relation]:
    return [*sums(index), *metric_parts(index), *fund_sums(index), *account_sums(index),
            *change_sums(index),
            *balances(index), *changes(index), *budget_rates(index)]
