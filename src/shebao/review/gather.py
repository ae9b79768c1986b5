"""The reports to review, each with the source text its offsets index.

Three kinds of input:

- a report file (or a folder of them): run through the pipeline, then the
  file is decoded once more for its text (decoding is deterministic);
- a JSON Lines file from ``shebao extract``: each line is used as written
  (facts included), and the file named in its ``source`` is read again for
  the text; when that file is gone or its sha256 differs from the record's,
  the page says so and shows the tables without highlights;
- an SQLite store from ``shebao extract --db``: see :mod:`shebao.review.store`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from shebao.export.jsonl import record_to_dict
from shebao.ingest.read import ReadError, Refused, iter_paths, read_document
from shebao.pipeline import extract_file

JSONL_SUFFIXES = (".jsonl",)
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ReviewItem:
    """One report to show: its record as ``shebao extract`` writes it, and its text."""

    record: dict  # JSON values: source, report_index, status, facts, flags, causes …
    text: str | None  # the decoded source text the offsets index; None when unavailable
    origin: str  # where the record was read: the report file, "FILE.jsonl:LINE", a store
    note: str | None = None  # why the text is missing, or what to keep in mind


def _source_text(path: str, sha256: str | None) -> tuple[str | None, str | None]:
    """(text, note) of the file at ``path``; the note says why the text is left out."""
    try:
        doc = read_document(path)
    except (ReadError, OSError) as exc:
        return None, f"source file {path} cannot be read ({exc}); highlights left out"
    if sha256 and doc.sha256 != sha256:
        return None, (f"source file {path} changed since extraction (sha256 differs); "
                      "highlights left out")
    return doc.text, None


def items_from_report(path: str | os.PathLike, origin: str | None = None) -> list[ReviewItem]:
    """Items for one report file: the pipeline's records and the file's text."""
    records = [record_to_dict(r) for r in extract_file(path)]
    text: str | None = None
    note: str | None = None
    if any(r["status"] == "ok" for r in records):
        text, note = _source_text(str(path), records[0].get("sha256"))
    return [ReviewItem(record=r, text=text if r["status"] == "ok" else None,
                       origin=origin or str(path), note=note if r["status"] == "ok" else None)
            for r in records]


def _resolve(source: str, jsonl: Path) -> str:
    """``source`` as written when it exists, else relative to the JSONL's folder."""
    if Path(source).exists() or Path(source).is_absolute():
        return source
    beside = jsonl.parent / source
    return str(beside) if beside.exists() else source


def _error(source: str, reason: str, origin: str) -> ReviewItem:
    record = {"source": source, "report_index": 0, "status": "error", "error": reason}
    return ReviewItem(record=record, text=None, origin=origin)


def items_from_jsonl(path: Path) -> list[ReviewItem]:
    """Items for the lines of an extract JSONL file, the source texts read again."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [_error(str(path), f"cannot read {path}: {exc}", str(path))]
    texts: dict[tuple[str, str | None], tuple[str | None, str | None]] = {}
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            data = json.loads(line)
        except ValueError as exc:
            items.append(_error(str(path), f"{origin}: not JSON ({exc})", origin))
            continue
        if not isinstance(data, dict) or "source" not in data:
            items.append(_error(str(path), f"{origin}: not an extract record", origin))
            continue
        data.setdefault("status", "ok")
        if data["status"] != "ok":
            items.append(ReviewItem(record=data, text=None, origin=origin))
            continue
        key = (_resolve(str(data["source"]), path), data.get("sha256"))
        if key not in texts:
            texts[key] = _source_text(*key)
        text, note = texts[key]
        items.append(ReviewItem(record=data, text=text, origin=origin, note=note))
    return items


def is_store(path: Path) -> bool:
    """``path`` is an SQLite database file (by its first bytes)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def gather(inputs: Iterable[str | os.PathLike]) -> Iterator[ReviewItem]:
    """Review items of ``inputs`` in order: reports, folders, extract JSONL files, stores."""
    for path in iter_paths(inputs):
        if isinstance(path, Refused):  # a FIFO, a device, an unlistable folder …
            yield _error(path.path, path.reason, path.path)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from items_from_jsonl(path)
        elif is_store(path):
            from shebao.review.store import items_from_store

            yield from items_from_store(path)
        else:
            yield from items_from_report(path)
