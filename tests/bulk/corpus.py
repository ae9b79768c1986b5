"""A generated archive: copies of the example reports with small numeric changes, nested, plus broken files."""

from __future__ import annotations

import codecs
from pathlib import Path

import regex

from shebao.ingest.read import read_document
from tests.paths import EXAMPLES

DECIMAL_FIGURE = regex.compile(r"""
    (?<=\d\.\d)   # after a digit, the decimal point and one decimal
    \d            # the second decimal: the digit we vary
    (?!\d)        # and the figure ends there
""", regex.VERBOSE)

_BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
         "utf-16-be": codecs.BOM_UTF16_BE}
_CODECS = {"utf-8-sig": "utf-8"}

SAMPLE = "某市失业保险基金决算说明\n（2021年度）\n本年失业保险基金收入1234.56万元，累计结余987.65万元。\n"


def _encode(text: str, encoding: str) -> bytes:
    return _BOMS.get(encoding, b"") + text.encode(_CODECS.get(encoding, encoding))


def variant(text: str, i: int) -> str:
    """``text`` with the last decimal of its first two figures set from ``i`` (0..99)."""
    digits = iter([str(i % 10), str(i // 10 % 10)])
    return DECIMAL_FIGURE.sub(lambda m: next(digits, m.group()), text, count=2)


def broken_files(folder: Path) -> list[Path]:
    """Empty, binary, GBK, UTF-16 without BOM and truncated-UTF-8 files."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {"empty.txt": b"", "binary.txt": bytes(range(256)) * 8,
            "gbk.txt": SAMPLE.encode("gbk"), "utf16.txt": SAMPLE.encode("utf-16-le"),
            "truncated.txt": SAMPLE.encode("utf-8")[:-2]}
    for name, content in data.items():
        (folder / name).write_bytes(content)
    return [folder / name for name in data]


def make_corpus(root: Path, copies: int = 30) -> list[Path]:
    """Write ``copies`` variants of every readable example under nested folders."""
    paths = []
    for template in sorted(EXAMPLES.glob("*.txt")):
        try:
            doc = read_document(template)
        except Exception:
            continue  # the example of a broken scan
        for i in range(copies):
            path = root / f"batch{i % 3}" / template.stem[:12] / f"{template.stem}-{i:03d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_encode(variant(doc.text, i), doc.encoding))
            paths.append(path)
    return paths + broken_files(root / "broken")
