"""A record's JSON written column by column: json's own bytes, fewer steps.

``dict_json(data)`` is ``jsonvalue``'s encoder's text of ``data`` (a dict
whose values are a record's fields: scalars, and tuples of dataclass
instances such as a report's facts) character for character.  json's C
encoder calls the ``default`` hook once per instance and walks a new dict
of its fields; here a tuple of instances of one class is taken apart into
columns (one per field), each column is written by one C call over all its
values (``encode_basestring`` over a column of text, the encoder once over
a column of numbers; a column whose first value is text or a number is
written so before its types are read, which only a value of another type
stops), the fields read from each instance's own dict when it holds just
them, and a record's whole line is one join of those texts with the
class's keys (each key's JSON made once per class).  A column of Decimals becomes numbers as
``jsonvalue.shallow`` makes them; whatever the columns cannot say exactly as
the hook would (a lossy figure with its ``_exact`` text, a dict field, a
Decimal beside other types) returns None, and the caller writes the value
the usual way.  So does a text holding a lone surrogate: what these write is
always valid Unicode, each text tested once where it is written.
"""

from __future__ import annotations

from decimal import Decimal
import json.encoder
from json.encoder import encode_basestring
from itertools import chain, repeat
from inspect import getattr_static
from operator import attrgetter, itemgetter
from typing import Any, Callable, Iterable

from shebao import jsonvalue

_NONE = type(None)
_DECIMALS = frozenset((Decimal, _NONE))
_WHOLE, _CENTS = Decimal(1), Decimal("0.01")
_NUMBERS = frozenset((int, float, bool, _NONE))  # a column of these: one call of the encoder
_TEXT = {str}
_FLOAT = {float}
_LONG = 40  # the mean length of the texts of a column whose repeated texts are written once
# a column of text and other scalars: one C call per value
_SCALAR: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, int: int.__repr__, _NONE: lambda v: "null",
}
_PLAIN = (str, int, float, list, tuple, dict)  # a class json writes without the hook
# by class: (getter of its fields as a tuple, their getter from an instance's dict when
# ``_values`` may read them there, the JSON before each value), None: not in rows
_ROWS: dict[type, tuple[attrgetter, itemgetter | None, tuple[str, ...]] | None] = {}


def _make_encoder(default: Callable[[Any], Any]) -> Callable[[Any], str]:
    """One value as ``jsonvalue``'s encoder writes it, with ``default`` as its hook (C
    encoder built once, when there is one)."""
    make = getattr(json.encoder, "c_make_encoder", None)  # None without json's C module
    if make is None:
        return json.JSONEncoder(ensure_ascii=False, default=default, check_circular=False).encode
    # json.JSONEncoder's arguments: no circular check, no indent, sort_keys, skipkeys off, NaN on
    chunks = make(None, default, encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(chunks(value, 0))


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is no JSON scalar")


_encode = _make_encoder(jsonvalue.shallow)
_encode_plain = _make_encoder(_refuse)  # what json writes without the hook, else TypeError


def dict_json(data: dict) -> str | None:
    """``data`` (a dict of str keys) as json's encoder writes it, valid Unicode; None
    when a key is no str or a text holds a lone surrogate (``sound``).

    The whole text is one join of its pieces (a list of records' rows among them,
    each row's text joined first): a record's line runs to hundreds of thousands of
    characters, and each join or concatenation of it would copy them all again.  Its texts are tested
    for surrogates where they are written (a column's texts once each, not once per
    key and quote around them: a third of the line's characters)."""
    parts: list[str] = []
    sep = "{"
    for k, v in data.items():
        if type(k) is not str:
            return None
        key = encode_basestring(k)
        rows = _rows_pieces(v) if type(v) in (tuple, list) and v else None
        written = _encode(v) if rows is None else ""
        if not (sound(key) and sound(written)):
            return None
        parts.append(f"{sep}{key}: ")
        sep = ", "
        if rows is None:
            parts.append(written)
        else:
            parts.extend(rows)
    parts.append("}" if parts else "{}")
    return "".join(parts)


def sound(text: str) -> bool:
    """``text`` is valid Unicode: it holds no lone surrogate (the UTF-32 codec fails
    on exactly the code points UTF-8 fails on, and costs less)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-32-le")
    except UnicodeEncodeError:
        return False
    return True


def rows_json(items: tuple | list) -> str | None:
    """A tuple of instances of one dataclass as a JSON list, valid Unicode; None when
    columns cannot say it (or a text holds a lone surrogate)."""
    pieces = _rows_pieces(items)
    return None if pieces is None else "".join(pieces)


def _rows_pieces(items: tuple | list) -> Iterable[str] | None:
    """The pieces of ``rows_json``'s text, in order; None when columns cannot say it
    (or a text holds a lone surrogate: ``_column_json``)."""
    cls = type(items[0])
    if cls not in _ROWS:
        _ROWS[cls] = _rows_of(cls)
    rows = _ROWS[cls]
    if rows is None or list(map(type, items)).count(cls) != len(items):  # (in C: no generator)
        return None
    getter, own, keys = rows
    values = map(getter, items) if own is None else _values(items, getter, own)
    # the pieces in order: "[{" key0 value0 key1 value1 … then "}, {" key0 … and "}]" last
    pieces: list = [chain(("[" + keys[0],), repeat("}, " + keys[0]))]
    for i, column in enumerate(zip(*values)):
        written = _column_json(column)
        if written is None:
            return None
        if i:
            pieces.append(repeat(keys[i]))
        pieces.append(written)
    return chain(map("".join, zip(*pieces)), ("}]",))  # a row's pieces joined in one C call


def _rows_of(cls: type) -> tuple[attrgetter, itemgetter | None, tuple[str, ...]] | None:
    """The getter of the fields of ``cls``, their getter from an instance's dict (None
    when an attribute of an instance may be other than its own dict's entry) and the
    JSON before each field's value (None: not a plain dataclass)."""
    names = jsonvalue.field_names(cls)
    if names is None or len(names) < 2 or issubclass(cls, _PLAIN):
        return None
    keys = tuple(f"{', ' if i else '{'}{encode_basestring(n)}: " for i, n in enumerate(names))
    if not sound("".join(keys)):
        return None
    plain = cls.__getattribute__ is object.__getattribute__ and not any(
        _data_descriptor(getattr_static(cls, n, None)) for n in names)
    return attrgetter(*names), itemgetter(*names) if plain else None, keys


def _data_descriptor(attr: object) -> bool:
    """A class attribute that an instance's own dict does not override (a property, a slot)."""
    return hasattr(type(attr), "__set__") or hasattr(type(attr), "__delete__")


def _values(items: tuple | list, getter: attrgetter, own: itemgetter) -> Iterable:
    """The field values of each item, in field order: read from its own dict by
    ``own`` when that holds its fields (a dict lookup per field in C, no attribute
    lookup; cheaper than testing the dict's keys and order to read its values),
    else by ``getter``."""
    try:
        return list(map(own, map(vars, items)))
    except (TypeError, KeyError):  # no __dict__ (slots), or a field not in it
        return map(getter, items)


def _column_json(column: tuple) -> list[str] | None:
    """The JSON of each value of one field (as ``shallow`` and the encoder write it);
    None when the hook must write it, or a text holds a lone surrogate (numbers are
    ASCII: only texts are tested)."""
    first = type(column[0])  # a column of text or of numbers is written before its types are read
    if first is str:
        try:
            return _texts(column)
        except TypeError:  # a value that is no text: its types decide
            pass
    elif first is _NONE and column == (None,) * len(column):  # (compared by identity, in C)
        return ["null"] * len(column)  # a field no row has (a tenth of the corpus's values)
    elif first is int or first is _NONE:
        numbers = _whole_numbers(column) if first is int else None
        if numbers is not None:
            return numbers
        numbers = _plain_numbers(column)
        if numbers is not None:
            return numbers
    kinds = set(map(type, column))
    if kinds <= _DECIMALS and Decimal in kinds:
        return _numbers(column)
    if kinds <= _NUMBERS:
        return _numbers_json(column, kinds)
    if kinds <= _SCALAR.keys():  # text, nulls and whole numbers
        written = [_SCALAR[type(v)](v) for v in column]
        return written if sound("".join(written)) else None
    if any(jsonvalue.special_type(kind) for kind in kinds):
        return None  # a dict, or a Decimal beside other types: the hook's way
    return _each(column)


def _texts(column: tuple) -> list[str] | None:
    """The JSON of each text of a column (TypeError when a value is no text); None when
    one holds a lone surrogate.  In a column of long texts each distinct text is
    written once: a fact's sentence repeats down the facts it holds (the benchmark
    corpus's columns of texts of 40 characters or more on average hold 3.1 times the
    characters of their distinct texts); short texts cost more to look up than to
    write again (callgrind, write_jsonl over the corpus: 335.5 -> 332.4 M)."""
    joined = "".join(column)
    if not sound(joined):
        return None
    if len(joined) < _LONG * len(column):
        return list(map(encode_basestring, column))
    unique = dict.fromkeys(column)
    if len(unique) == len(column):
        return list(map(encode_basestring, column))
    written = dict(zip(unique, map(encode_basestring, unique)))
    return list(map(written.__getitem__, column))


def _whole_numbers(column: tuple) -> list[str] | None:
    """The JSON of each value of a column of whole numbers, by ``int.__repr__`` as the
    encoder writes them (an int subclass too), without its call and its text's split;
    None when a value is no int (its TypeError) or a bool (which the encoder writes
    true or false)."""
    try:
        written = list(map(int.__repr__, column))
    except TypeError:
        return None
    return None if bool in map(type, column) else written


def _plain_numbers(column: tuple) -> list[str] | None:
    """The JSON of each value of a column of numbers and nulls (``_numbers_json``'s
    one call of the encoder, without reading each value's type first); None when
    a value is anything else: the encoder refuses what needs the hook (a Decimal,
    a record), and text, lists and dicts show by their marks in its text."""
    try:
        text = _encode_plain(list(column))
    except TypeError:
        return None
    if '"' in text or "{" in text or "[" in text[1:]:
        return None
    return text[1:-1].split(", ")


def _numbers_json(column: tuple | list, kinds: set[type]) -> list[str]:
    """Numbers and nulls by one call of the encoder (its text of them holds no ", "); a
    column of floats (confidences: a few values, each costly to write) each value once."""
    if kinds == _FLOAT:
        unique = list(dict.fromkeys(column))
        if 0.0 not in unique:  # 0.0 and -0.0 are one key, but two texts
            texts = dict(zip(unique, _encode(unique)[1:-1].split(", ")))
            return list(map(texts.__getitem__, column))
    return _encode(list(column))[1:-1].split(", ")


def _numbers(column: tuple) -> list[str] | None:
    """The JSON of Decimals (or None) as ``shallow`` and the encoder write them; None when
    one is lossy (needs ``_exact``).  The commonest figures, whole or in cents with few
    digits, are written here from their own text, the others through ``number_lossy``:
    a whole one's int is written as its digits, which ``str`` gives without the int
    (but -0); a float of at most 15 significant digits is written as the shortest text
    that reads back as it, the Decimal's text without trailing zeros (then "x.0")."""
    out: list[str] = []
    for value in column:
        if value is None:
            out.append("null")
        elif value.same_quantum(_WHOLE) and value.adjusted() < 15:
            text = str(value)
            out.append("0" if text == "-0" else text)
        elif value.same_quantum(_CENTS) and value.adjusted() < 13:
            text = str(value).rstrip("0")
            out.append(text + "0" if text[-1] == "." else text)
        else:
            number, lossy = jsonvalue.number_lossy(value)
            if lossy:
                return None
            out.append(_encode(number))
    return out


def _each(column: tuple) -> list[str] | None:
    """Values of any other type, each by the encoder (a value met twice written once);
    None when a text holds a lone surrogate."""
    written: dict[int, str] = {}
    out = []
    for value in column:
        text = written.get(id(value))
        if text is None:
            text = written[id(value)] = _encode(value)
        out.append(text)
    return out if sound("".join(written.values())) else None
