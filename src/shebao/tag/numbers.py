"""Numbers as written: Arabic, Chinese numerals and mixed forms, as Decimal.

``parse_number("2.08") == Decimal("2.08")`` keeps the written precision;
a trailing magnitude (万, 亿, 万亿) is a unit, so ``parse_number("3.5亿")``
is ``Decimal("3.5")`` and :func:`split_magnitude` tells which magnitude.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache

import regex

from shebao.limits import limits
from shebao.resources import load
from shebao.textcache import text_cache
from shebao.units import magnitudes

WAN, YI = 10**4, 10**8  # the magnitudes a Chinese numeral is built from
NUMERAL_SCHEMA = {
    "digits": [{"char": str, "value": int, "digit_string?": bool}],
    "multipliers": [{"char": str, "value": int}],
    "signs": [{"char": str, "sign": int}],
}

# One token of a written number: an Arabic run or one Chinese character.
TOKEN = regex.compile(
    r"""
    (?P<arabic> [0-9][0-9,]* (?:\.[0-9]+)? )   # Arabic digits, ',' grouping, decimals
    | (?P<char> . )                            # any other character: a numeral
    """,
    regex.VERBOSE,
)


class NumberError(ValueError):
    """The text is not a number this module can read."""


@lru_cache(maxsize=1)
def _numerals() -> dict:
    return load("numerals.yaml", NUMERAL_SCHEMA)


@lru_cache(maxsize=1)
def digits() -> dict[str, int]:
    """Chinese digit character → value (零〇○ 0, 一 1, 二两 2 …)."""
    return {d["char"]: d["value"] for d in _numerals()["digits"]}


@lru_cache(maxsize=1)
def _string_digits() -> frozenset[str]:
    """The digits a number may be written with digit by digit ("二〇二〇")."""
    return frozenset(d["char"] for d in _numerals()["digits"] if d.get("digit_string", True))


@lru_cache(maxsize=1)
def multipliers() -> dict[str, int]:
    """十 百 千 → 10 100 1000."""
    return {m["char"]: m["value"] for m in _numerals()["multipliers"]}


@lru_cache(maxsize=1)
def signs() -> dict[str, int]:
    """Leading sign character → -1 or 1."""
    return {s["char"]: s["sign"] for s in _numerals()["signs"]}


def _arabic(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - TOKEN guards the form
        raise NumberError(text) from exc


def _digit_string(text: str) -> Decimal | None:
    """Chinese digits without units ("二〇二〇") read digit by digit."""
    if len(text) > 1 and all(c in _string_digits() for c in text):
        return Decimal("".join(str(digits()[c]) for c in text))
    return None


def _unsigned(text: str) -> Decimal:
    """Value of an unsigned number, magnitudes included ("3亿5千万")."""
    if not text:
        raise NumberError("empty number")
    plain = _digit_string(text)
    if plain is not None:
        return plain
    above_yi = Decimal(0)  # everything already multiplied by 亿
    wan_part = Decimal(0)  # the section multiplied by 万
    section = Decimal(0)  # below 万: sum of digit × 十/百/千
    pending: Decimal | None = None  # the last digit or Arabic run
    for m in TOKEN.finditer(text):
        if m.group("arabic"):
            pending = _arabic(m.group("arabic"))
            continue
        c = m.group("char")
        if c in digits():
            pending = Decimal(digits()[c])
        elif c in multipliers():
            section += (Decimal(1) if pending is None else pending) * multipliers()[c]
            pending = None
        elif magnitudes().get(c) == WAN:
            wan_part += (section + (pending or 0)) * WAN
            section, pending = Decimal(0), None
        elif magnitudes().get(c) == YI:
            above_yi = (above_yi + wan_part + section + (pending or 0)) * YI
            wan_part, section, pending = Decimal(0), Decimal(0), None
        else:
            raise NumberError(f"not a number: {text!r}")
    return above_yi + wan_part + section + (pending or 0)


@text_cache(maxsize=4096)  # pure, on short strings; errors are not cached
def split_magnitude(text: str) -> tuple[Decimal, str]:
    """Value in the trailing magnitude and that magnitude ("" when none).

    ``split_magnitude("3亿5千万") == (Decimal("35000"), "万")``.  A number
    of more than ``limits().max_number_digits`` digits is no figure
    (:class:`NumberError`): no report states one, and its arithmetic overflows.
    """
    body = text.strip()
    if sum(c.isdigit() for c in body) > limits().max_number_digits:
        raise NumberError(f"more than {limits().max_number_digits} digits "
                          "(SHEBAO_MAX_NUMBER_DIGITS)")
    sign = 1
    if body[:1] in signs():
        sign, body = signs()[body[0]], body[1:].lstrip()
    magnitude = next((m for m in magnitudes() if body.endswith(m) and len(body) > len(m)), "")
    with localcontext() as ctx:  # enough digits for the exact value (28 by default)
        ctx.prec = max(ctx.prec, 9 * len(body) + 28)
        value = _unsigned(body)
        if magnitude:
            value = value / Decimal(magnitudes()[magnitude])
    return (value.copy_negate() if sign < 0 else value), magnitude


def parse_number(text: str) -> Decimal:
    """The number written in ``text`` with its written precision.

    A trailing 万/亿/万亿 is read as a unit: ``parse_number("3.5亿")`` is 3.5.
    """
    return split_magnitude(text)[0]
