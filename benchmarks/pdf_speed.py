"""Pages/s of PDF input: the library's text alone, shebao's reading, the whole extraction.

    python benchmarks/pdf_speed.py [--pages 60]

Builds a PDF of about --pages full pages (the test report of
tests/ingest/builders.py, its prose repeated to fill pages, a ruled money
table on every other page, running header and page numbers), then times
in this one process (one core):

- pypdfium2 text alone (``get_text_range`` per page), the chosen library;
- pdfplumber text alone (``extract_text`` per page), for comparison, when
  installed (it is no dependency);
- ``shebao.ingest.read_document``: pypdfium2 by bands and columns, margins
  dropped, ruled tables read from the page's line objects;
- ``shebao.pipeline.extract_file``: reading plus normalise → segment → tag
  → link → check.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

import builders  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from shebao.ingest import read_document  # noqa: E402
from shebao.pipeline import extract_file  # noqa: E402

FILLER = (
    "本年度县社会保险经办机构严格执行基金预算，按月核对征缴数据，"
    "基金收入1{n}.5万元，基金支出9{n}.3万元，当期结余{n}.2万元，"
    "各项待遇按时足额发放，基金运行总体平稳。"
)


def dense_report(paragraphs: int) -> tuple:
    """The test report with ``paragraphs`` extra paragraphs in each section."""
    out = []
    for kind, value in builders.REPORT:
        out.append((kind, value))
        if kind == "heading":
            out += [("para", FILLER.format(n=n % 90 + 10)) for n in range(paragraphs)]
    return tuple(out)


def timed(label: str, pages: int, run) -> None:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<44} {pages / seconds:8.1f} pages/s  ({seconds:.2f} s)")


def pdfium_text(path: Path) -> None:
    document = pdfium.PdfDocument(str(path))
    for i in range(len(document)):
        page = document[i]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    document.close()


def plumber_text(path: Path) -> None:
    import pdfplumber  # optional: only for the comparison

    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=60, help="pages to build (about)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pdf"
        builders.write_pdf(path, dense_report(14), repeat=max(1, args.pages // 2))
        pages = len(pdfium.PdfDocument(str(path)))
        doc = read_document(path)
        records = extract_file(path)
        facts = sum(len(r.facts) for r in records)
        print(f"{path.name}: {pages} pages, {len(doc.text)} characters extracted, "
              f"{len(records)} reports, {facts} facts")
        timed("pypdfium2 text alone (chosen library)", pages, lambda: pdfium_text(path))
        try:
            timed("pdfplumber text alone (for comparison)", pages, lambda: plumber_text(path))
        except ImportError:
            print("pdfplumber text alone: not installed, skipped")
        timed("shebao read_document (text, margins, tables)", pages, lambda: read_document(path))
        timed("shebao extract_file (whole extraction)", pages, lambda: extract_file(path))


if __name__ == "__main__":
    main()
