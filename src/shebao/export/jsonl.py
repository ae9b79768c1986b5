"""ReportRecords as JSON Lines (the contract of ../shared/spec/output.md)."""

from __future__ import annotations

import json
from typing import IO, Iterable

from shebao.jsonrows import dict_json
from shebao.jsonvalue import dumps, shallow, to_jsonable
from shebao.records import ReportRecord


def _flat(data: dict, record: ReportRecord) -> dict:
    """The record's fields with ``extra`` merged in (and no ``error`` when it is ok)."""
    extra = data.pop("extra") or {}
    if record.status == "ok":
        data.pop("error")
    data.update(extra)
    return data


def record_to_dict(record: ReportRecord) -> dict:
    return _flat(to_jsonable(record), record)  # a walk over the fields, no deep copy


def record_line(record: ReportRecord) -> str:
    """``record_to_dict`` as one line of JSON: its lists of records written column by
    column (``jsonrows``), anything else by json's C encoder."""
    data = _flat(shallow(record), record)
    text = dict_json(data)  # (valid Unicode, else None: ``dumps`` escapes what is not)
    return dumps(data) if text is None else text


def write_jsonl(records: Iterable[ReportRecord], out: IO[str]) -> int:
    """Write one line per record; return the number written."""
    n = 0
    for record in records:
        out.write(record_line(record))  # (a long line: not copied once more with its break)
        out.write("\n")
        n += 1
    return n


def write_rows(rows: Iterable[dict], out: IO[str], names: list[str] | None = None) -> int:
    """One JSON object per store row (``names``, in order, when given); return how many."""
    n = 0
    for row in rows:
        data = row if names is None else {name: row.get(name) for name in names}
        out.write(json.dumps(to_jsonable(data), ensure_ascii=False) + "\n")
        n += 1
    return n
