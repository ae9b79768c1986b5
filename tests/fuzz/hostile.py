"""A small corpus of hostile input files, written into a folder at test time."""

from __future__ import annotations

import codecs
import io
import os
import zipfile
from pathlib import Path

REPORT = ("某县2022年失业保险基金决算说明\n一、基金收支\n"
          "本年失业保险基金收入820万元，支出610万元，当年结余210万元。\n")


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _docx_body(body: bytes) -> bytes:
    types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
             b'2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
             b'</Types>')
    return _zip({"[Content_Types].xml": types, "word/document.xml": body})


def hostile_files(folder: Path) -> list[str]:
    """Write the corpus into ``folder``; return the names of the files (one record each)."""
    data = REPORT.encode("utf-8")
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n" + "\u3000".encode(),
        "bom-only.txt": codecs.BOM_UTF8,
        "binary.txt": bytes(range(256)) * 4,
        "stray-byte.txt": data[:20] + b"\xff" + data[20:],
        "cut-start.txt": data[1:],
        "cut-end.txt": data[:-2],
        "utf16-odd.txt": codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le")[:-1],
        "huge-number.txt": REPORT.replace("820", "9" * 4400).encode(),
        "tiny-decimal.txt": REPORT.replace("820", "0." + "0" * 400 + "1").encode(),
        "nul-mix.txt": data + b"\x00" * 7 + data,
        "not-a-zip.docx": b"PK\x03\x04 not really a zip",
        "broken-xml.docx": _docx_body(b"<w:document><w:body><w:p><w:r>"),
        "no-body.docx": _zip({"[Content_Types].xml": b"<Types/>"}),
        "fake.pdf": b"%PDF-1.7\n" + os.urandom(300),
        "truncated.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
        "long-line.txt": ("基金运行平稳" * 5000).encode(),
        os.fsdecode(b"name-\xff\xfe.txt"): data,
    }
    for name, content in files.items():
        (folder / name).write_bytes(content)
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a link loop among folders
    return [*files, "pipe.txt", "dangling.txt", "loop.txt", "sub/up"]
