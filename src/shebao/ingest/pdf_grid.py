"""Ruled tables of a PDF page, from its line objects, with pypdfium2 only.

Thin path objects are rulings: horizontal (height ≤ ``THIN``) or vertical
(width ≤ ``THIN``).  Vertical rulings that overlap in height make one
table; its row edges are the horizontal rulings inside it, its column
edges the vertical ones.  Each cell's text is the text inside its
rectangle (a merged cell's text lands in the sub-cell that holds it; the
other sub-cells stay empty).
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

THIN = 2.0  # most thickness (pt) of a ruling line
MIN_LENGTH = 5.0  # least length (pt) of a ruling line
SAME = 1.5  # edges closer than this (pt) are one edge

# (top, bottom, rows of cell texts), heights in PDF coordinates (bottom-up)
Grid = tuple[float, float, list[list[str]]]


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SAME:
            out.append(v)
    return out


def rulings(page: pdfium.PdfPage) -> tuple[list, list]:
    """Horizontal ``(y, left, right)`` and vertical ``(x, bottom, top)`` rulings."""
    flat, upright = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= THIN and right - left >= MIN_LENGTH:
            flat.append(((top + bottom) / 2, left, right))
        elif right - left <= THIN and top - bottom >= MIN_LENGTH:
            upright.append(((left + right) / 2, bottom, top))
    return flat, upright


def _clusters(upright: list) -> list[list]:
    """Vertical rulings grouped by overlapping height: one group a table."""
    groups: list[list] = []
    for line in sorted(upright, key=lambda v: -v[2]):
        if groups and line[2] >= min(v[1] for v in groups[-1]) - SAME:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _cell(textpage: pdfium.PdfTextPage, left, bottom, right, top) -> str:
    return "".join(textpage.get_text_bounded(left, bottom, right, top).split())


def page_grids(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Grid]:
    """Every ruled table of ``page``, top first, as rows of cell texts."""
    flat, upright = rulings(page)
    out = []
    for group in _clusters(upright):
        xs = _edges([v[0] for v in group])
        low, high = min(v[1] for v in group), max(v[2] for v in group)
        ys = _edges([h[0] for h in flat if low - SAME <= h[0] <= high + SAME
                     and h[1] <= xs[0] + SAME and h[2] >= xs[-1] - SAME] + [low, high])
        if len(xs) < 2 or len(ys) < 3:
            continue
        rows = [[_cell(textpage, a, b, c, d) for a, c in zip(xs, xs[1:])]
                for b, d in reversed(list(zip(ys, ys[1:])))]
        out.append((ys[-1], ys[0], rows))
    return out
