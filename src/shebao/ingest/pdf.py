"""Read a PDF report into a ``Document``: page texts joined, page starts kept.

Pages are joined with ``PAGE_BREAK`` (a form feed on a line of its own, so
the normaliser treats bare numbers next to it as page numbers and re-joins
lines wrapped across pages); ``Document.pages`` holds each page's start
offset in ``Document.text``.  Margin lines (running headers, footers, page
numbers) that repeat, digits aside, on at least half of the pages (and at
least two) are dropped; the others stay in place.  Errors: no text on any
page → "no text layer: needs OCR"; a password → "encrypted PDF"; bytes
pdfium cannot load → "not a valid PDF: …"; more pages than
``limits().max_pdf_pages`` → refused before any page is read.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

from shebao.ingest.errors import ReadError
from shebao.ingest.pdf_page import PageText, page_text
from shebao.limits import limits
from shebao.records import Document

PAGE_BREAK = "\n\f\n"
DIGITS = regex.compile(r"\d+")  # digit runs, masked when comparing margin lines


def _open(path: str | os.PathLike, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise ReadError(path, "encrypted PDF") from exc
        raise ReadError(path, f"not a valid PDF: {exc}") from exc


def _mask(line: str) -> str:
    return DIGITS.sub("#", "".join(line.split()))


def running_lines(pages: list[PageText]) -> set[str]:
    """Masked margin lines that repeat on at least half of the pages (and at least two)."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_mask(line) for line in (page.top + "\n" + page.bottom).split("\n")
                       if line.strip()})
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= need}


def _kept(margin: str, running: set[str]) -> str:
    return "\n".join(line for line in margin.split("\n")
                     if line.strip() and _mask(line) not in running)


def pdf_pages(path: str | os.PathLike, data: bytes) -> list[str]:
    """The text of every page of the PDF ``data``, margins cleaned."""
    document = _open(path, data)
    try:
        count = len(document)
        if count > limits().max_pdf_pages:
            raise ReadError(path, f"PDF of {count:,} pages, over the limit of "
                                  f"{limits().max_pdf_pages:,} (SHEBAO_MAX_PDF_PAGES)")
        pages = [page_text(document[i]) for i in range(count)]
    except pdfium.PdfiumError as exc:
        raise ReadError(path, f"not a valid PDF: {exc}") from exc
    except (ValueError, KeyError, IndexError, OSError, UnicodeError) as exc:
        raise ReadError(path, f"not a valid PDF: {type(exc).__name__}: {exc}") from exc
    finally:
        document.close()
    running = running_lines(pages)
    return ["\n".join(part for part in (_kept(p.top, running), p.body, _kept(p.bottom, running))
                      if part) for p in pages]


def join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """The document text and the start offset of each page in it."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + len(PAGE_BREAK)
    return PAGE_BREAK.join(texts), tuple(starts)


def read_pdf(path: str | os.PathLike, data: bytes) -> Document:
    """The ``Document`` of the PDF bytes ``data`` read from ``path``."""
    texts = pdf_pages(path, data)
    if not any(t.strip() for t in texts):
        raise ReadError(path, "no text layer: needs OCR")
    text, starts = join_pages(texts)
    return Document(path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text,
                    encoding="pdf", pages=starts)
