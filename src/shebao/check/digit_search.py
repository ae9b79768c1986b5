"""The digit corrections of a figure near a window, found without making them all.

``trials.near(trials(fact, "digit", …), ranges, …)`` builds every one-edit
variant of a figure's number (a hundred for a figure of eight digits),
their bounds and their order, to keep the few near a relation's window;
most windows meet none.  The variants have a shape, though: a digit added
at one place reads ``base + d · step`` for the ten digits ``d``, so the
window tells which ``d`` may fit without writing the ten out; a digit
removed or two swapped are few.  Only the variants whose value may lie in
the window (widened far past any interval width or float slack) are made,
then judged by ``near``'s own test on ``near``'s own bounds: the trials
found are exactly ``near``'s, in the same order.

A figure whose number is too long for exact float steps (over 15
characters), or a window that is no finite range, takes the full path.
"""

from __future__ import annotations

import math
from decimal import Decimal

from shebao.check.fixes import DIGITS, Variant, digit_fix, written_number
from shebao.check.intervals import FastInterval
from shebao.check.solve import Range
from shebao.check.trials import Trial, Trials, _trials, _variant_bounds, finite, meets, near
from shebao.records import Fact
from shebao.textcache import text_cache
from shebao.units import wan_per_unit

# Longest written number searched by steps: its variants' values are exact
# enough in floats that a step of one digit dwarfs their rounding.
MAX_SEARCHED = 15


def near_digits(fact: Fact, truncated: bool, ranges: tuple[Range, ...], size: float,
                widened: bool = False) -> list[Trial]:
    """``near(trials(fact, "digit", truncated), ranges, size, widened)``."""
    return list(_near_digits(fact.text, fact.value, fact.unit, truncated, ranges, size, widened))


@text_cache(maxsize=8192)
def _near_digits(text: str, value: Decimal, unit: str, truncated: bool,
                 ranges: tuple[Range, ...], size: float, widened: bool) -> tuple[Trial, ...]:
    span, written = written_number(text)
    if not finite(ranges, size) or not written or len(written) > MAX_SEARCHED:
        return tuple(near(_full(text, value, unit, truncated), ranges, size, widened))
    sign = -1 if value < 0 else 1
    scale = 1.0 if unit == "%" else float(wan_per_unit().get(unit, 1))
    decimals = len(written.partition(".")[2])
    found: list[tuple[tuple[int, int, int], Variant]] = []
    for lo, hi in ranges:
        a, b = sorted((lo * sign / scale, hi * sign / scale))  # the window, in written numbers
        pad = 4 * 10.0 ** -decimals + 1e-7 * ((size + abs(lo) + abs(hi)) / scale
                                              + abs(a) + abs(b) + 1)
        found.extend(_candidates(written, a - pad, b + pad))
    if not found:
        return ()
    candidates = _ordered(found)
    los, his = _variant_bounds(tuple(candidates), sign, unit, truncated)
    kept = []
    for p, variant in enumerate(candidates):
        if any(meets(los[p], his[p], r, size, widened) for r in ranges):
            fix = digit_fix(text, value, unit, span, variant)
            if fix is not None:
                kept.append((FastInterval(los[p], his[p]), fix))
    return tuple(kept)


def _kept(v: str) -> bool:
    """No leading zero (``fixes._kept``)."""
    return v[0] != "0" or len(v) == 1 or v[1] == "."


def _candidates(written: str, lo: float, hi: float) -> list[tuple[tuple[int, int, int], Variant]]:
    """The variants of ``written`` (``fixes._kept_variants``) whose number may lie in
    [lo, hi], each with its place in that list's making: (kind, position, digit)."""
    n = len(written.partition(".")[0])
    out: list[tuple[tuple[int, int, int], Variant]] = []
    if n > 1:  # a digit removed from the whole part
        for i in range(n):
            v = written[:i] + written[i + 1:]
            if lo <= float(v) <= hi and _kept(v):
                out.append(((0, i, 0), (v, False)))
    for i in range(len(written) + 1):  # a digit added: whole part, then a lost decimal
        kind, place = (1, n - i) if i <= n else (2, n - i)
        left, right = written[:i], written[i:]
        base, step = float(left + "0" + right), 10.0 ** place  # the variant is base + d·step
        if hi < base - step or lo > base + 10 * step:
            continue  # (no digit here comes near: the range below is empty)
        first = max(0, math.ceil((lo - base) / step) - 1)
        last = min(9, math.floor((hi - base) / step) + 1)
        for d in range(first, last + 1):
            digit = DIGITS[d]
            if i and written[i - 1] == digit:
                continue  # the same variant as the digit added before its twin
            v = left + digit + right
            if _kept(v):
                out.append(((kind, i, d), (v, kind == 2)))
    for a in range(len(written) - 1):  # two neighbouring digits swapped
        if written[a] != written[a + 1] and "." not in written[a:a + 2]:
            v = written[:a] + written[a + 1] + written[a] + written[a + 2:]
            if lo <= float(v) <= hi and _kept(v):
                out.append(((3, a, 0), (v, False)))
    return out


def _ordered(found: list[tuple[tuple[int, int, int], Variant]]) -> list[Variant]:
    """The variants found, each once, in the order ``number_variants`` lists them."""
    return list(dict.fromkeys(v for _, v in sorted(found)))


def _full(text: str, value: Decimal, unit: str, truncated: bool) -> Trials:
    return _trials(text, value, unit, "digit", truncated)
