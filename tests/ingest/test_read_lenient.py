"""Lenient decoding: a stray invalid byte is replaced and counted; a cut start is skipped."""

from __future__ import annotations

from shebao.ingest.read import ReadError, decode_text

TEXT = "某市职工基本养老保险基金本年收入合计五千万元，支出合计四千万元，当年结余一千万元。\n" * 3


def test_read_stray_byte_in_utf8_is_replaced_and_counted() -> None:
    data = TEXT.encode("utf-8")
    broken = data[:30] + b"\xff" + data[30:]
    text, encoding, errors = decode_text(broken)
    assert (encoding, errors) == ("utf-8", 1)
    assert text.replace("\ufffd", "") == TEXT


def test_read_file_cut_inside_a_character_starts_at_the_next_one() -> None:
    data = TEXT.encode("utf-8")[1:]  # the first character lost its lead byte
    text, encoding, errors = decode_text(data)
    assert (text, encoding, errors) == (TEXT[1:], "utf-8", 0)


def test_read_gb18030_stays_gb18030() -> None:
    text, encoding, errors = decode_text(TEXT.encode("gb18030"))
    assert (text, encoding, errors) == (TEXT, "gb18030", 0)


def test_read_many_invalid_bytes_are_not_utf8() -> None:
    data = bytes(b ^ 0x40 if i % 3 == 0 and b >= 0x80 else b
                 for i, b in enumerate(TEXT.encode("utf-8")))
    try:
        _, encoding, _ = decode_text(data)
    except ReadError:
        return  # refused as not text: fine, only no mostly-replaced UTF-8
    assert encoding != "utf-8"
