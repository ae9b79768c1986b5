"""``FactIndex.alternative_fixing`` from one statement per written value finds
what the walk over every statement of a key found."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.check.facts import FactIndex, key
from shebao.records import Fact

VALUES = [Decimal("1"), Decimal("1.0"), Decimal("2"), Decimal("12.5"), Decimal("3")]


def _fact(metric: str, value: Decimal, unit: str, start: int) -> Fact:
    return Fact(fund="work_injury", fund_name=None, account=None, metric=metric,
                metric_name=None, year=2020, basis="actual", measure="level", value=value,
                unit=unit, value_wan=None, text=f"{value}{unit}", sentence=f"s{start}",
                section=(), start=start, end=start + 3, confidence=1.0)


@dataclass(frozen=True)
class Picky:
    """A relation that holds for some readings of its figures (a fixed, arbitrary choice)."""

    facts: tuple[Fact, ...]
    seed: int

    def holds(self, values: list) -> bool:
        return hash((self.seed, *((v.lo, v.hi) for v in values))) % 5 == 0


def _walked(index: FactIndex, relation: Picky) -> Fact | None:
    """The walk over every statement of each fact's key, as it was written before."""
    base = index.values(relation.facts)
    for i, fact in enumerate(relation.facts):
        tried = set()
        for other in index.by_key.get(key(fact), []):
            mark = (other.value, other.unit)
            if other is fact or mark in tried:
                continue
            tried.add(mark)
            values = list(base)
            values[i] = index.interval(other)
            if relation.holds(values):
                return fact
    return None


STATEMENTS = st.lists(st.tuples(st.sampled_from(["income_total", "expenditure_total"]),
                                st.sampled_from(VALUES), st.sampled_from(["万元", "元"])),
                      min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(STATEMENTS, st.data())
def test_alternative_fixing_equals_the_walk(statements, data) -> None:
    facts = [_fact(m, v, u, k * 10) for k, (m, v, u) in enumerate(statements)]
    chosen = data.draw(st.lists(st.sampled_from(facts), min_size=1, max_size=3, unique_by=id))
    relation = Picky(tuple(chosen), data.draw(st.integers(0, 10_000)))
    assert FactIndex(facts).alternative_fixing(relation) is _walked(FactIndex(facts), relation)
