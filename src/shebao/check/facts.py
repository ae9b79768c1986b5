"""Views of a report's facts that the checks share: intervals, keys, lookups."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from shebao.check.intervals import FastInterval, Interval
from shebao.limits import limits
from shebao.records import Fact
from shebao.units import wan_per_unit

# What identifies one fact: two statements with this key state the same thing.
Key = tuple


def key(fact: Fact) -> Key:
    name = fact.metric_name if fact.metric == "other" else None
    return (fact.fund, fact.account, fact.metric, name, fact.year, fact.basis, fact.measure)


def interval(fact: Fact, value: Decimal | None = None, unit: str | None = None,
             truncated: bool = True) -> Interval:
    """The values the figure stands for, money in 万元.

    Only rates may be cut (197.68% written 197%): amounts are rounded, so
    a money figure short of a digit its siblings carry is no honest figure.
    """
    value = fact.value if value is None else value
    unit = fact.unit if unit is None else unit
    if unit == "%":
        return Interval.written(value, truncated=truncated)
    return Interval.written(value, wan_per_unit().get(unit, Decimal(1)), False)


@lru_cache(maxsize=65536)
def fast_interval(value: Decimal, unit: str, truncated: bool) -> FastInterval:
    """:func:`interval` in floats, for trial corrections."""
    exponent = value.as_tuple().exponent
    half = 5 * 10.0 ** (exponent - 1) if isinstance(exponent, int) else 0.0
    scale = 1.0 if unit == "%" else float(wan_per_unit().get(unit, 1))
    v = float(value)
    up = 2 * half if truncated and unit == "%" else half
    lo, hi = (v - half, v + up) if v >= 0 else (v - up, v + half)
    return FastInterval(lo * scale, hi * scale)


def is_money(fact: Fact) -> bool:
    return fact.unit in wan_per_unit()


@dataclass
class FactIndex:
    """A report's facts by key; the first mention of a key represents it."""

    facts: list[Fact]

    def __post_init__(self) -> None:
        self.by_key: dict[Key, list[Fact]] = defaultdict(list)
        self._at: dict[int, Fact] | None = None
        for f in self.facts:
            self.by_key[key(f)].append(f)

    def one(self, fund, account, metric, name, year, basis, measure) -> Fact | None:
        found = self.by_key.get((fund, account, metric, name, year, basis, measure))
        return found[0] if found else None

    def groups(self, measure: str) -> dict[tuple, dict[int, Fact]]:
        """(fund, account, metric, name, basis) → {year: first fact} for one measure."""
        out: dict[tuple, dict[int, Fact]] = defaultdict(dict)
        for k, facts in self.by_key.items():
            fund, account, metric, name, year, basis, m = k
            if m == measure and year is not None:
                out[(fund, account, metric, name, basis)].setdefault(year, facts[0])
        return out

    def parts(self) -> dict[tuple[int, int | None], list[Fact]]:
        """(total start, list start) → the items of that list of the total."""
        out: dict[tuple[int, int | None], list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.part_of is not None and f.measure == "level":
                out[(f.part_of, f.part_list)].append(f)
        return out

    def support(self, fact: Fact) -> int:
        """How many other statements of the fact's key agree with it."""
        mine = interval(fact)
        return sum(1 for f in self.by_key.get(key(fact), [])
                   if f is not fact and interval(f).meets(mine))

    def alternative_fixing(self, relation) -> Fact | None:
        """The fact whose other statement makes a failing relation hold.

        That fact's own statement is then the suspect one: the relation
        holds with the value stated elsewhere for it.  Each other written
        value is tried once; a relation of more than
        ``limits().max_relation_facts`` facts is not tried (each trial is
        linear in its facts, the trials too: quadratic).
        """
        if len(relation.facts) > limits().max_relation_facts:
            return None
        base = [interval(f) for f in relation.facts]
        for i, fact in enumerate(relation.facts):
            tried = set()
            for other in self.by_key.get(key(fact), []):
                mark = (other.value, other.unit)
                if other is fact or mark in tried:
                    continue
                tried.add(mark)
                values = list(base)
                values[i] = interval(other)
                if relation.holds(values):
                    return fact
        return None

    def at(self, start: int) -> Fact | None:
        """The first fact starting at ``start``."""
        if self._at is None:
            self._at = {}
            for f in self.facts:
                self._at.setdefault(f.start, f)
        return self._at.get(start)
