"""parse_number / split_magnitude: Arabic, Chinese and mixed numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao.tag.numbers import NumberError, parse_number, split_magnitude


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2.08", "2.08"),
        ("5279", "5279"),
        ("0.10", "0.10"),
        ("1,234.5", "1234.5"),
        ("1,234,567", "1234567"),
        ("-18705.55", "-18705.55"),
        ("－3", "-3"),
        ("负18705.55", "-18705.55"),
        ("+7.6", "7.6"),
        ("九十五", "95"),
        ("十五", "15"),
        ("一百零五", "105"),
        ("两千", "2000"),
        ("三十六万七千", "367000"),
        ("一万二千", "12000"),
        ("二〇二〇", "2020"),
        ("零", "0"),
    ],
)
def test_numbers_parse_number_keeps_written_precision(text: str, expected: str) -> None:
    value = parse_number(text)
    assert value == Decimal(expected)
    assert str(value) == expected


@pytest.mark.parametrize(
    "text, value, magnitude",
    [
        ("3.5亿", "3.5", "亿"),
        ("两千万", "2000", "万"),
        ("3亿5千万", "35000", "万"),
        ("36.67万", "36.67", "万"),
        ("1亿2345.60万", "12345.60", "万"),
        ("1.2万亿", "1.2", "万亿"),
        ("一万亿", "1", "万亿"),
        ("-47万", "-47", "万"),
        ("11346.26", "11346.26", ""),
    ],
)
def test_numbers_split_magnitude_reads_trailing_magnitude_as_unit(text: str, value: str, magnitude: str) -> None:
    got = split_magnitude(text)
    assert (str(got[0]), got[1]) == (value, magnitude)


@pytest.mark.parametrize("text", ["3.5亿", "两千万"])
def test_numbers_parse_number_drops_the_magnitude(text: str) -> None:
    assert parse_number(text) == split_magnitude(text)[0]


@pytest.mark.parametrize("text", ["", "元", "十三x", "abc"])
def test_numbers_parse_number_rejects_non_numbers(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


def test_numbers_numeral_table_reads_every_digit_and_multiplier() -> None:
    from shebao.tag.numbers import digits, multipliers, signs

    assert [digits()[c] for c in "零一二三四五六七八九"] == list(range(10))
    assert multipliers() == {"十": 10, "百": 100, "千": 1000}
    assert signs()["负"] == -1 and signs()["＋"] == 1


@pytest.mark.parametrize("text", [
    "123456789012345678901234567890", "-123456789012345678901234567890",
    "0.00000000000000000000000000001", "9999999999999999999999999999.5",
])
def test_numbers_many_digits_keep_every_digit(text: str) -> None:
    assert parse_number(text) == Decimal(text) and str(parse_number(text)) == str(Decimal(text))
