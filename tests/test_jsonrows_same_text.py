"""A list of records written column by column (``jsonrows``) is the very text
json's encoder writes for the same value after ``to_jsonable``; what columns
cannot say (a lossy figure, a dict field, mixed classes) is left to it."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal

from shebao.jsonrows import dict_json, rows_json
from shebao.jsonvalue import lossy, to_jsonable


@dataclass(frozen=True)
class Note:
    text: str
    start: int


@dataclass(frozen=True)
class Line:
    name: str | None
    value: Decimal | None
    share: float
    done: bool | None
    where: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    extra: object = None


@dataclass(frozen=True)
class Other:
    name: str
    count: int


def _expected(value) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


def _lines() -> list[Line]:
    where = ("第一部分", "收支情况")
    return [
        Line(name="本年收入", value=Decimal("1203.45"), share=0.5, done=True, where=where),
        Line(name=None, value=None, share=-0.0, done=None, where=where,
             notes=(Note(text="说明 \"引号\" 与 \\ 斜杠", start=3),)),
        Line(name="结余, 逗号", value=Decimal("7E+2"), share=math.inf, done=False,
             where=("另一节",), extra=("a", 1, None)),
        Line(name="%s 百分号", value=Decimal("-0"), share=float("nan"), done=True),
        Line(name="\n换行\t", value=Decimal("0.10"), share=1e-7, done=True, extra=2.5),
    ]


def test_rows_are_the_encoders_text() -> None:
    lines = tuple(_lines())
    for count in range(1, len(lines) + 1):
        assert rows_json(lines[:count]) == _expected(lines[:count])


def test_a_record_dict_is_the_encoders_text() -> None:
    data = {"source": "报告.txt", "year": 2021, "lines": tuple(_lines()), "empty": (),
            "others": [Other(name="甲", count=1), Other(name="乙", count=2)], "flag": None}
    assert dict_json(data) == _expected(data)


def test_a_lossy_figure_is_left_to_the_encoder() -> None:
    lines = (*_lines(), Line(name="长数", value=Decimal("12345678901234567890"), share=1.0,
                             done=True))
    assert rows_json(lines) is None


def test_a_dict_field_or_mixed_classes_are_left_to_the_encoder() -> None:
    with_dict = (Line(name="甲", value=None, share=1.0, done=None, extra={"k": Decimal("1.5")}),)
    assert rows_json(with_dict) is None
    mixed = (Other(name="甲", count=1), Note(text="乙", start=2))
    assert rows_json(mixed) is None
    assert dict_json({1: "a key that is no text"}) is None


@dataclass(frozen=True)
class Holder:
    items: dict = field(default_factory=dict)
    label: str = ""


def test_values_of_any_type_match_the_encoder() -> None:
    holders = (Holder(label="一"), Holder(label="二"))
    assert rows_json(holders) is None  # a dict field: the hook converts it
    plain = (Other(name="丙", count=True), Other(name="丁", count=10 ** 30))
    assert rows_json(plain) == _expected(plain)


@dataclass(frozen=True)
class Figure:
    value: Decimal | None
    label: str


def test_figures_of_every_shape_are_the_encoders_numbers() -> None:
    rng = random.Random(7)
    figures = []
    for _ in range(2000):
        digits = rng.randint(0, 10 ** rng.randint(1, 16))
        value = Decimal(f"{rng.choice(['', '-'])}{digits}E{rng.randint(-4, 3)}")
        figures.append(Figure(value=rng.choice([value, value, None]), label="数"))
    in_rows = 0
    for start in range(0, len(figures), 10):
        some = tuple(figures[start:start + 10])
        written = rows_json(some)
        if written is not None:  # None: a lossy figure among them, left to the encoder
            assert written == _expected(some)
            in_rows += 1
        else:
            assert any(f.value is not None and lossy(f.value) for f in some)
    assert in_rows > 50
