"""Read a report file: detect its encoding, decode it, refuse non-text.

Decision order: BOM (UTF-8, UTF-16) → NUL-byte pattern (UTF-16 without
BOM) → strict UTF-8 → GB18030 → charset-normalizer's best guess.  A UTF-8
file cut inside its last multi-byte character still decodes: the broken
tail becomes U+FFFD (PDF extraction sometimes truncates output files), any
other invalid UTF-8 sends the bytes on to the legacy encodings.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from shebao.ingest.errors import ReadError
from shebao.records import Document

__all__ = ["ReadError", "decode_bytes", "iter_paths", "read_document"]

MAX_CONTROL_SHARE = 0.05  # above this share of control bytes a file is binary
SAMPLE = 65536  # bytes inspected for NUL patterns and control bytes
REPORT_SUFFIXES = frozenset({".txt", ".pdf", ".docx"})  # files a directory yields
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def read_document(path: str | os.PathLike) -> Document:
    """Read ``path`` (text, PDF or DOCX); raise :class:`ReadError` if it cannot be read.

    A ``.pdf`` suffix or a ``%PDF-`` start means PDF, a ``.docx`` suffix DOCX,
    anything else a text file to decode.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror or exc}") from exc
    if not data:
        raise ReadError(path, "empty file")
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        from shebao.ingest.pdf import read_pdf

        return read_pdf(path, data)
    if suffix == ".docx":
        from shebao.ingest.docx import read_docx

        return read_docx(path, data)
    text, encoding = decode_bytes(data, path)
    return Document(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        encoding=encoding,
    )


def decode_bytes(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding name)`` of ``data``, BOM stripped."""
    enc: str | None
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[3:], path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _utf16(data[2:], enc, path), enc
    if b"\x00" in data:
        enc = utf16_by_nuls(data)
        if enc is None:
            raise ReadError(path, "not text: NUL bytes without UTF-16 structure")
        return _utf16(data, enc, path), enc
    share = control_share(data)
    if share > MAX_CONTROL_SHARE:
        raise ReadError(path, f"not text: {share:.0%} control bytes")
    try:
        return _utf8(data, path), "utf-8"
    except ReadError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    return _guess(data, path)


def utf16_by_nuls(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` if NUL bytes sit almost only at odd/even offsets."""
    sample = data[:SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 4 * max(even, 1) and len(data) % 2 == 0:
        return "utf-16-le"
    if even >= 4 * max(odd, 1) and len(data) % 2 == 0:
        return "utf-16-be"
    return None


def control_share(data: bytes) -> float:
    """Share of C0 control bytes (other than tab, newlines, form feed) and DEL."""
    sample = data[:SAMPLE]
    bad = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return bad / len(sample)


def _utf8(data: bytes, path: str | os.PathLike) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return data.decode("utf-8", errors="replace")
        raise ReadError(path, f"not UTF-8: {exc.reason} at byte {exc.start}") from exc


def _utf16(data: bytes, encoding: str, path: str | os.PathLike) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.end < len(data) - 1:
            raise ReadError(path, f"not text: invalid {encoding} at byte {exc.start}") from exc
        text = data.decode(encoding, errors="replace")
    bad = sum(1 for c in text if c < " " and c not in "\t\n\r\f\v\x1b")
    if text and bad / len(text) > MAX_CONTROL_SHARE:
        raise ReadError(path, f"not text: {bad / len(text):.0%} control characters in {encoding}")
    return text


def _guess(data: bytes, path: str | os.PathLike) -> tuple[str, str]:
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError(path, "not text: undecodable as UTF-8, UTF-16 or GB18030")
    return str(best), best.encoding


def iter_paths(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Named files as given; directories expanded to their report files, recursively, sorted.

    Report files are those with a suffix in ``REPORT_SUFFIXES``.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES
                     and p.is_file())
            yield from sorted(found)
        else:
            yield path
