"""Views of a report's facts that the checks share: intervals, keys, lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from decimal import Decimal
from typing import Any

from shebao.check.intervals import FastInterval, Interval
from shebao.limits import limits
from shebao.records import Fact
from shebao.units import wan_per_unit

ONE = Decimal(1)
NONE: Mapping = MappingProxyType({})  # an empty lookup

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
    return Interval.written(value, wan_per_unit().get(unit, ONE), False)


def fast_interval(value: Decimal, unit: str, truncated: bool) -> FastInterval:
    """:func:`interval` in floats, for trial corrections (``check.trials``)."""
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
        # by truncated, then by id of the fact
        self._intervals: dict[bool, dict[int, Interval]] = {True: {}, False: {}}
        self._fast: dict[bool, dict[int, FastInterval]] = {True: {}, False: {}}
        self._groups: dict[str, dict[tuple, dict[int, Fact]]] | None = None
        self._levels: dict[tuple, dict[str, Fact]] | None = None
        self._holds: dict[int, bool] = {}
        self._solved: dict[tuple[int, bool], tuple[list[FastInterval], Any]] = {}
        self._firsts: dict[Key, dict[tuple, list[Fact]]] = {}  # see _other_values
        by_key, at, parts = self.by_key, {}, defaultdict(list)
        for f in self.facts:  # one pass: keys (``key`` written out), first facts, list items
            metric = f.metric
            by_key[(f.fund, f.account, metric, f.metric_name if metric == "other" else None,
                    f.year, f.basis, f.measure)].append(f)
            if f.start not in at:
                at[f.start] = f
            if f.part_of is not None and f.measure == "level":
                parts[(f.part_of, f.part_list)].append(f)
        self._at: dict[int, Fact] = at
        self._parts: dict[tuple[int, int | None], list[Fact]] = parts

    def interval(self, fact: Fact, truncated: bool = True) -> Interval:
        """:func:`interval` of one of the report's facts, computed once."""
        found = self._intervals[truncated].get(id(fact))
        return found if found is not None else self._computed(fact, truncated)

    def _computed(self, fact: Fact, truncated: bool) -> Interval:
        if fact.unit != "%":  # amounts are never cut: one interval, kept for either reading
            found = self._intervals[True][id(fact)] = interval(fact)
            self._intervals[False][id(fact)] = found
        else:
            found = self._intervals[truncated][id(fact)] = interval(fact, truncated=truncated)
        return found

    def values(self, facts, truncated: bool = True) -> list[Interval]:
        """The intervals of ``facts`` (a relation's), in order (an interval is never false)."""
        get = self._intervals[truncated].get
        return [get(id(f)) or self._computed(f, truncated) for f in facts]

    def holds(self, relation) -> bool:
        """Whether ``relation`` (one of this report's) holds as its facts are written."""
        found = self._holds.get(id(relation))
        if found is None:
            found = self._holds[id(relation)] = relation.holds(self.values(relation.facts))
        return found

    def solved(self, relation, truncated: bool) -> tuple[list[FastInterval], Any]:
        """A relation's figures in floats and its windows (``check.solve``; None
        when it has none), for trial corrections: computed once per reading."""
        mark = (id(relation), truncated)
        found = self._solved.get(mark)
        if found is None:
            base = [self.fast(f, truncated) for f in relation.facts]
            windows = None if relation.solved is None else relation.solved.windows(base)
            found = self._solved[mark] = (base, windows)
        return found

    def fast(self, fact: Fact, truncated: bool = True) -> FastInterval:
        """The fact's interval in floats, computed once."""
        known = self._fast[truncated]
        found = known.get(id(fact))
        if found is None:
            found = known[id(fact)] = self.interval(fact, truncated).fast()
        return found

    def one(self, fund, account, metric, name, year, basis, measure) -> Fact | None:
        found = self.by_key.get((fund, account, metric, name, year, basis, measure))
        return found[0] if found else None

    def groups(self, measure: str) -> Mapping[tuple, dict[int, Fact]]:
        """(fund, account, metric, name, basis) → {year: first fact} for one measure
        (every measure's, built in one pass over the keys)."""
        if self._groups is None:
            out: dict[str, dict[tuple, dict[int, Fact]]] = {}
            for k, facts in self.by_key.items():
                fund, account, metric, name, year, basis, m = k
                if year is not None:
                    by_group = out.get(m)
                    if by_group is None:
                        by_group = out[m] = {}
                    group = (fund, account, metric, name, basis)
                    by_year = by_group.get(group)
                    if by_year is None:
                        by_year = by_group[group] = {}
                    by_year[year] = facts[0]  # (group, year, measure) is the whole key
            self._groups = out
        return self._groups.get(measure, NONE)

    def levels(self) -> dict[tuple, dict[str, Fact]]:
        """(fund, account, name, year, basis) → {metric: first fact} of the level
        facts: ``one(fund, account, metric, name, year, basis, "level")`` is
        ``levels().get((fund, account, name, year, basis), NONE).get(metric)``."""
        if self._levels is None:
            out: dict[tuple, dict[str, Fact]] = {}
            for k, facts in self.by_key.items():
                if k[6] == "level":
                    slot = (k[0], k[1], k[3], k[4], k[5])
                    found = out.get(slot)
                    if found is None:
                        found = out[slot] = {}
                    found[k[2]] = facts[0]
            self._levels = out
        return self._levels

    def parts(self) -> dict[tuple[int, int | None], list[Fact]]:
        """(total start, list start) → the items of that list of the total."""
        return self._parts

    def support(self, fact: Fact) -> int:
        """How many other statements of the fact's key agree with it."""
        mine = self.interval(fact)
        return sum(1 for f in self.by_key.get(key(fact), [])
                   if f is not fact and self.interval(f).meets(mine))

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
        base = self.values(relation.facts)
        for i, fact in enumerate(relation.facts):
            for other in self._other_values(fact):
                values = list(base)
                values[i] = self.interval(other)
                if relation.holds(values):
                    return fact
        return None

    def _other_values(self, fact: Fact) -> list[Fact]:
        """Of each written value (value, unit) of the fact's key, the first statement
        that is not ``fact`` itself: read from a table per key, not by a walk over
        every statement of the key (a report may state one figure many times)."""
        k = key(fact)
        firsts = self._firsts.get(k)
        if firsts is None:  # written value → its first two statements
            firsts = self._firsts[k] = {}
            for f in self.by_key.get(k, []):
                found = firsts.setdefault((f.value, f.unit), [])
                if len(found) < 2:
                    found.append(f)
        return [two[1] if two[0] is fact else two[0]
                for two in firsts.values() if two[0] is not fact or len(two) > 1]

    def at(self, start: int) -> Fact | None:
        """The first fact starting at ``start``."""
        return self._at.get(start)
