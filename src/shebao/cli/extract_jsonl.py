"""The JSON Lines mode of ``shebao extract``: file by file, each record written as it comes.

Every file named or found yields its records (at least one: an error record
when it cannot be read); a record that cannot be written as JSON becomes an
error record naming why, so no file is lost.  The :class:`Tally` counts
files (a file fails when any of its records is an error), reports and facts
for the end-of-run summary and the exit status.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from shebao.progress import FileBar
from shebao.records import ReportRecord


@dataclass
class Tally:
    files: int = 0
    ok: int = 0  # files whose every record is ok
    failed: int = 0  # files with an error record
    reports: int = 0  # records written (ok or error)
    errors: int = 0  # error records
    facts: int = 0

    def add(self, records: list[ReportRecord]) -> None:
        self.files += 1
        errors = sum(r.status != "ok" for r in records)
        self.ok += not errors
        self.failed += bool(errors)
        self.reports += len(records)
        self.errors += errors
        self.facts += sum(len(r.facts) for r in records)

    def describe(self) -> str:
        return (f"shebao: {self.files} files: {self.ok} ok, {self.failed} failed; "
                f"{self.reports} reports ({self.errors} errors), {self.facts} facts")


def _written(record: ReportRecord) -> tuple[ReportRecord, str]:
    """The record and its JSON line; one that cannot be serialised as an error record."""
    from shebao.export.jsonl import record_to_dict
    from shebao.pipeline import error_record

    try:
        return record, json.dumps(record_to_dict(record), ensure_ascii=False)
    except Exception as exc:  # a value JSON cannot hold must not cost the batch
        reason = (f"{record.source}: the record could not be written "
                  f"({type(exc).__name__}: {exc})")
        bad = error_record(record.source, reason, record.sha256)
        return bad, json.dumps(record_to_dict(bad), ensure_ascii=False)


def _count(inputs: list[str]) -> int:
    from shebao.ingest.read import iter_paths

    return sum(1 for _ in iter_paths(inputs))


def extract_to(inputs: Iterable[str], out: IO[str], progress: bool) -> Tally:
    """Extract every file under ``inputs`` into ``out`` as JSON Lines; the counts."""
    from shebao.ingest.read import iter_paths
    from shebao.pipeline import extract_budgeted

    inputs = list(inputs)
    tally = Tally()
    with FileBar(_count(inputs) if progress else None, progress) as bar:
        for path in iter_paths(inputs):
            records = []
            for record, line in map(_written, extract_budgeted(path)):
                out.write(line + "\n")
                records.append(record)
                if record.status != "ok":
                    bar.note(f"shebao: {record.error}")
            tally.add(records)
            bar.add_records(records)
    return tally
