"""to_jsonable: record values as plain JSON values."""

from __future__ import annotations

from decimal import Decimal

from shebao.jsonvalue import to_jsonable


def test_jsonvalue_whole_decimal_becomes_int_and_others_float() -> None:
    assert to_jsonable(Decimal("120")) == 120 and isinstance(to_jsonable(Decimal("120")), int)
    assert to_jsonable(Decimal("2.50")) == 2.5
    assert isinstance(to_jsonable(Decimal("2.0")), float)  # written with decimals


def test_jsonvalue_containers_converted_item_by_item() -> None:
    value = {"a": (Decimal("1.5"), "x"), "b": [{"c": Decimal("3")}], "d": None}
    assert to_jsonable(value) == {"a": [1.5, "x"], "b": [{"c": 3}], "d": None}
