"""PDF input: the same facts as the text, tables, pages, margins, columns, bad files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from shebao.ingest import ReadError, read_document  # noqa: E402
from shebao.ingest.pdf import PAGE_BREAK, join_pages  # noqa: E402
from shebao.pipeline import extract_file  # noqa: E402

from .builders import (  # noqa: E402
    RUNNING_HEADER, write_corrupt, write_encrypted, write_pdf, write_scan, write_text,
    write_two_columns,
)


def _slots(path: Path) -> list[tuple]:
    (record,) = extract_file(path)
    assert record.status == "ok", record.error
    return [(f.fund, f.metric, f.year, f.basis, f.measure, f.value, f.unit, f.mention)
            for f in record.facts]


def test_pdf_gives_the_facts_of_the_text(tmp_path: Path) -> None:
    expected = _slots(write_text(tmp_path / "r.txt"))
    assert len(expected) == 16
    assert _slots(write_pdf(tmp_path / "r.pdf")) == expected


def test_pdf_table_cells_become_facts_in_the_header_unit(tmp_path: Path) -> None:
    (record,) = extract_file(write_pdf(tmp_path / "r.pdf"))
    cells = [(f.text, f.metric, f.year, f.measure, f.unit, f.value_wan)
             for f in record.facts if f.mention == "table"]
    assert cells[:4] == [
        ("3253.6", "income_total", 2020, "level", "万元", Decimal("3253.6")),
        ("3520.5", "income_total", 2021, "level", "万元", Decimal("3520.5")),
        ("266.9", "income_total", 2021, "yoy_change", "万元", Decimal("266.9")),
        ("8.2%", "income_total", 2021, "yoy_rate", "%", None),
    ]


def test_pdf_facts_record_their_page_and_offsets(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "r.pdf")
    doc = read_document(path)
    (record,) = extract_file(path)
    got = {(f.text, f.page) for f in record.facts if f.mention == "text"}
    assert got == {("3520.5万元", 1), ("8.2%", 1), ("2980.3万元", 1), ("4100万元", 2)}
    assert all(doc.text[f.start:f.end] == f.text for f in record.facts)


def test_pdf_drops_running_header_and_page_numbers(tmp_path: Path) -> None:
    doc = read_document(write_pdf(tmp_path / "r.pdf"))
    assert len(doc.pages) == 2
    assert RUNNING_HEADER not in doc.text
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text


def test_pdf_pages_start_where_the_text_says(tmp_path: Path) -> None:
    doc = read_document(write_pdf(tmp_path / "r.pdf"))
    assert doc.pages[0] == 0
    assert doc.text[doc.pages[1] - len(PAGE_BREAK):doc.pages[1]] == PAGE_BREAK
    assert doc.text[doc.pages[1]:].startswith("二、基金结余情况")


@pytest.mark.parametrize(("texts", "joined", "starts"), [
    (["甲", "乙乙"], "甲\n\f\n乙乙", (0, 4)),
    (["甲"], "甲", (0,)),
    ([], "", ()),
])
def test_pdf_join_pages_offsets(texts: list[str], joined: str, starts: tuple) -> None:
    assert join_pages(texts) == (joined, starts)


def test_pdf_two_columns_read_left_then_right(tmp_path: Path) -> None:
    left = ["左栏第一行写的是收入", "左栏第二行写的是支出"]
    right = ["右栏第一行写的是结余", "右栏第二行写的是结论"]
    doc = read_document(write_two_columns(tmp_path / "two.pdf", left, right))
    assert [line.strip() for line in doc.text.split("\n") if line.strip()] == left + right


def _bad(tmp_path: Path, kind: str) -> Path:
    if kind == "scan":
        return write_scan(tmp_path / "scan.pdf")
    if kind == "encrypted":
        return write_encrypted(tmp_path / "locked.pdf")
    return write_corrupt(tmp_path / "cut.pdf", write_pdf(tmp_path / "good.pdf"))


@pytest.mark.parametrize(("kind", "reason"), [
    ("scan", "no text layer: needs OCR"),
    ("encrypted", "encrypted PDF"),
    ("corrupt", "not a valid PDF: "),
])
def test_pdf_bad_document_has_its_own_error(tmp_path: Path, kind: str, reason: str) -> None:
    path = _bad(tmp_path, kind)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason.startswith(reason)
    (record,) = extract_file(path)
    assert record.status == "error" and reason in record.error and str(path) in record.error
