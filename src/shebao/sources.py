"""Report records from their sources: report files or ``shebao extract`` output.

A report file (or a folder of them) is run through the whole pipeline; a
JSON Lines file written by ``shebao extract`` (or ``shebao check --format
json``) is read back as it stands: its flags and causes become records
again, its facts do not (they stay plain JSON and are not checked again).

A line that is no extract record is reported clearly, naming file and line:
by default as an error record (``status="error"``), so a batch goes on;
with ``strict=True`` as a :class:`SourceError`.  This module sits above the
stages, so ``check``, ``cause`` and the CLI can read sources without
importing the pipeline themselves.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path

from shebao.ingest.read import iter_paths
from shebao.pipeline import error_record, extract_file
from shebao.records import Cause, Flag, Related, ReportRecord

JSONL_SUFFIXES = (".jsonl",)
CAUSE_FIELDS = tuple(f.name for f in fields(Cause))


class SourceError(ValueError):
    """A line of a JSON Lines file is no extract record (strict reading)."""


def _flag(data: dict) -> Flag:
    related = tuple(Related(r["text"], r["start"], r["end"]) for r in data.get("related") or ())
    return Flag(kind=data["kind"], severity=data["severity"], message=data["message"],
                text=data["text"], start=data["start"], end=data["end"],
                suggestion=data.get("suggestion"), related=related)


def _cause(data: dict) -> Cause:
    values = {k: data[k] for k in CAUSE_FIELDS if k in data}
    for name in ("categories", "section"):
        if name in values:
            values[name] = tuple(values[name] or ())
    return Cause(**values)


def record_from_dict(data: dict, path: str) -> ReportRecord:
    """A record from one extract line: flags and causes as records, facts left out."""
    return ReportRecord(
        source=data.get("source", path), sha256=data.get("sha256"),
        report_index=data.get("report_index", 0), status=data.get("status", "ok"),
        title=data.get("title"), region=data.get("region"), year=data.get("year"),
        genre=data.get("genre"),
        causes=tuple(_cause(c) for c in data.get("causes") or ()),
        flags=tuple(_flag(f) for f in data.get("flags") or ()), error=data.get("error"),
    )


def _line_record(line: str, path: Path, number: int, strict: bool) -> ReportRecord:
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return record_from_dict(data, str(path))
    except (ValueError, KeyError, TypeError) as exc:
        reason = f"{path}:{number}: not an extract record ({exc})"
        if strict:
            raise SourceError(reason) from exc
        return error_record(str(path), reason)


def records_from_jsonl(path: str | os.PathLike, strict: bool = False) -> list[ReportRecord]:
    """The records of a JSON Lines file; a bad line (or file) as an error record or, strict, raised."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        if strict:
            raise
        return [error_record(str(path), f"cannot read {path}: {exc}")]
    return [_line_record(line, path, n, strict) for n, line in enumerate(lines, 1) if line.strip()]


def load_records(inputs: Iterable[str | os.PathLike], strict: bool = False,
                 jsonl_suffixes: tuple[str, ...] = JSONL_SUFFIXES) -> Iterator[ReportRecord]:
    """Records of ``inputs`` in order: report files and folders extracted, JSON Lines read back."""
    for path in iter_paths(inputs):
        if isinstance(path, Path) and path.suffix.lower() in jsonl_suffixes:
            yield from records_from_jsonl(path, strict)
        else:
            yield from extract_file(path)
