"""Record values as plain JSON values (the contract of ../shared/spec/output.md).

A ``Decimal`` that is a whole number written without decimals becomes an
``int``, any other ``Decimal`` a ``float``; tuples become lists; lists and
dicts are converted item by item; a dataclass instance is read as the dict
of its fields (as ``dataclasses.asdict`` would give, without its deep copy);
every other value is kept as it is.

Exact figures: most JSON readers hold a number as a double.  When a
``Decimal`` under key ``k`` of a dict would not come back as the same value
from a double (more than 15–17 significant digits, an integer beyond 2**53,
a value beyond the range of a double), the dict gains ``k + "_exact"``: the
figure's digits as text (``"123456789012345678901234567890"``); a value no
double can hold at all (beyond its range) is written ``null`` beside it.
An existing key of that name is never overwritten.

Text: a string that is no valid Unicode (lone surrogates: a file name in
bytes that are no UTF-8, decoded with ``surrogateescape``) is written with
its undecodable bytes as ``\\xNN``, so the JSON is always valid UTF-8.
"""

from __future__ import annotations

import dataclasses
import json
import math
from decimal import Decimal
from itertools import compress
from typing import Any

EXACT_SUFFIX = "_exact"
_PLAIN = (int, float, bool, type(None))  # kept as they are, checked first
_FIELDS: dict[type, tuple[str, ...] | None] = {}  # field names of each class met (None: no dataclass)
# a whole Decimal, and one of each other common exponent of a figure (cents, tenths) with it
_WHOLE = Decimal(1)
_QUANTA = tuple((Decimal(1).scaleb(e), e) for e in (-2, -1))


def safe_text(text: str) -> str:
    """``text`` as valid Unicode: surrogate-escaped bytes as ``\\xNN``, other surrogates escaped."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def exact_text(value: Decimal) -> str:
    """The digits of ``value`` in plain notation (``1E-25`` → ``0.0000000000000000000000001``)."""
    return format(value, "f")


def _number(value: Decimal) -> int | float | None:
    return _as_number(value, value.as_tuple().exponent)  # a letter for NaN and infinities


def _as_number(value: Decimal, exponent: int | str) -> int | float | None:
    if not isinstance(exponent, int):
        return None
    if exponent >= 0:  # every digit left of the point: a whole number
        return int(value)
    number = float(value)
    return number if math.isfinite(number) else None


def lossy(value: Decimal) -> bool:
    """A double read from the JSON of ``value`` is not ``value``."""
    if not value.is_finite():
        return True
    sign, digits, exponent = value.as_tuple()
    if len(digits) <= 15 and -300 < int(exponent) < 290:
        return False  # up to 15 significant digits always come back from a double
    number = float(value)  # inf beyond the range of a double
    return not math.isfinite(number) or Decimal(repr(number)) != value


def number_lossy(value: Decimal) -> tuple[int | float | None, bool]:
    """(``_number``, ``lossy``) of ``value``, from one look at its digits."""
    if value.same_quantum(_WHOLE):  # the commonest figure, written out: up to 15 digits is exact
        if value.adjusted() < 15:
            return int(value), False
        return int(value), lossy(value)
    for quantum, exponent in _QUANTA:  # the other common exponents, told apart in C
        if value.same_quantum(quantum):
            break
    else:  # (as_tuple builds a tuple of the digits through a Python call)
        written = value.as_tuple().exponent
        if not isinstance(written, int):  # NaN, infinities
            return None, True
        exponent = written
    if exponent >= 0:  # ``_as_number``, written out
        number: int | float | None = int(value)
    else:
        number = float(value)
        if not math.isfinite(number):
            number = None
    # adjusted() is the exponent of the first digit: its digits number adjusted() - exponent + 1
    if value.adjusted() - exponent < 15 and -300 < exponent < 290:
        return number, False  # up to 15 digits, as in ``lossy``
    return number, lossy(value)


def _field_names(value: Any) -> tuple[str, ...] | None:
    """The field names of a dataclass instance (cached by class); None for anything else."""
    return field_names(type(value))


def field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (cached); None for any other class."""
    if cls not in _FIELDS:
        _FIELDS[cls] = (tuple(f.name for f in dataclasses.fields(cls))
                        if dataclasses.is_dataclass(cls) else None)
    return _FIELDS[cls]


def to_jsonable(value: Any) -> Any:
    """``value`` with its Decimals as int/float and its tuples as lists, recursively."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, (tuple, list)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            out[k] = to_jsonable(v)
            if isinstance(v, Decimal) and isinstance(k, str) and lossy(v) \
                    and k + EXACT_SUFFIX not in value:
                out[k + EXACT_SUFFIX] = exact_text(v)
        return out
    names = _field_names(value)
    if names is not None:
        return _fields_jsonable(value, names)
    return value


def _fields_jsonable(value: Any, names: tuple[str, ...]) -> dict:
    """The dict branch of ``to_jsonable`` over a dataclass's fields, without building the dict first."""
    out = {}
    for k in names:
        v = getattr(value, k)
        if type(v) in _PLAIN:
            out[k] = v
            continue
        out[k] = to_jsonable(v)
        if isinstance(v, Decimal) and lossy(v) and k + EXACT_SUFFIX not in names:
            out[k + EXACT_SUFFIX] = exact_text(v)
    return out


def shallow(value: Any) -> Any:
    """One level of ``to_jsonable``, for json's ``default`` hook: the encoder walks the rest.

    A Decimal becomes its number; a dataclass the dict of its fields (a
    lossy figure with its text beside it), a field that is a dict converted
    whole; anything else json cannot write is a TypeError, as without it.
    The fields are copied in C (the instance's own dict when it holds just
    them, in order) and only the few that are Decimals or dicts, found by
    their types in C, are visited in Python; a Decimal field is written as
    its number here, not by a second call of this hook.
    """
    names = _FIELDS.get(type(value))
    if names is None:  # a Decimal, a class not met yet, or one json cannot write
        if isinstance(value, Decimal):
            return _number(value)
        names = _field_names(value)
        if names is None:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    # the fields copied in C: the instance's own dict when it holds exactly them, in order
    own = getattr(value, "__dict__", None)
    if own is not None and tuple(own) == names:
        out = own.copy()
    else:
        out = {k: getattr(value, k) for k in names}
    try:  # the names of the fields to convert, found in C
        special = list(compress(names, map(_SPECIAL.__getitem__, map(type, out.values()))))
    except KeyError:  # a type not met before: learn it
        special = [k for k, v in out.items() if special_type(type(v))]
    if not special:
        return out
    exact = {}
    for k in special:
        v = out[k]
        if type(v) is dict:
            out[k] = to_jsonable(v)
            continue
        out[k], inexact = number_lossy(v)
        if inexact and k + EXACT_SUFFIX not in names:
            exact[k] = exact_text(v)
    return _with_exact(out, exact) if exact else out


_SPECIAL: dict[type, bool] = {}  # by type: a dict or a Decimal (a field ``shallow`` converts)


def special_type(cls: type) -> bool:
    """Whether ``shallow`` converts a field of this type (a dict or a Decimal)."""
    found = _SPECIAL.get(cls)
    if found is not None:
        return found
    found = _SPECIAL[cls] = cls is dict or issubclass(cls, Decimal)
    return found


def _with_exact(out: dict, exact: dict[str, str]) -> dict:
    """``out`` with the text of each lossy figure right after it."""
    ordered = {}
    for k, v in out.items():
        ordered[k] = v
        if k in exact:
            ordered[k + EXACT_SUFFIX] = exact[k]
    return ordered


# json.dumps's encoder, built once, without its circular check (an id kept per dict and list):
# a record holds tuples of frozen records, and a dataclass's fields come through the hook as a
# new dict each time, which that check never sees again; a list or dict holding itself is a
# RecursionError here instead of a ValueError
encode_unchecked = json.JSONEncoder(ensure_ascii=False, default=shallow,
                                    check_circular=False).encode


def dumps(value: Any) -> str:
    """``json.dumps(to_jsonable(value), ensure_ascii=False)``, with json's C encoder walking."""
    return valid_json(encode_unchecked(value), value)


def valid_json(text: str, value: Any) -> str:
    """``text``, the encoder's JSON of ``value``, when it is valid Unicode; else the slow walk's."""
    if not text.isascii():
        try:  # UTF-32 fails on exactly the code points UTF-8 fails on (surrogates), and is cheaper
            text.encode("utf-32-le")
        except UnicodeEncodeError:  # a surrogate: the slow walk escapes it (safe_text)
            return json.dumps(to_jsonable(value), ensure_ascii=False)
    return text
