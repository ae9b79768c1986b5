"""Interval arithmetic over written figures."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from shebao.check.intervals import Interval, total


@pytest.mark.parametrize(("written", "truncated", "lo", "hi"), [
    pytest.param("2.08", True, "2.075", "2.09", id="rounded-or-cut"),
    pytest.param("2.08", False, "2.075", "2.085", id="rounded-only"),
    pytest.param("-2.08", True, "-2.09", "-2.075", id="negative-cut-away-from-zero"),
    pytest.param("-2.08", False, "-2.085", "-2.075", id="negative-rounded"),
    pytest.param("197", True, "196.5", "198", id="integer-percent"),
    pytest.param("0", True, "-0.5", "1", id="zero"),
])
def test_intervals_written_spans_the_values_that_give_the_figure(
        written: str, truncated: bool, lo: str, hi: str) -> None:
    assert Interval.written(D(written), truncated=truncated) == Interval(D(lo), D(hi))


def test_intervals_written_scales_to_another_unit() -> None:
    assert Interval.written(D("2.08"), D(10000), truncated=False) == Interval(D(20750), D(20850))


@pytest.mark.parametrize(("op", "a", "b", "expected"), [
    pytest.param("add", ("1", "2"), ("10", "20"), ("11", "22"), id="add"),
    pytest.param("sub", ("1", "2"), ("10", "20"), ("-19", "-8"), id="sub"),
    pytest.param("div", ("10", "20"), ("2", "5"), ("2", "10"), id="div"),
    pytest.param("div", ("-20", "-10"), ("2", "5"), ("-10", "-2"), id="div-negative"),
])
def test_intervals_arithmetic_bounds_every_result(op: str, a, b, expected) -> None:
    x, y = Interval(D(a[0]), D(a[1])), Interval(D(b[0]), D(b[1]))
    result = {"add": x + y, "sub": x - y, "div": x / y}[op]
    assert (result.lo, result.hi) == (D(expected[0]), D(expected[1]))


def test_intervals_division_by_an_interval_holding_zero_is_none() -> None:
    assert Interval(D(1), D(2)) / Interval(D(-1), D(1)) is None


@pytest.mark.parametrize(("a", "b", "meets"), [
    pytest.param(("1", "2"), ("2", "3"), True, id="touching"),
    pytest.param(("1", "2"), ("2.01", "3"), False, id="apart"),
])
def test_intervals_meets_when_a_value_is_shared(a, b, meets: bool) -> None:
    assert Interval(D(a[0]), D(a[1])).meets(Interval(D(b[0]), D(b[1]))) is meets


def test_intervals_total_of_rounded_items_reaches_the_stated_sum() -> None:
    items = [Interval.written(D("33.33")) for _ in range(3)]
    assert total(items).meets(Interval.written(D("100.00")))
