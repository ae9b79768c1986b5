"""Numbers as written: Arabic, Chinese numerals and mixed forms, as Decimal.

``parse_number("2.08") == Decimal("2.08")`` keeps the written precision;
a trailing magnitude (万, 亿, 万亿) is a unit, so ``parse_number("3.5亿")``
is ``Decimal("3.5")`` and :func:`split_magnitude` tells which magnitude.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from shebao.units import magnitudes

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
WAN, YI = 10**4, 10**8  # the magnitudes a Chinese numeral is built from
SIGNS = {"-": -1, "－": -1, "−": -1, "负": -1, "+": 1, "＋": 1, "正": 1}

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


def _arabic(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - TOKEN guards the form
        raise NumberError(text) from exc


def _digit_string(text: str) -> Decimal | None:
    """Chinese digits without units ("二〇二〇") read digit by digit."""
    if len(text) > 1 and all(c in DIGITS and c != "两" for c in text):
        return Decimal("".join(str(DIGITS[c]) for c in text))
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
        if c in DIGITS:
            pending = Decimal(DIGITS[c])
        elif c in SMALL_UNITS:
            section += (Decimal(1) if pending is None else pending) * SMALL_UNITS[c]
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


@lru_cache(maxsize=4096)  # pure, on short strings; errors are not cached
def split_magnitude(text: str) -> tuple[Decimal, str]:
    """Value in the trailing magnitude and that magnitude ("" when none).

    ``split_magnitude("3亿5千万") == (Decimal("35000"), "万")``.
    """
    body = text.strip()
    sign = 1
    if body[:1] in SIGNS:
        sign, body = SIGNS[body[0]], body[1:].lstrip()
    magnitude = next((m for m in magnitudes() if body.endswith(m) and len(body) > len(m)), "")
    value = _unsigned(body)
    if magnitude:
        value = value / Decimal(magnitudes()[magnitude])
    return (-value if sign < 0 else value), magnitude


def parse_number(text: str) -> Decimal:
    """The number written in ``text`` with its written precision.

    A trailing 万/亿/万亿 is read as a unit: ``parse_number("3.5亿")`` is 3.5.
    """
    return split_magnitude(text)[0]
