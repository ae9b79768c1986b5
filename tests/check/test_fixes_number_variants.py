"""number_variants builds its kept variants by where each edit falls: the same
variants, in the same order, as parsing every one-edit variant of the number."""

from __future__ import annotations

import random

import pytest

from shebao.check.fixes import NUMBER, number_variants


def _variants(digits: str):
    """Digit strings one edit away: a digit removed, added or two swapped."""
    positions = [i for i, c in enumerate(digits) if c.isdigit()]
    for i in positions:
        yield digits[:i] + digits[i + 1:]
    for i in range(len(digits) + 1):
        for d in "0123456789":
            yield digits[:i] + d + digits[i:]
    for a, b in zip(positions, positions[1:]):
        if b == a + 1 and digits[a] != digits[b]:
            yield digits[:a] + digits[b] + digits[a] + digits[b + 1:]


def _plain(text: str):
    """The plain computation: every variant of ``_variants``, parsed and judged."""
    m = NUMBER.search(text)
    if m is None:
        return (0, 0), ()
    written = m.group("num").replace(",", "").replace("，", "").replace("．", ".")
    seen = {written}
    whole, _, fraction = written.partition(".")
    decimals = len(fraction)
    out = []
    for variant in _variants(written):
        if variant in seen or not variant or variant.startswith(".") or variant.endswith("."):
            continue
        head, _, tail = variant.partition(".")
        lost_decimal = decimals > 0 and head == whole and len(tail) == decimals + 1
        if len(tail) != decimals and not lost_decimal:
            continue
        if len(variant) > 1 and variant[0] == "0" and variant[1] != ".":
            continue
        seen.add(variant)
        out.append((variant, lost_decimal))
    return m.span("num"), tuple(out)


def _numbers(count: int) -> list[str]:
    rng = random.Random(14)
    digits = "0123456789"
    found = []
    for _ in range(count):
        whole = "".join(rng.choice(digits[:3] if rng.random() < 0.3 else digits)
                        for _ in range(rng.randint(1, 9)))
        text = whole
        if rng.random() < 0.5:
            text += rng.choice(".．") + "".join(rng.choice(digits) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.2 and len(whole) > 3:
            text = text[:1] + rng.choice(",，") + text[1:]
        found.append(rng.choice(["", "-", "共"]) + text + rng.choice(["", " 万元", "亿元", "%"]))
    return found


HAND = ["0", "5", "0.5", "05", "00.30", "10", "100", "5.3", "1,234.5万元", "7379", "-7379",
        "3943.6", "１２３", "１２．５", "1.0", "99.99", "no number", "", "2020年88", "0.05%"]


@pytest.mark.parametrize("text", HAND)
def test_written_by_hand_match_the_plain_computation(text):
    assert number_variants.__wrapped__(text) == _plain(text)


def test_many_numbers_match_the_plain_computation():
    for text in _numbers(3000):
        assert number_variants.__wrapped__(text) == _plain(text), text


def test_a_lost_decimal_is_marked_and_precision_kept():
    _, variants = number_variants.__wrapped__("3943.6")
    assert ("3943.67", True) in variants
    assert all(len(v.partition(".")[2]) == (2 if lost else 1) for v, lost in variants)
    assert not any(v.startswith("0") for v, _ in variants)
