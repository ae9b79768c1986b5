"""Interval arithmetic over written figures: rounding never raises a flag.

A figure written ``2.08`` stands for every value that rounds to it,
``[2.075, 2.085]``, and, since reports often cut digits off instead of
rounding (197.68% written 197%), every value it truncates: the interval
reaches one unit of the last digit away from zero, ``[2.075, 2.09]``.  A
relation between figures is violated only when no choice of values inside
their intervals satisfies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache


@lru_cache(maxsize=64)
def _half(exponent: int) -> Decimal:
    """Half a unit of the digit ``10^exponent``."""
    return Decimal(5).scaleb(exponent - 1)


@lru_cache(maxsize=64)
def _halves(exponent: int) -> tuple[Decimal, Decimal]:
    """``_half`` and twice it (a figure's interval needs both: worked out once)."""
    half = _half(exponent)
    return half, 2 * half


_ZERO = Decimal(0)
# a Decimal of each common exponent (whole, cents, tenths) with the halves of that exponent
_QUANTA = tuple((Decimal(1).scaleb(e), _halves(e)) for e in (0, -2, -1))
_ONE = Decimal(1)  # compared with Decimals: no conversion of an int on every figure


# Intervals are values, never changed once built; they are not frozen
# dataclasses only because the checks build hundreds of thousands of them
# and a slotted class builds in half the time.
@dataclass(slots=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def written(cls, value: Decimal, scale: Decimal | int = Decimal(1),
                truncated: bool = True) -> "Interval":
        """The values that round (or, with ``truncated``, cut) to ``value``, times ``scale``."""
        for quantum, halves in _QUANTA:  # the common exponents, told apart in C
            if value.same_quantum(quantum):
                half, twice = halves
                break
        else:  # (as_tuple builds a tuple of the digits through a Python call)
            exponent = value.as_tuple().exponent
            half, twice = _halves(exponent) if isinstance(exponent, int) else (_ZERO, _ZERO)
        if not truncated:
            lo, hi = value - half, value + half
        elif value >= _ZERO:
            lo, hi = value - half, value + twice
        else:
            lo, hi = value - twice, value + half
        if scale != _ONE:  # times 1, a Decimal of the context's precision stays as it is
            lo, hi = lo * scale, hi * scale
        return cls(lo, hi) if lo <= hi else cls(hi, lo)

    @classmethod
    def exact(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: "Interval") -> "Interval":
        products = [self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi]
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval | None":
        """The quotient, or None when the divisor may be zero."""
        if other.lo <= 0 <= other.hi:
            return None
        # ``self * Interval(1 / other.hi, 1 / other.lo)`` written out (no interval
        # built for the inverse): the same four products, in the same order
        a, b = 1 / other.hi, 1 / other.lo
        products = [self.lo * a, self.lo * b, self.hi * a, self.hi * b]
        return Interval(min(products), max(products))

    def scaled(self, factor: Decimal) -> "Interval":
        return self * Interval.exact(factor)

    def meets(self, other: "Interval | FastInterval") -> bool:
        """Whether some value lies in both intervals."""
        return self.lo <= other.hi and other.lo <= self.hi

    @property
    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2


    def fast(self) -> "FastInterval":
        return FastInterval(float(self.lo), float(self.hi))


@dataclass(slots=True)
class FastInterval:
    """Interval in floats, for the many trial corrections of ``check.diagnose``.

    Same operations as :class:`Interval`; its bounds are off by float
    rounding only, which cannot turn a wrong correction into a fitting one
    in practice, and the violation itself is always judged in Decimals.
    """

    lo: float
    hi: float

    def __add__(self, other) -> "FastInterval":
        return FastInterval(self.lo + float(other.lo), self.hi + float(other.hi))

    def __sub__(self, other) -> "FastInterval":
        return FastInterval(self.lo - float(other.hi), self.hi - float(other.lo))

    def __mul__(self, other) -> "FastInterval":
        a, b = float(other.lo), float(other.hi)
        p = (self.lo * a, self.lo * b, self.hi * a, self.hi * b)
        return FastInterval(min(p), max(p))

    def __truediv__(self, other) -> "FastInterval | None":
        a, b = float(other.lo), float(other.hi)
        if a <= 0 <= b:
            return None
        a, b = 1 / b, 1 / a  # ``self * FastInterval(1 / b, 1 / a)`` written out
        p = (self.lo * a, self.lo * b, self.hi * a, self.hi * b)
        return FastInterval(min(p), max(p))

    def meets(self, other) -> bool:
        return self.lo <= float(other.hi) and float(other.lo) <= self.hi


def total(intervals: list) -> Interval | FastInterval:
    """The sum of ``intervals``, as ``+`` adds them one after the other: the
    bounds are added in that order and one interval is built at the end
    (not one per addition: the checks sum a few thousand lists per report)."""
    if not intervals:
        return Interval.exact(Decimal(0))
    out = intervals[0]
    if len(intervals) == 1:
        return out
    lo, hi = out.lo, out.hi
    if type(out) is FastInterval:  # FastInterval.__add__ reads the other bounds as floats
        for i in intervals[1:]:
            lo += float(i.lo)
            hi += float(i.hi)
        return FastInterval(lo, hi)
    for i in intervals[1:]:
        lo += i.lo
        hi += i.hi
    return Interval(lo, hi)


HUNDRED = Interval.exact(Decimal(100))
ONE = Interval.exact(Decimal(1))
