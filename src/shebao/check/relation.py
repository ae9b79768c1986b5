"""A relation a report's facts must satisfy: the record, and its usual form, a sum.

``holds`` is true when some values inside the written precision satisfy
the test, so rounding never breaks a relation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from shebao.check.intervals import Interval, total
from shebao.check.solve import Linear, Ratio
from shebao.records import Fact, FlagKind

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



def sum_relation(head: Fact, items: list[Fact], at_most: bool, what: str,
                  certain: bool = True) -> Relation:
    names = " + ".join("{%d}" % (i + 1) for i in range(len(items)))
    if at_most:
        return Relation(kind="sum", facts=(head, *items), test=lambda v: total(v[1:]).lo <= v[0].hi,
                        formula=f"{what} {names} exceed the total {{0}}", at_most=True,
                        certain=certain, solved=Linear.sum_of(len(items) + 1))
    return Relation(kind="sum", facts=(head, *items), test=lambda v: total(v[1:]).meets(v[0]),
                    formula=f"{what} {names} do not add up to {{0}}", at_most=False,
                    certain=certain, solved=Linear.sum_of(len(items) + 1))

