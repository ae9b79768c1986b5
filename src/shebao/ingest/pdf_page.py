"""One PDF page as text: margins apart, body in reading order, ruled tables as rows.

pypdfium2 reads the text, by rectangle: the top and bottom margin bands
separately (running headers, page numbers), the body in horizontal bands
cut at the ruled tables (``ingest.pdf_grid``), whose cells become lines
(``ingest.tables``) in the table's place.  A band whose vertical middle
strip holds no character while both halves hold text is read as two
columns, left then right.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from shebao.ingest.pdf_grid import page_grids
from shebao.ingest.tables import table_lines

MARGIN = 0.07  # share of the page height taken by each of the top and bottom bands
GUTTER = 3.0  # half width (pt) of the middle strip that must be empty between columns


@dataclass(frozen=True)
class PageText:
    """The text of one page: top margin, body, bottom margin."""

    top: str
    body: str
    bottom: str


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def band_text(textpage: pdfium.PdfTextPage, width: float, bottom: float, top: float) -> str:
    """The text between heights ``bottom`` and ``top``, two columns read one after the other."""
    mid = width / 2
    if not textpage.get_text_bounded(mid - GUTTER, bottom, mid + GUTTER, top).strip():
        left = _lines(textpage.get_text_bounded(0, bottom, mid, top))
        right = _lines(textpage.get_text_bounded(mid, bottom, width, top))
        if left.strip() and right.strip():
            return left + "\n" + right
    return _lines(textpage.get_text_bounded(0, bottom, width, top))


def page_text(page: pdfium.PdfPage) -> PageText:
    """The text of one ``page``."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        low, high = height * MARGIN, height * (1 - MARGIN)
        found = page_grids(page, textpage)
        parts: list[str] = []
        upper = high
        for top, bottom, rows in sorted(found, key=lambda t: -t[0]):
            parts.append(band_text(textpage, width, min(top, upper), upper))
            parts.extend(table_lines(None, rows))
            upper = bottom
        parts.append(band_text(textpage, width, low, upper))
        return PageText(
            top=_lines(textpage.get_text_bounded(0, high, width, height)),
            body="\n".join(p for p in parts if p),
            bottom=_lines(textpage.get_text_bounded(0, 0, width, low)),
        )
    finally:
        textpage.close()
