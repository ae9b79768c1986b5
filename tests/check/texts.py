"""Short report texts written for the check tests, and the flags the pipeline gives them."""

from __future__ import annotations

from shebao.pipeline import extract_document
from shebao.records import Document, Flag

HEAD = "某县社会保险基金绩效评价报告\n（2020年度）\n一、基金收支情况\n"


def flags_of(body: str) -> list[Flag]:
    """The flags of the one report made of ``HEAD`` and ``body``."""
    (record,) = extract_document(Document("test.txt", "0" * 64, HEAD + body, "utf-8"))
    return list(record.flags)


def text_flags(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, figure text, suggestion) of each flag of the one report ``text``."""
    (record,) = extract_document(Document("t.txt", "0", text, "utf-8"))
    return [(f.kind, f.text, f.suggestion) for f in record.flags]


def summary(flags: list[Flag]) -> list[tuple[str, str, str]]:
    """(kind, severity, figure text) of each flag."""
    return [(f.kind, f.severity, f.text) for f in flags]
