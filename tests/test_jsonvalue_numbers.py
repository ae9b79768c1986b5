"""A figure's number and its lossiness, read in one look at its digits
(``number_lossy``, ``_number``), equal the plain computation: a Decimal
with an exponent of zero or more is a whole number, so the comparison with
its integral value the plain computation makes is always true there."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import Decimal

from shebao.jsonvalue import _number, number_lossy, dumps, lossy, shallow


def _plain(value: Decimal):
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        return None
    if exponent >= 0 and value == value.to_integral_value():
        return int(value)
    number = float(value)
    return number if math.isfinite(number) else None


def _decimals(count: int) -> list[Decimal]:
    rng = random.Random(14)
    out = [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0"),
           Decimal("0E+3"), Decimal("0.000"), Decimal("1E+400"), Decimal("1E-400"),
           Decimal("9" * 40 + "E-1"), Decimal("123456789012345678")]
    for _ in range(count):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 22)))
        sign = rng.choice(["", "-"])
        out.append(Decimal(f"{sign}{digits}E{rng.randint(-330, 330)}"))
        out.append(Decimal(f"{sign}{digits}E{rng.randint(-6, 6)}"))
    return out


def _same(a, b) -> bool:
    return type(a) is type(b) and (a == b or (a is None and b is None))


def test_number_and_lossiness_equal_the_plain_computation() -> None:
    for value in _decimals(5000):
        number, inexact = number_lossy(value)
        assert _same(number, _plain(value)), value
        assert _same(_number(value), _plain(value)), value
        assert inexact is lossy(value), value


@dataclass(frozen=True)
class Empty:
    pass


@dataclass(frozen=True)
class Figures:
    value: Decimal
    note: str


def test_shallow_reads_classes_met_or_not_and_refuses_others() -> None:
    assert shallow(Empty()) == {} and shallow(Empty()) == {}
    assert shallow(Figures(Decimal("2.50"), "a")) == {"value": 2.5, "note": "a"}
    assert dumps([Figures(Decimal("3E+1"), "b")]) == '[{"value": 30, "note": "b"}]'
    try:
        shallow(object())
    except TypeError:
        pass
    else:
        raise AssertionError("an object that is no dataclass was written")
