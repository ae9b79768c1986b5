"""Time per KB of the extraction on growing pathological inputs.

    PYTHONPATH=src python benchmarks/pathological.py [--sizes 4 8 16 32] [--only NAME]

Each input is built to a target size in KB from a short unit written for
this benchmark: a long run of 其中 items under one total, "1万元" repeated,
one ordinary sentence repeated, one long line without breaks.  Each is
extracted in this process (facts, checks and causes, the per-file time
budget off) and the time per KB printed: a flat ms/KB column is linear
growth, a rising one superlinear.  The million-paragraph DOCX is timed
once: it should stop at the paragraph limit at once (see shebao.limits).
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from shebao.pipeline import extract_file
from shebao.records import Document
from shebao.pipeline import extract_document

HEAD = "某县工伤保险基金决算情况说明\n一、基金收入\n"


def items_run(kb: int) -> str:
    """One total, then a 其中 list of ever more items."""
    parts = [HEAD, "本年基金收入合计9000万元，其中："]
    i = 0
    while sum(len(p.encode()) for p in parts) < kb * 1024:
        i += 1
        parts.append(f"第{i}项补助收入{i % 97 + 1}万元，")
    return "".join(parts) + "。\n"


def wan_repeated(kb: int) -> str:
    return HEAD + "1万元" * (kb * 1024 // 7) + "\n"


def sentence_repeated(kb: int) -> str:
    unit = "本年度工伤保险基金支出合计356万元，比上年增长4.2%。"
    return HEAD + unit * (kb * 1024 // len(unit.encode())) + "\n"


def one_line(kb: int) -> str:
    unit = "基金结余情况良好参保人数稳步增加待遇按时足额发放"
    return HEAD + unit * (kb * 1024 // len(unit.encode())) + "\n"


INPUTS: dict[str, Callable[[int], str]] = {
    "items_run": items_run,
    "wan_repeated": wan_repeated,
    "sentence_repeated": sentence_repeated,
    "one_line": one_line,
}


def many_paragraphs_docx(paragraphs: int) -> bytes:
    """A DOCX whose body holds ``paragraphs`` empty paragraphs (a few hundred KB zipped)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "<w:p/>" * paragraphs
    doc = f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>'
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
             '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Override PartName="/word/document.xml" ContentType="'
             'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
             '/></Types>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
    return out.getvalue()


def time_text(text: str) -> float:
    doc = Document(path="<bench>", sha256="", text=text, encoding="utf-8")
    t0 = time.perf_counter()
    extract_document(doc)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[4, 8, 16, 32, 64])
    ap.add_argument("--only", choices=sorted(INPUTS))
    ap.add_argument("--docx-paragraphs", type=int, default=1_000_000)
    args = ap.parse_args()
    time_text(items_run(1))  # warm the caches
    for name, build in INPUTS.items():
        if args.only and name != args.only:
            continue
        for kb in args.sizes:
            text = build(kb)
            seconds = time_text(text)
            size = len(text.encode()) / 1024
            print(f"{name:18} {size:8.0f} KB {seconds:8.2f} s {1000 * seconds / size:8.2f} ms/KB",
                  flush=True)
    if args.only:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "many.docx")
        path.write_bytes(many_paragraphs_docx(args.docx_paragraphs))
        t0 = time.perf_counter()
        (record,) = extract_file(path)
        seconds = time.perf_counter() - t0
        print(f"{'docx_paragraphs':18} {path.stat().st_size / 1024:8.0f} KB {seconds:8.2f} s "
              f"→ {record.status}: {record.error}")


if __name__ == "__main__":
    main()
