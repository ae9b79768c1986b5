"""Read a report file: detect its encoding, decode it, refuse non-text.

Decision order: BOM (UTF-8, UTF-16) → NUL-byte pattern (UTF-16 without
BOM) → strict UTF-8 → UTF-8 cut at the start (leading continuation bytes
dropped: the text starts at its first whole character) → mostly UTF-8
(a few invalid bytes among many valid multi-byte characters: each invalid
sequence becomes U+FFFD and is counted in ``Document.decode_errors``) →
GB18030 → charset-normalizer's best guess.  A UTF-8 file cut inside its
last multi-byte character still decodes: the broken tail becomes U+FFFD.
Only regular files within the size limit are read (``ingest.files``).
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from shebao.ingest.errors import ReadError
from shebao.ingest.files import read_input
from shebao.ingest.walk import REPORT_SUFFIXES, Found, Refused, shown_path, walk
from shebao.limits import limits
from shebao.records import Document

__all__ = ["REPORT_SUFFIXES", "ReadError", "Refused", "decode_bytes", "decode_text",
           "iter_paths", "read_document"]

MAX_CONTROL_SHARE = 0.05  # above this share of control bytes a file is binary
SAMPLE = 65536  # bytes inspected for NUL patterns and control bytes
# mostly UTF-8: at least this many valid non-ASCII characters per invalid sequence
VALID_PER_ERROR = 10
MAX_CUT_BYTES = 3  # continuation bytes a UTF-8 file cut at its start may begin with
_CONTINUATION = bytes(range(0x80, 0xC0))
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def read_document(path: str | os.PathLike) -> Document:
    """Read ``path`` (text, PDF or DOCX); raise :class:`ReadError` if it cannot be read.

    A ``.pdf`` suffix or a ``%PDF-`` start means PDF, a ``.docx`` suffix DOCX,
    anything else a text file to decode.  ``Document.path`` is the name as
    ``shown_path`` writes it (any bytes).
    """
    shown = shown_path(path)
    data = read_input(path)
    if not data:
        raise ReadError(shown, "empty file")
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        from shebao.ingest.pdf import read_pdf

        return _within_limit(read_pdf(shown, data))
    if suffix == ".docx":
        from shebao.ingest.docx import read_docx

        return _within_limit(read_docx(shown, data))
    text, encoding, errors = decode_text(data, shown)
    return _within_limit(Document(
        path=shown,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        encoding=encoding,
        decode_errors=errors,
    ))


def _within_limit(doc: Document) -> Document:
    cap = limits().max_text_chars
    if len(doc.text) > cap:
        raise ReadError(doc.path, f"too much text: {len(doc.text):,} characters, over the "
                                  f"limit of {cap:,} (SHEBAO_MAX_TEXT_CHARS)")
    return doc


def decode_bytes(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding name)`` of ``data``, BOM stripped."""
    text, encoding, _ = decode_text(data, path)
    return text, encoding


def decode_text(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str, int]:
    """``(text, encoding name, invalid sequences replaced)`` of ``data``, BOM stripped."""
    enc: str | None
    if data.startswith(codecs.BOM_UTF8):
        text, errors = _lenient_utf8(data[3:])
        return text, "utf-8-sig", errors
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _utf16(data[2:], enc, path), enc, 0
    if b"\x00" in data:
        enc = utf16_by_nuls(data)
        if enc is None:
            raise ReadError(path, "not text: NUL bytes without UTF-16 structure")
        return _utf16(data, enc, path), enc, 0
    share = control_share(data)
    if share > MAX_CONTROL_SHARE:
        raise ReadError(path, f"not text: {share:.0%} control bytes")
    for candidate in _utf8_candidates(data):
        try:
            return _utf8(candidate, path), "utf-8", 0
        except ReadError:
            pass
    text, errors = _lenient_utf8(_from_first_char(data))
    if _mostly_valid(text, errors):
        return text, "utf-8", errors
    try:
        return data.decode("gb18030"), "gb18030", 0
    except UnicodeDecodeError:
        pass
    text, encoding = _guess(data, path)
    return text, encoding, 0


def _cut(data: bytes) -> bool:
    """Whether ``data`` starts inside a UTF-8 character (1 to 3 continuation bytes)."""
    head = data[:MAX_CUT_BYTES + 1]
    n = len(head) - len(head.lstrip(_CONTINUATION))
    return 0 < n <= MAX_CUT_BYTES


def _from_first_char(data: bytes) -> bytes:
    """``data`` from its first whole UTF-8 character, when it starts inside one."""
    return data.lstrip(_CONTINUATION) if _cut(data) else data


def _utf8_candidates(data: bytes) -> Iterator[bytes]:
    yield data
    if _cut(data):
        yield _from_first_char(data)


def _lenient_utf8(data: bytes) -> tuple[str, int]:
    """UTF-8 with each invalid sequence replaced; how many were."""
    text = data.decode("utf-8", errors="replace")
    return text, text.count("\ufffd") - data.count("\ufffd".encode())


def _mostly_valid(text: str, errors: int) -> bool:
    """A few invalid sequences among many valid non-ASCII characters."""
    if errors <= 0:
        return True
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - errors
    return non_ascii >= VALID_PER_ERROR * errors


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
    return bad / len(sample) if sample else 0.0


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


def iter_paths(inputs: Iterable[str | os.PathLike]) -> Iterator[Found]:
    """Named files as given; directories expanded to their report files, recursively, sorted.

    Report files are those with a suffix in ``REPORT_SUFFIXES``; what a
    walk cannot enter comes as :class:`Refused` (see ``ingest.walk``).
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from walk(path)
        else:
            yield path
