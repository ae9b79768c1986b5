"""The shortcuts of ``jsonrows`` write what json's encoder writes: a column of text
or of numbers written before its types are read, fields read from a record's own
dict, a record's line joined once."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from operator import attrgetter, itemgetter

from shebao.jsonrows import _column_json, _values, dict_json, rows_json
from shebao.jsonvalue import to_jsonable


@dataclass(frozen=True)
class Cell:
    a: object
    b: object = None


@dataclass(frozen=True, slots=True)
class Slotted:
    a: object
    b: object = None


@dataclass(frozen=True)
class Shadowed:
    """A record whose attributes are not its dict's entries."""

    a: object
    b: object = None

    def __getattribute__(self, name: str) -> object:
        found = object.__getattribute__(self, name)
        return f"读作{found}" if name == "a" else found


class Level(IntEnum):
    LOW = 1


def _expected(value) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


def _column_text(column: tuple) -> str | None:
    written = _column_json(column)
    return None if written is None else "[" + ", ".join(written) + "]"


VALUES = ["甲", "a, b", "\"引号\"", "", None, 0, -3, 10 ** 20, True, False, 1.5, -0.0,
          float("nan"), float("inf"), Level.LOW, Decimal("2.50"), Decimal("7"), (1, 2), ["x"],
          Cell(a=1)]


def test_jsonrows_columns_of_any_values_are_the_encoders_text() -> None:
    rng = random.Random(5)
    written = 0
    for _ in range(3000):
        first = rng.choice(["甲", 3, None, 2.0, Decimal("1.25")])
        column = (first, *(rng.choice(VALUES) for _ in range(rng.randint(0, 4))))
        text = _column_text(column)
        if text is not None:  # None: left to the encoder's hook (a record, a lossy figure)
            assert text == _expected(column), column
            written += 1
    assert written > 1500


def test_jsonrows_text_and_number_columns_take_the_shortcut() -> None:
    assert _column_json(("甲", "乙, 丙")) == ['"甲"', '"乙, 丙"']
    assert _column_json((1, None, 2.5, True)) == ["1", "null", "2.5", "true"]
    assert _column_text((1, "x, y")) == _expected((1, "x, y"))  # text among numbers
    assert _column_text((None, [1, 2])) == _expected((None, [1, 2]))
    assert _column_text((None, {"k": 1})) is None  # a dict: the hook's way


def test_jsonrows_values_read_from_the_own_dict_only_when_it_holds_the_fields() -> None:
    plain = (Cell(a="甲", b=1), Cell(a="乙"))
    values = _values(plain, attrgetter("a", "b"), itemgetter("a", "b"))
    assert [tuple(v) for v in values] == [("甲", 1), ("乙", None)]
    odd = Cell(a="丙", b=2)
    object.__setattr__(odd, "extra", "不写")  # a field beside the fields: read by name
    assert rows_json((odd, *plain)) == _expected((odd, *plain))
    assert rows_json((Slotted(a="丁", b=3),)) == _expected((Slotted(a="丁", b=3),))
    lacking = Cell(a="己", b=4)
    del vars(lacking)["b"]  # a field not in its own dict: the class's default, read by name
    assert rows_json((*plain, lacking)) == _expected((*plain, lacking))
    assert rows_json((Shadowed(a="戊"),)) == '[{"a": "读作戊", "b": null}]'


def test_jsonrows_dict_json_joins_a_record_once() -> None:
    data = {"source": "报告.txt", "cells": (Cell(a="甲", b=1), Cell(a="乙")), "empty": (),
            "list": [], "none": None}
    assert dict_json(data) == _expected(data)
    assert dict_json({}) == "{}"


def test_jsonrows_a_lone_surrogate_anywhere_leaves_the_text_to_the_slow_walk() -> None:
    """What ``dict_json`` writes is valid Unicode: a text holding a lone surrogate (a
    file name's undecodable byte) makes it answer None, wherever the text stands."""
    odd = "名\udce9"
    for data in ({"cells": (Cell(a=odd),)}, {"cells": (Cell(a=None), Cell(a=odd))},
                 {"cells": (Cell(a=(odd, "节")),)}, {"cells": (Cell(a=1), Cell(a=[odd]))},
                 {"source": odd}, {odd: 1}, {"extra": {"k": odd}}):
        assert dict_json(data) is None, data
    assert rows_json((Cell(a=odd),)) is None
    fine = {"cells": (Cell(a="名"), Cell(a=("节", None))), "source": "报告"}
    assert dict_json(fine) == _expected(fine)


@dataclass(frozen=True)
class SubCell(Cell):
    pass


def test_jsonrows_rows_of_one_exact_class_only() -> None:
    """The class test reads each item's type once, in C: a subclass is another class."""
    assert rows_json((Cell(a=1), SubCell(a=2))) is None
    assert rows_json((SubCell(a=2), Cell(a=1))) is None
    assert rows_json((SubCell(a="甲"), SubCell(a=2))) == _expected((SubCell(a="甲"), SubCell(a=2)))


def test_jsonrows_a_column_of_nulls_and_columns_opening_with_one() -> None:
    for column in [(None,), (None,) * 40, (None, None, 0), (None, "甲"), (None, False),
                   (None,) * 9 + (Decimal("1.50"),), (None, 2.5, None)]:
        assert _column_text(column) == _expected(list(column)), column
