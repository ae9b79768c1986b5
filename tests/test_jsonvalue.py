"""to_jsonable: record values as plain JSON values."""

from __future__ import annotations

import json
import os
import random
from dataclasses import asdict, dataclass
from decimal import Decimal

import pytest

from shebao.jsonvalue import lossy, safe_text, to_jsonable


def test_jsonvalue_whole_decimal_becomes_int_and_others_float() -> None:
    assert to_jsonable(Decimal("120")) == 120 and isinstance(to_jsonable(Decimal("120")), int)
    assert to_jsonable(Decimal("2.50")) == 2.5
    assert isinstance(to_jsonable(Decimal("2.0")), float)  # written with decimals


def test_jsonvalue_containers_converted_item_by_item() -> None:
    value = {"a": (Decimal("1.5"), "x"), "b": [{"c": Decimal("3")}], "d": None}
    assert to_jsonable(value) == {"a": [1.5, "x"], "b": [{"c": 3}], "d": None}


@pytest.mark.parametrize(("written", "number"), [
    ("123456789012345678901234567890", 123456789012345678901234567890),  # beyond 2**53
    ("9007199254740993", 9007199254740993),
    ("12345678901234567890.25", 12345678901234567890.25),
    ("0." + "0" * 400 + "1", 0.0),  # below the smallest double
])
def test_jsonvalue_a_figure_a_double_cannot_hold_keeps_its_digits(written: str, number) -> None:
    data = to_jsonable({"value": Decimal(written), "unit": "万元"})
    assert data == {"value": number, "value_exact": written, "unit": "万元"}
    assert list(data) == ["value", "value_exact", "unit"]  # beside its number


@pytest.mark.parametrize("written", ["3120.40", "0.1", "-2.08", "1E-25", "9007199254740992", "0"])
def test_jsonvalue_a_figure_a_double_holds_has_no_exact_text(written: str) -> None:
    data = to_jsonable({"value": Decimal(written)})
    assert list(data) == ["value"] and Decimal(repr(data["value"])) == Decimal(written)


def test_jsonvalue_exact_text_never_overwrites_a_field() -> None:
    data = to_jsonable({"value": Decimal("1" * 30), "value_exact": "as stored"})
    assert data["value_exact"] == "as stored"


def test_jsonvalue_non_finite_is_null_beside_its_text() -> None:
    assert to_jsonable({"v": Decimal("NaN")}) == {"v": None, "v_exact": "NaN"}
    assert to_jsonable({"v": Decimal("1" * 400 + ".5")})["v"] is None  # beyond a double


def test_jsonvalue_undecodable_name_bytes_become_backslash_escapes() -> None:
    name = os.fsdecode(b"/tmp/r-\xff\xfe.txt")
    assert to_jsonable({"source": name}) == {"source": "/tmp/r-\\xff\\xfe.txt"}
    assert safe_text("\ud800x") == "\\ud800x" and safe_text("报告") == "报告"
    json.dumps(to_jsonable([name]), ensure_ascii=False).encode("utf-8")  # valid UTF-8


def test_jsonvalue_lossy_shortcut_agrees_with_the_round_trip() -> None:
    """Up to 15 significant digits never need their text: the shortcut equals the round trip."""
    rng = random.Random(14)
    for _ in range(5000):
        digits = rng.randint(1, 18)
        value = Decimal(rng.randrange(10 ** digits)).scaleb(-rng.randint(0, 20))
        number = float(value)
        assert lossy(value) == (Decimal(repr(number)) != value), value


def test_jsonvalue_a_dataclass_reads_as_its_fields_without_a_copy() -> None:
    @dataclass(frozen=True)
    class Inner:
        value: Decimal
        names: tuple[str, ...]

    @dataclass(frozen=True)
    class Outer:
        inner: Inner
        items: list[Inner]
        extra: dict

    outer = Outer(inner=Inner(value=Decimal("1.50"), names=("a", "b")),
                  items=[Inner(value=Decimal("12345678901234567890"), names=())],
                  extra={"k": Decimal("2")})
    assert to_jsonable(outer) == to_jsonable(asdict(outer))
    assert to_jsonable(outer)["items"][0]["value_exact"] == "12345678901234567890"


def test_jsonvalue_dumps_writes_what_the_full_walk_writes() -> None:
    """The encoder's one-level hook (``shallow``) writes every dataclass as the
    full walk does: figures as numbers, a lossy one with its text right after
    it, dict fields converted, and fields of slotted classes or set later too."""
    from shebao.jsonvalue import dumps

    @dataclass
    class Figure:
        value: Decimal
        note: object = None
        value_exact: str = "kept"

    @dataclass(slots=True)
    class Slotted:
        first: object
        second: object = Decimal("1E+500")

    @dataclass
    class Empty:
        pass

    class Odd(Decimal):
        pass

    later = Figure(Decimal("2"))
    later.note = Decimal("0.25")
    values = [
        Figure(Decimal("123456789012345678901234567890"), {"a": Decimal("1.5"), "b": Decimal("NaN")}),
        Figure(Odd("98765432109876543210.5"), [Figure(Decimal("1E-400"))]),
        Slotted(Empty(), {"n": Decimal("7")}), Slotted(Decimal("1E+500"), Decimal("-0.000")),
        Slotted(Decimal("12345678901234567890123"), "after"), later,
        [Figure(Decimal("3.10"), Slotted(Decimal("Infinity")))], Empty(),
    ]
    for value in values:
        assert dumps(value) == json.dumps(to_jsonable(value), ensure_ascii=False), value
