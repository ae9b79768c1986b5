"""Record values as plain JSON values (the contract of ../shared/spec/output.md).

A ``Decimal`` that is a whole number written without decimals becomes an
``int``, any other ``Decimal`` a ``float``; tuples become lists; lists and
dicts are converted item by item; every other value is kept as it is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def to_jsonable(value: Any) -> Any:
    """``value`` with its Decimals as int/float and its tuples as lists, recursively."""
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent  # a letter for NaN and infinities
        whole = isinstance(exponent, int) and exponent >= 0 and value == value.to_integral_value()
        return int(value) if whole else float(value)
    if isinstance(value, (tuple, list)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value
