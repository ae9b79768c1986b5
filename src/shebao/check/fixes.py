"""Candidate corrections of one written figure: another unit, one digit off.

A failed relation is explained when exactly one of its figures, corrected
in one of these ways, makes it hold: "246656 亿元" read as "246656 万元",
"690760" read as "69076".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation

import regex

from shebao.records import Fact
from shebao.textcache import text_cache
from shebao.units import money_units, wan_per_unit

# The number inside a figure's text ("246656 亿元", "-7379", "1,234.5万元").
NUMBER = regex.compile(
    r"""
    (?P<num>\d[\d,，]*(?:[.．]\d+)?)   # digits, separators, decimals
    """,
    regex.VERBOSE,
)


@lru_cache(maxsize=1)
def unit_tail() -> regex.Pattern:
    """The written money unit at the end of a figure's text, spaces and breaks allowed.

    Built from the units table, longest unit first; ``rest`` is what follows
    the unit (e.g. "/人"), holding no character a money unit ends with.
    """
    written = sorted(money_units(), key=len, reverse=True)
    unit = "|".join(r"\s*".join(regex.escape(c) for c in u) for u in written)
    ends = "".join(sorted({regex.escape(u[-1]) for u in written}))
    return regex.compile(rf"(?P<unit>{unit})(?P<rest>[^{ends}]*)$")


@dataclass(frozen=True)
class Fix:
    kind: str  # "unit" or "digit"
    value: Decimal  # the corrected value, in the unit of ``unit``
    unit: str
    suggestion: str  # the figure's text as it should read


def unit_fixes(fact: Fact) -> tuple[Fix, ...]:
    """The figure read in each other money unit (10^4 and 10^8 apart)."""
    return unit_fixes_of(fact.text, fact.value, fact.unit)


@text_cache(maxsize=4096)
def unit_fixes_of(written: str, value: Decimal, unit: str) -> tuple[Fix, ...]:
    """:func:`unit_fixes` of a figure's text, value and unit."""
    return tuple(_unit_variants(written, value, unit))


def _unit_variants(written: str, value: Decimal, unit: str) -> Iterator[Fix]:
    if unit not in wan_per_unit():
        return
    m = unit_tail().search(written)
    for other in wan_per_unit():
        if other == unit:
            continue
        if m is not None:
            text = written[:m.start("unit")] + other + m.group("rest")
        else:
            text = f"{written} ({other})"  # a table cell: the unit is the table's
        yield Fix(kind="unit", value=value, unit=other, suggestion=text)


def digit_fixes(fact: Fact) -> tuple[Fix, ...]:
    """The figure with one digit dropped, added or swapped."""
    return digit_fixes_of(fact.text, fact.value, fact.unit)


@text_cache(maxsize=4096)
def digit_fixes_of(text: str, value: Decimal, unit: str) -> tuple[Fix, ...]:
    """:func:`digit_fixes` of a figure's text, value and unit."""
    span, variants = number_variants(text)
    fixes = (digit_fix(text, value, unit, span, v) for v in variants)
    return tuple(f for f in fixes if f is not None)


DIGITS = "0123456789"

# A variant of a written number: its digits, and whether it adds a decimal
# the figure lost ("3943.67" written "3943.6").
Variant = tuple[str, bool]


@text_cache(maxsize=4096)
def number_variants(text: str) -> tuple[tuple[int, int], tuple[Variant, ...]]:
    """The span of the number in a figure's text and its one-edit variants
    that keep its precision (or restore a lost decimal), each once, in order.

    What they read as (:func:`digit_fix`) is not judged here: strings only.
    """
    span, written = written_number(text)
    return span, tuple(_kept_variants(written)) if written else ()


@text_cache(maxsize=4096)
def written_number(text: str) -> tuple[tuple[int, int], str]:
    """The span of the number in a figure's text and its digits as written
    (separators dropped; "" and (0, 0) when there is none)."""
    m = NUMBER.search(text)
    if m is None:
        return (0, 0), ""
    return m.span("num"), m.group("num").replace(",", "").replace("，", "").replace("．", ".")


def _kept_variants(written: str) -> list[Variant]:
    """The one-edit variants of ``written`` (a digit removed, added, or two
    neighbouring ones swapped) that keep its precision or
    restore a lost decimal ("3943.67" written "3943.6": rounded wrongly, by
    less than 1%; other changes of precision only widen the figure and are
    no slip), each once, in that order, none with a leading zero.

    Built by where the edit falls rather than by parsing every variant: a
    digit removed from the decimals loses one, one added to them restores
    one, any other edit keeps the decimals as they are.
    """
    n = len(written.partition(".")[0])  # digits of the whole part
    # a digit removed from the whole part (the last one gone leaves no number)
    removed = [written[:i] + written[i + 1:] for i in range(n)] if n > 1 else []
    # a digit added: to the whole part, then to the decimals (a lost decimal)
    cuts = [(written[:i], written[i:]) for i in range(len(written) + 1)]
    added = [left + d + right for left, right in cuts[:n + 1] for d in DIGITS]
    restored = [left + d + right for left, right in cuts[n + 1:] for d in DIGITS]
    # two neighbouring digits swapped (never across the point)
    swapped = [written[:a] + written[a + 1] + written[a] + written[a + 2:]
               for a in range(len(written) - 1)
               if written[a] != written[a + 1] and "." not in written[a:a + 2]]
    # the four kinds differ in length or decimals: no variant of one is one of another
    # (nor the number itself), so each is made unique on its own, its first kept
    return [*_kept(removed, False), *_kept(added, False), *_kept(restored, True),
            *_kept(swapped, False)]



def _kept(variants: list[str], lost: bool) -> list[Variant]:
    """Each variant once, in order, but those with a leading zero."""
    return [(v, lost) for v in dict.fromkeys(variants)
            if v[0] != "0" or len(v) == 1 or v[1] == "."]


def digit_fix(text: str, value: Decimal, unit: str, span: tuple[int, int],
              variant: Variant) -> Fix | None:
    """The fix a variant of the figure's number stands for, None when it is no slip."""
    digits, lost_decimal = variant
    try:
        new = Decimal(digits) * (-1 if value < 0 else 1)
    except InvalidOperation:
        return None
    if new == value:
        return None
    if value and abs(new - value) < abs(value) / 100 and not lost_decimal:
        return None  # a slip moves a figure by 1% at least: smaller gaps are no slips
    fixed = text[:span[0]] + digits + text[span[1]:]
    return Fix(kind="digit", value=new, unit=unit, suggestion=fixed)
