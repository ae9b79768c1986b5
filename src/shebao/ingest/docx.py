"""Read a DOCX report into a ``Document`` with python-docx.

The body's paragraphs and tables in document order, one paragraph a line
(headings keep their text: the segmenter knows 一、/（一） markers, and a
"Heading N" / "Title" style only makes sure the heading has a line of its
own).  Tables become lines as ``ingest.tables`` writes them; merged cells,
which python-docx repeats, are written once.  A file that is not a DOCX
package (a ZIP with a Word document) → "not a valid DOCX: …".
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable

from shebao.ingest.errors import ReadError
from shebao.ingest.tables import table_lines
from shebao.records import Document


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


def read_docx(path: str | os.PathLike, data: bytes) -> Document:
    """The ``Document`` of the DOCX bytes ``data`` read from ``path``."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(path, f"not a valid DOCX: {exc or type(exc).__name__}") from exc
    lines = docx_lines(document)
    if not lines:
        raise ReadError(path, "no text in DOCX")
    text = "\n".join(lines) + "\n"
    return Document(path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text,
                    encoding="docx")
