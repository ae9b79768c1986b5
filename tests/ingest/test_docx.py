"""DOCX input: the same facts as the text, tables in order, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("docx")

from shebao.ingest import ReadError, read_document  # noqa: E402
from shebao.pipeline import extract_file  # noqa: E402

from .builders import Grid, report_text, write_docx, write_text  # noqa: E402


def _slots(path: Path) -> list[tuple]:
    (record,) = extract_file(path)
    assert record.status == "ok", record.error
    return [(f.fund, f.metric, f.year, f.basis, f.measure, f.value, f.unit, f.mention, f.page)
            for f in record.facts]


def test_docx_gives_the_facts_of_the_text(tmp_path: Path) -> None:
    expected = _slots(write_text(tmp_path / "r.txt"))
    assert len(expected) == 16
    assert _slots(write_docx(tmp_path / "r.docx")) == expected


def test_docx_text_is_the_report_in_document_order(tmp_path: Path) -> None:
    doc = read_document(write_docx(tmp_path / "r.docx"))
    assert (doc.text, doc.encoding, doc.pages) == (report_text(), "docx", ())


SELF_EVAL = Grid(
    caption="某县社会保险基金支出绩效自评表",
    unit="单位：万元",
    header=("一级指标", "二级指标", "指标值", "实际完成值"),
    rows=(("产出指标", "数量指标", "≥1000人", "1200人"),),
)


def test_docx_text_table_keeps_tab_rows(tmp_path: Path) -> None:
    doc = read_document(write_docx(tmp_path / "t.docx", (("table", SELF_EVAL),)))
    assert doc.text.split("\n")[2:4] == ["一级指标\t二级指标\t指标值\t实际完成值",
                                         "产出指标\t数量指标\t≥1000人\t1200人"]


@pytest.mark.parametrize(("data", "reason"), [
    pytest.param(b"PK\x03\x04 cut short", "not a valid DOCX", id="truncated"),
    pytest.param("某县基金收入100万元".encode(), "not a valid DOCX", id="text-named-docx"),
])
def test_docx_bad_document_has_its_own_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason.startswith(reason)


def test_docx_without_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as err:
        read_document(write_docx(tmp_path / "empty.docx", ()))
    assert err.value.reason == "no text in DOCX"
