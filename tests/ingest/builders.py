"""Build test documents at run time: one report as text, PDF and DOCX, and bad PDFs.

The report is written here (invented, in the genre) as blocks; each
``write_*`` function renders the same blocks into one file format.  PDFs
use reportlab's built-in CJK font (STSong-Light), DOCX files python-docx.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from shebao.ingest.tables import table_lines

FONT = "STSong-Light"
RUNNING_HEADER = "某县社会保险基金决算说明材料"


@dataclass(frozen=True)
class Grid:
    """A table: caption, unit line, header cells and body rows of cell texts."""

    caption: str
    unit: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


MONEY_TABLE = Grid(
    caption="城乡居民养老保险基金收支情况表",
    unit="单位：万元",
    header=("项目", "2020年", "2021年", "同比增长额", "同比增长率"),
    rows=(
        ("一、基金收入", "3253.6", "3520.5", "266.9", "8.2%"),
        ("其中：个人缴费收入", "1200", "1300", "100", "8.3%"),
        ("二、基金支出", "2700.1", "2980.3", "280.2", "10.4%"),
    ),
)

# ("title" | "heading" | "para" | "table" | "page", text or Grid)
REPORT: tuple[tuple[str, object], ...] = (
    ("title", "某县2021年城乡居民基本养老保险基金决算说明"),
    ("heading", "一、基金收支情况"),
    ("para", "本年城乡居民基本养老保险基金收入3520.5万元，比上年增长8.2%，"
             "主要是参保人数增加和缴费档次提高；基金支出2980.3万元。"),
    ("table", MONEY_TABLE),
    ("page", ""),
    ("heading", "二、基金结余情况"),
    ("para", "年末滚存结余4100万元，可支付月数较上年有所增加。"),
    ("heading", "三、评价结论"),
    ("para", "基金运行总体平稳，收支基本平衡，待遇按时足额发放。"),
)


def report_text(blocks=REPORT) -> str:
    """The report as a plain-text file holds it (tables in the flattened form)."""
    lines: list[str] = []
    for kind, value in blocks:
        if kind == "table":
            lines += [value.caption, value.unit, *table_lines(value.header, value.rows)]
        elif kind != "page":
            lines.append(value)
    return "\n".join(lines) + "\n"


def write_text(path: Path, blocks=REPORT) -> Path:
    path.write_text(report_text(blocks), encoding="utf-8")
    return path


# ------------------------------------------------------------------ PDF
def _styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=16, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=22)
    return {"title": title, "heading": body, "para": body}


def _decorate(canvas, doc) -> None:
    """Running header and page number on every page."""
    canvas.saveState()
    canvas.setFont(FONT, 9)
    width, height = canvas._pagesize
    canvas.drawCentredString(width / 2, height - 40, RUNNING_HEADER)
    canvas.drawCentredString(width / 2, 30, f"- {doc.page} -")
    canvas.restoreState()


def _grid_flowables(grid: Grid, styles) -> list:
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                        ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    return [Paragraph(grid.caption, styles["para"]), Paragraph(grid.unit, styles["para"]),
            Table([list(grid.header), *map(list, grid.rows)], style=style)]


def write_pdf(path: Path, blocks=REPORT, repeat: int = 1, **encrypt) -> Path:
    """The report as a PDF (``repeat`` copies, one after another); ``encrypt`` as reportlab's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = _styles()
    story: list = []
    for _ in range(repeat):
        for kind, value in blocks:
            if kind == "table":
                story += _grid_flowables(value, styles)
            elif kind == "page":
                story.append(PageBreak())
            else:
                story.append(Paragraph(value, styles[kind]))
        story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=70, bottomMargin=60,
                            encrypt=encrypt.get("encrypt"))
    doc.build(story, onFirstPage=_decorate, onLaterPages=_decorate)
    return path


def write_two_columns(path: Path, left: list[str], right: list[str]) -> Path:
    """One page of two text columns, drawn line by line across both columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    _styles()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(FONT, 11)
    width, height = A4
    for n in range(max(len(left), len(right))):
        y = height - 80 - 18 * n
        if n < len(left):
            canvas.drawString(50, y, left[n])
        if n < len(right):
            canvas.drawString(width / 2 + 20, y, right[n])
    canvas.save()
    return path


def write_scan(path: Path) -> Path:
    """A page holding only an image and a rectangle: no text layer."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(40, 40, 500, 700, fill=1)
    buf = io.BytesIO()
    Image.new("L", (200, 100), 128).save(buf, format="PNG")
    canvas.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 100, 400, 200, 100)
    canvas.save()
    return path


def write_encrypted(path: Path) -> Path:
    """The report as a PDF that needs a user password to open."""
    return write_pdf(path, encrypt="user-secret")


def write_corrupt(path: Path, source: Path) -> Path:
    """The first bytes of a good PDF, cut off mid-way."""
    path.write_bytes(source.read_bytes()[:300])
    return path


# ----------------------------------------------------------------- DOCX
def write_docx(path: Path, blocks=REPORT) -> Path:
    """The report as a DOCX: title, Heading 1 headings, paragraphs, a grid table."""
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            document.add_heading(value, level=0)
        elif kind == "heading":
            document.add_heading(value, level=1)
        elif kind == "para":
            document.add_paragraph(value)
        elif kind == "table":
            document.add_paragraph(value.caption)
            document.add_paragraph(value.unit)
            table = document.add_table(rows=0, cols=len(value.header))
            for cells in (value.header, *value.rows):
                for cell, text in zip(table.add_row().cells, cells):
                    cell.text = text
        elif kind == "page":
            document.add_page_break()
    document.save(str(path))
    return path
