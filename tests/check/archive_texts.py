"""A small archive of invented county reports, written for the archive-check tests."""

from __future__ import annotations

from pathlib import Path

from shebao.ingest.read import read_document
from shebao.pipeline import extract_document
from shebao.store.rows import file_rows
from shebao.store.schema import connect
from shebao.store.write import write_file


def annual(region: str, year: int, income: str | None, last_income: str, spending: str,
           last_spending: str | None = None) -> str:
    """A final-accounts note of one county: this year's and last year's income, spending.

    With ``income`` None the note gives last year's income only, so that no
    figure of the report itself can show a slip in it (only the archive can).
    """
    last = f"，{year - 1}年为{last_spending}" if last_spending else ""
    said = (f"失业保险基金全年收入{income}，{year - 1}年为{last_income}。" if income
            else f"{year - 1}年失业保险基金收入{last_income}。")
    return (f"{region}{year}年社会保险基金决算说明\n\n"
            f"一、失业保险基金\n{said}"
            f"失业保险基金全年支出{spending}{last}。\n")


def half_year(region: str, year: int, income: str) -> str:
    """A mid-year execution note: the first half's income only."""
    return (f"{region}{year}年上半年社会保险基金预算执行情况\n\n"
            f"一、失业保险基金\n"
            f"1-6月失业保险基金收入{income}。\n")


def make_archive(folder: Path, texts: dict[str, str]) -> Path:
    """Extract each text (file name → text) into a new store in ``folder``."""
    db = folder / "archive.sqlite"
    conn = connect(db)
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        doc = read_document(path)
        write_file(conn, file_rows(extract_document(doc), doc.sha256, str(path), len(text)))
    conn.close()
    return db
