"""A record's JSON written column by column: json's own bytes, fewer steps.

``dict_json(data)`` is ``jsonvalue``'s encoder's text of ``data`` (a dict
whose values are a record's fields: scalars, and tuples of dataclass
instances such as a report's facts) character for character.  json's C
encoder calls the ``default`` hook once per instance and walks a new dict
of its fields; here a tuple of instances of one class is taken apart into
columns (one per field), each column is written by one C call over all its
values (``encode_basestring`` over a column of text, the encoder once over
a column of numbers), and the list is one join of those texts with the
class's keys (each key's JSON made once per class).  A column of Decimals becomes numbers as
``jsonvalue.shallow`` makes them; whatever the columns cannot say exactly as
the hook would (a lossy figure with its ``_exact`` text, a dict field, a
Decimal beside other types) returns None, and the caller writes the value
the usual way.
"""

from __future__ import annotations

from decimal import Decimal
import json.encoder
from json.encoder import encode_basestring
from itertools import chain, repeat
from operator import attrgetter
from typing import Any, Callable

from shebao import jsonvalue

_NONE = type(None)
_DECIMALS = frozenset((Decimal, _NONE))
_WHOLE, _CENTS = Decimal(1), Decimal("0.01")
_NUMBERS = frozenset((int, float, bool, _NONE))  # a column of these: one call of the encoder
_TEXT = {str}
_FLOAT = {float}
# a column of text and other scalars: one C call per value
_SCALAR: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, int: int.__repr__, _NONE: lambda v: "null",
}
_PLAIN = (str, int, float, list, tuple, dict)  # a class json writes without the hook
# by class: (getter of its fields as a tuple, the JSON before each value), None: not in rows
_ROWS: dict[type, tuple[attrgetter, tuple[str, ...]] | None] = {}


def _make_encoder() -> Callable[[Any], str]:
    """One value as ``jsonvalue``'s encoder writes it (C encoder built once, when there is one)."""
    make = getattr(json.encoder, "c_make_encoder", None)  # None without json's C module
    if make is None:
        return jsonvalue.encode_unchecked
    # json.JSONEncoder's arguments: no circular check, no indent, sort_keys, skipkeys off, NaN on
    chunks = make(None, jsonvalue.shallow, encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(chunks(value, 0))


_encode = _make_encoder()


def dict_json(data: dict) -> str | None:
    """``data`` (a dict of str keys) as json's encoder writes it; None when a key is no str."""
    parts = []
    for k, v in data.items():
        if type(k) is not str:
            return None
        text = rows_json(v) if type(v) in (tuple, list) and v else None
        parts.append(f"{encode_basestring(k)}: {_encode(v) if text is None else text}")
    return "{" + ", ".join(parts) + "}"


def rows_json(items: tuple | list) -> str | None:
    """A tuple of instances of one dataclass as a JSON list; None when columns cannot say it."""
    cls = type(items[0])
    if cls not in _ROWS:
        _ROWS[cls] = _rows_of(cls)
    rows = _ROWS[cls]
    if rows is None or any(type(item) is not cls for item in items):
        return None
    getter, keys = rows
    # the pieces in order: "[{" key0 value0 key1 value1 … then "}, {" key0 … and "}]" last
    pieces: list = [chain(("[" + keys[0],), repeat("}, " + keys[0]))]
    for i, column in enumerate(zip(*map(getter, items))):
        written = _column_json(column)
        if written is None:
            return None
        if i:
            pieces.append(repeat(keys[i]))
        pieces.append(written)
    return "".join(chain.from_iterable(zip(*pieces))) + "}]"


def _rows_of(cls: type) -> tuple[attrgetter, tuple[str, ...]] | None:
    """The getter of the fields of ``cls`` and the JSON before each field's value
    (None: not a plain dataclass)."""
    names = jsonvalue.field_names(cls)
    if names is None or len(names) < 2 or issubclass(cls, _PLAIN):
        return None
    keys = tuple(f"{', ' if i else '{'}{encode_basestring(n)}: " for i, n in enumerate(names))
    return attrgetter(*names), keys


def _column_json(column: tuple) -> list[str] | None:
    """The JSON of each value of one field (as ``shallow`` and the encoder write it)."""
    kinds = set(map(type, column))
    if kinds <= _DECIMALS and Decimal in kinds:
        numbers = _numbers(column)
        if numbers is None:
            return None
        return _numbers_json(numbers, set(map(type, numbers)))
    if kinds <= _NUMBERS:
        return _numbers_json(column, kinds)
    if kinds == _TEXT:
        return list(map(encode_basestring, column))
    if kinds <= _SCALAR.keys():
        return [_SCALAR[type(v)](v) for v in column]
    if any(jsonvalue.special_type(kind) for kind in kinds):
        return None  # a dict, or a Decimal beside other types: the hook's way
    return _each(column)


def _numbers_json(column: tuple | list, kinds: set[type]) -> list[str]:
    """Numbers and nulls by one call of the encoder (its text of them holds no ", "); a
    column of floats (confidences: a few values, each costly to write) each value once."""
    if kinds == _FLOAT:
        unique = list(dict.fromkeys(column))
        if 0.0 not in unique:  # 0.0 and -0.0 are one key, but two texts
            texts = dict(zip(unique, _encode(unique)[1:-1].split(", ")))
            return list(map(texts.__getitem__, column))
    return _encode(list(column))[1:-1].split(", ")


def _numbers(column: tuple) -> list[int | float | None] | None:
    """Decimals (or None) as ``shallow`` writes them; None when one is lossy (needs ``_exact``).
    The commonest figures, whole or in cents with few digits, are read here (``number_lossy``'s
    first steps); any other through it."""
    out: list[int | float | None] = []
    for value in column:
        if value is None:
            out.append(None)
        elif value.same_quantum(_WHOLE) and value.adjusted() < 15:
            out.append(int(value))
        elif value.same_quantum(_CENTS) and value.adjusted() < 13:
            out.append(float(value))
        else:
            number, lossy = jsonvalue.number_lossy(value)
            if lossy:
                return None
            out.append(number)
    return out


def _each(column: tuple) -> list[str]:
    """Values of any other type, each by the encoder (a value met twice written once)."""
    written: dict[int, str] = {}
    out = []
    for value in column:
        text = written.get(id(value))
        if text is None:
            text = written[id(value)] = _encode(value)
        out.append(text)
    return out
