"""Read a DOCX report into a ``Document`` with python-docx.

The body's paragraphs and tables in document order, one paragraph a line
(headings keep their text: the segmenter knows 一、/（一） markers, and a
"Heading N" / "Title" style only makes sure the heading has a line of its
own).  Tables become lines as ``ingest.tables`` writes them; merged cells,
which python-docx repeats, are written once.  A file that is not a DOCX
package (a ZIP with a Word document), or one python-docx fails on in any
way (a damaged stream, broken XML) → "not a valid DOCX: …".  Before it is
parsed, a package is refused when its parts unpack to more than
``limits().max_unzipped_bytes`` (a zip bomb) or its body holds more than
``limits().max_docx_paragraphs`` paragraphs.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable

from shebao.ingest.errors import ReadError
from shebao.ingest.tables import table_lines
from shebao.limits import MB, limits
from shebao.records import Document

# how a paragraph element starts in the body XML (the usual "w" prefix)
_PARAGRAPH_TAGS = (b"<w:p>", b"<w:p ", b"<w:p/>")


def _row_cells(row) -> list[str]:
    """The texts of one row, a merged cell (same cell object repeated) once."""
    out, seen = [], set()
    for cell in row.cells:
        key = id(cell._tc)
        if key not in seen:
            seen.add(key)
            out.append(cell.text)
    return out


def table_text(table: DocxTable) -> list[str]:
    """The lines of one DOCX table."""
    rows = [_row_cells(row) for row in table.rows]
    return table_lines(None, rows)


def docx_lines(document) -> list[str]:
    """The lines of a python-docx document's body, in document order."""
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            lines.extend(table_text(block))
        elif text := block.text.strip():
            lines.extend(part.strip() for part in text.split("\n") if part.strip())
    return lines


def check_package(path: str | os.PathLike, data: bytes) -> None:
    """Refuse a package over the unpacking or paragraph limits before it is parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
            cap = limits().max_unzipped_bytes
            if unpacked > cap:
                raise ReadError(path, f"DOCX unpacks to {unpacked / MB:.0f} MB, over the limit "
                                      f"of {cap / MB:g} MB (SHEBAO_MAX_UNZIPPED_MB)")
            bodies = [n for n in package.namelist() if n.startswith("word/document")]
            body = package.read(bodies[0]) if bodies else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error,
            NotImplementedError, RuntimeError, ValueError) as exc:
        raise ReadError(path, f"not a valid DOCX: {type(exc).__name__}: {exc}") from exc
    paragraphs = sum(body.count(tag) for tag in _PARAGRAPH_TAGS)
    if paragraphs > limits().max_docx_paragraphs:
        raise ReadError(path, f"DOCX of {paragraphs:,} paragraphs, over the limit of "
                              f"{limits().max_docx_paragraphs:,} (SHEBAO_MAX_DOCX_PARAGRAPHS)")


def read_docx(path: str | os.PathLike, data: bytes) -> Document:
    """The ``Document`` of the DOCX bytes ``data`` read from ``path``."""
    check_package(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = docx_lines(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(path, f"not a valid DOCX: {exc or type(exc).__name__}") from exc
    except Exception as exc:  # python-docx and lxml fail in many ways on damaged parts
        raise ReadError(path, f"not a valid DOCX: {type(exc).__name__}: {exc}") from exc
    if not lines:
        raise ReadError(path, "no text in DOCX")
    text = "\n".join(lines) + "\n"
    return Document(path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text,
                    encoding="docx")
