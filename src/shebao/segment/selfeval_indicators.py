"""Indicator rows of a self-evaluation table become ``Indicator`` records.

A value cell is read with the figure patterns: "≥196084人" (comparator,
number, unit), "95%–105%" and "≥95%或≤105%" (ranges), the odd
"105 ≤ ≥95%" (a bare number and a bounded percent: the range 95–105 %).
A cell without a figure ("每月25日前") is a text value.  ``met`` compares
the actual with the target: a range holds lo ≤ actual ≤ hi, a comparator
is applied, "=" (or no comparator) is equality within the target's
written precision — with no comparator an unequal actual leaves ``met``
None, as the direction is not stated.  Units must agree after scaling
万/亿 prefixes (万人次 → 人次); an actual without a unit takes the
target's.  Text values are met when the actual is written as the target.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from decimal import Decimal

from shebao.quickinit import mypyc_attr, quick_init
from shebao.records import Comparator, Indicator, SelfEvalRow, SelfEvalTable
from shebao.tag.figures import find_figures
from shebao.textcache import text_cache
from shebao.units import split_prefix

UPPER = {"<=": operator.le, "<": operator.lt}
LOWER = {">=": operator.ge, ">": operator.gt}
COMPARE = {**UPPER, **LOWER}
LOWER_SIGNS = {">=", ">", "≥", "＞"}
UPPER_SIGNS = {"<=", "<", "≤", "＜"}


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class Value:
    """A target or actual cell read: number (low end), high end, comparator, unit."""

    number: Decimal | None = None
    high: Decimal | None = None
    comparator: Comparator | None = None
    unit: str | None = None


@text_cache(maxsize=4096)  # pure, on a short cell; errors are not cached
def read_value(text: str) -> Value:
    """The number, range, comparator and unit of a value cell ("" → empty Value).

    Kept per cell text: a table writes the same targets on many rows ("100%",
    "≥95%", a stated aim), and a report's tables repeat across an archive,
    while each read runs the figure patterns (about five microseconds a cell).
    """
    figs = [f for f in find_figures(text) if f.kind != "year" and f.value is not None]
    if not figs:
        return Value()
    if len(figs) >= 2:
        a, b = figs[0], figs[1]
        signs = {a.comparator, b.comparator} | {c for c in text if c in "≤≥<>＜＞"}
        if signs & LOWER_SIGNS and signs & UPPER_SIGNS:  # bounded on both sides: a range
            assert a.value is not None and b.value is not None  # kept only with values
            lo, hi = sorted((a.value, b.value))
            return Value(number=lo, high=hi, comparator=None, unit=a.unit or b.unit)
    f = figs[0]
    return Value(number=f.value, high=f.high,
                 comparator=None if f.high is not None else f.comparator, unit=f.unit)


def _base(unit: str | None) -> tuple[str | None, Decimal]:
    """The unit without a 万/亿 prefix, and the factor it carried."""
    return split_prefix(unit)


def _on_target_scale(target: Value, actual: Value) -> Decimal | None:
    """The actual number in the target's unit, None when the units disagree."""
    if actual.number is None or target.number is None:
        return None
    if actual.unit is None or actual.unit == target.unit:
        return actual.number
    (t_unit, t_scale), (a_unit, a_scale) = _base(target.unit), _base(actual.unit)
    if t_unit != a_unit:
        return None
    return actual.number * a_scale / t_scale


def _equal(value: Decimal, target: Decimal) -> bool:
    """Equality within half a unit of the target's last written digit."""
    exponent = target.as_tuple().exponent
    assert isinstance(exponent, int)  # a written figure is finite
    half = Decimal(5).scaleb(exponent - 1)
    return abs(value - target) <= half


def _bound_met(target: Value, actual: Value, value: Decimal) -> bool | None:
    """An actual that is itself a bound ("≥234457人") against a bounded target."""
    comparator = target.comparator
    if comparator is None or target.number is None:
        return None
    same_side = (comparator in UPPER) == (actual.comparator in UPPER)
    if not same_side:
        return None
    strict_needed = comparator in (">", "<") and actual.comparator in (">=", "<=")
    check = COMPARE[comparator] if strict_needed else COMPARE[comparator.replace("=", "") + "="]
    return check(value, target.number)


def is_met(target_text: str, actual_text: str, target: Value, actual: Value) -> bool | None:
    """Whether the actual meets the target; None when it cannot be told."""
    if target.number is None:
        same = "".join(target_text.split()) == "".join(actual_text.split())
        return True if target_text and same else None
    value = _on_target_scale(target, actual)
    if value is None:
        return None
    if target.high is not None:
        return target.number <= value <= target.high
    if target.comparator in COMPARE:
        if actual.comparator in COMPARE:
            bound = _bound_met(target, actual, value)
            if bound is not None:
                return bound
        return COMPARE[target.comparator](value, target.number)
    if _equal(value, target.number):
        return True
    return False if target.comparator == "=" else None


def to_indicator(row: SelfEvalRow, table: SelfEvalTable, source: str, to_source) -> Indicator:
    """The output record of ``row``; ``to_source`` maps normalised spans to source offsets."""
    target, actual = read_value(row.target_text), read_value(row.actual_text)
    start, end = to_source(row.start, row.end)
    return Indicator(
        level1=row.level1,
        level2=row.level2,
        level3=row.level3,
        target_text=row.target_text,
        target=target.number,
        target_high=target.high,
        comparator=target.comparator,
        unit=target.unit,
        actual_text=row.actual_text,
        actual=actual.number,
        actual_comparator=actual.comparator,
        met=is_met(row.target_text, row.actual_text, target, actual),
        text=source[start:end],
        start=start,
        end=end,
        title=table.title,
        section=table.section,
        actual_unit=actual.unit,
    )


def table_indicators(table: SelfEvalTable, source: str, to_source) -> list[Indicator]:
    """Every indicator row of ``table`` as an output record."""
    return [to_indicator(row, table, source, to_source) for row in table.rows]
