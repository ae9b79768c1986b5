"""``clashes`` reads no earlier values for a key's second statement and keeps
none of its last: the same clashes as the loop that did both."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from shebao.check.duplicates import _clash, _mark, _one_per_value, clashes
from shebao.check.facts import FactIndex
from shebao.limits import limits

from .numbers import figure_fact


def _clashes_before(index: FactIndex, unit_counts: dict[str, int], suspects=frozenset()) -> list:
    """``clashes`` as written before: every statement after the first compared
    with the earlier values, and every one's value kept."""
    out = []
    for facts in index.by_key.values():
        if len(facts) < 2:
            continue
        facts = facts[:limits().max_key_statements]
        marks: dict = {}
        for j, other in enumerate(facts[1:], 1):
            clash = _clash(facts[0], other, unit_counts, suspects, index)
            if clash is not None:
                out.append(clash)
            if clash is None or clash.fix is None:
                for earlier in _one_per_value(marks, other):
                    slip = _clash(earlier, other, unit_counts, suspects, index)
                    if slip is not None and slip.fix is not None:
                        out.append(slip)
                        break
            marks.setdefault(_mark(other, suspects), []).append((j, other))
    return out


VALUES = ["8600", "8450", "7450", "86", "860", "8600.00", "7450", "0.86", "1280.5", "128.05"]
UNITS = ["万元", "元", "亿元"]
METRICS = ["income_total", "expenditure_total", "annual_balance"]


def _facts(rng: random.Random) -> list:
    """Statements of a few keys: values that differ by a unit or a digit or more."""
    out = []
    for k in range(rng.randint(1, 12)):
        fact = figure_fact(rng.choice(VALUES), 1, rng.choice(UNITS))
        out.append(replace(fact, metric=rng.choice(METRICS), start=10 * k, end=10 * k + 5,
                           sentence=rng.choice(["a", "b"]),
                           part_of=rng.choice([None, None, None, 0, 10]),
                           value_wan=rng.choice([None, Decimal(8600)])))
    return out


def test_duplicates_clashes_equal_the_loop_before() -> None:
    rng = random.Random(16)
    found = 0
    for _ in range(1500):
        facts = _facts(rng)
        index = FactIndex(facts)
        units = Counter(f.unit for f in facts)
        suspects = {id(f) for f in facts if rng.random() < 0.2}
        expected = _clashes_before(index, units, suspects)
        assert list(clashes(FactIndex(facts), units, suspects)) == expected
        found += len(expected)
    assert found > 1000
