"""A relation a report's facts must satisfy: the record, and its usual form, a sum.

``holds`` is true when some values inside the written precision satisfy
the test, so rounding never breaks a relation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
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



@lru_cache(maxsize=256)
def sum_formula(what: str, items: int, at_most: bool) -> str:
    """The formula of a sum of ``items`` figures of ``what`` (a report builds hundreds
    of sums of a few shapes: each text is made once)."""
    names = " + ".join("{%d}" % (i + 1) for i in range(items))
    return f"{what} {names} exceed the total {{0}}" if at_most else \
        f"{what} {names} do not add up to {{0}}"


def sum_relation(head: Fact, items: list[Fact], at_most: bool, what: str,
                  certain: bool = True) -> Relation:
    formula = sum_formula(what, len(items), at_most)
    if at_most:
        return Relation(kind="sum", facts=(head, *items), test=lambda v: total(v[1:]).lo <= v[0].hi,
                        formula=formula, at_most=True,
                        certain=certain, solved=Linear.sum_of(len(items) + 1))
    return Relation(kind="sum", facts=(head, *items), test=lambda v: total(v[1:]).meets(v[0]),
                    formula=formula, at_most=False,
                    certain=certain, solved=Linear.sum_of(len(items) + 1))

