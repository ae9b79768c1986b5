"""Sums across the inventory: a metric's parts, a total fund's funds, a
fund's two accounts, and the changes of a list whose items add up."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from shebao.check.cues import cue as check_cue
from shebao.check.facts import NONE, FactIndex, key
from shebao.check.intervals import total
from shebao.check.relation import Relation, sum_relation
from shebao.records import Fact
from shebao.tag.numbers import parse_number
from shebao.tag.terms import fund_parts, metric_groups, metric_parents


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
            yield sum_relation(facts[0], items, True, "the parts", certain=False)


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
        yield sum_relation(head, items, not exact, "the funds", certain=exact)


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


_account = itemgetter(1)  # of a ``FactIndex.levels`` slot


def account_sums(index: FactIndex) -> Iterator[Relation]:
    """A fund's pooling and personal accounts add up to the fund.

    The two accounts split the fund (统筹基金 + 个人账户), so where both are
    stated for a metric they must add up to it; a report may still state
    one of them with another scope, so a gap only warns.  A split listed
    under another figure (征缴收入, of which 统筹基金 … 个人账户 …) splits
    that figure, not the fund's total.
    """
    levels = index.levels()
    stated = set(map(_account, levels))
    if "pooling" not in stated or "personal" not in stated:
        return  # (most reports state no account: no key need be read)
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
        yield sum_relation(facts[0], items, False, "the accounts", certain=False)


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
            yield sum_relation(head_change, changes, False, "the changes")
