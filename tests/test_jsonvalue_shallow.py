"""``shallow`` (the encoder's one-level hook) reads a record's fields from its
instance dict or by name, finds the Decimal and dict fields by their types in
C, and reads a Decimal before any class lookup: over many records of mixed
field values, types it has not met before among them, it gives the dict of
fields the plain per-field computation gives."""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from decimal import Decimal

from shebao.jsonvalue import EXACT_SUFFIX, _number, exact_text, lossy, shallow, to_jsonable


class Amount(Decimal):  # a Decimal subclass: a figure, never a record
    pass


class Label(str):  # a str subclass: kept as it is
    pass


@dataclass(frozen=True)
class Row:
    name: object
    value: object
    other: object = None


@dataclass
class Loose:
    first: object
    second: object = None


def _plain(record) -> dict:
    out = {}
    names = [f.name for f in fields(record)]
    for name in names:
        v = getattr(record, name)
        if isinstance(v, Decimal):
            out[name] = _number(v)
            if lossy(v) and name + EXACT_SUFFIX not in names:
                out[name + EXACT_SUFFIX] = exact_text(v)
        elif type(v) is dict:
            out[name] = to_jsonable(v)
        else:
            out[name] = v
    return out


def _values(rng: random.Random) -> list[object]:
    return [None, "text", Label("label"), 7, 2.5, True, ("a", "b"), {"k": Decimal("1.5")},
            Decimal(rng.randrange(10 ** rng.randint(1, 20))).scaleb(-rng.randint(0, 4)),
            Amount("12.30"), Decimal("NaN"), Decimal("-Infinity"), frozenset({1}),
            Row("inner", Decimal("3"))]


def test_shallow_gives_the_plain_fields_of_many_records() -> None:
    rng = random.Random(14)
    for _ in range(3000):
        pool = _values(rng)
        record = rng.choice([Row, Loose])(*(rng.choice(pool) for _ in range(2)))
        if rng.random() < 0.2:  # an attribute set outside the fields: read by name
            object.__setattr__(record, "note", "set later")
        got = shallow(record)
        assert got == _plain(record) and list(got) == list(_plain(record)), record


def test_shallow_reads_a_decimal_subclass_as_its_number() -> None:
    assert shallow(Amount("2.50")) == 2.5 and shallow(Decimal("4")) == 4
    assert shallow(Amount("1E+3")) == 1000 and shallow(Amount("NaN")) is None
