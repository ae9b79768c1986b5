"""The (actual, budget) pairs grouped by fund and year are those the all-pairs scan gave."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.check.indicators import _pairs


@dataclass(frozen=True, eq=False)
class Stated:
    """The fields of a fact the pairing reads."""

    fund: str
    year: int | None
    basis: str
    metric: str = "expenditure_total"
    measure: str = "level"
    account: str | None = None
    unit: str = "wan"


STATED = st.builds(Stated, fund=st.sampled_from(["f", "g"]), year=st.none() | st.integers(1, 2),
                   basis=st.sampled_from(["actual", "budget"]),
                   metric=st.sampled_from(["expenditure_total", "income_total"]),
                   measure=st.sampled_from(["level", "yoy_rate"]),
                   account=st.none() | st.just("a"), unit=st.sampled_from(["wan", "%"]))


def _scanned(facts: list) -> list:
    levels = [f for f in facts if f.metric == "expenditure_total" and f.measure == "level"
              and f.account is None and f.unit != "%"]
    return [(a, b) for a in levels if a.basis == "actual"
            for b in levels if b.basis == "budget" and (b.fund, b.year) == (a.fund, a.year)]


@settings(max_examples=300, deadline=None)
@given(st.lists(STATED, max_size=16))
def test_pairs_equal_the_scan_of_all_pairs(facts: list) -> None:
    assert _pairs(facts) == _scanned(facts)
