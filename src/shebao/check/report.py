"""Flags of checked reports, for people (text) and programs (JSON), and an exit status.

Records come from report files (run through the whole pipeline) or from
JSON Lines that ``shebao extract`` wrote: those are not checked again (their
facts are plain JSON, not ``Fact`` records); the flags they carry are shown
as they stand.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from shebao.export.jsonl import record_to_dict
from shebao.ingest.read import iter_paths
from shebao.pipeline import error_record, extract_file
from shebao.records import Flag, Related, ReportRecord

SEVERITY_RANK = {"warning": 0, "error": 1}
# A line break inside a figure's text ("709003\n\n万元"): shown as one ⏎.
LINE_BREAKS = regex.compile(
    r"""
    [ \t]*          # spaces before the break
    (?:\r?\n)+      # one or more line breaks
    [ \t]*          # spaces after it
    """,
    regex.VERBOSE,
)


# ----------------------------------------------------------------- input
def _flag(data: dict) -> Flag:
    related = tuple(Related(r["text"], r["start"], r["end"]) for r in data.get("related") or ())
    return Flag(data["kind"], data["severity"], data["message"], data["text"],
                data["start"], data["end"], data.get("suggestion"), related)


def _from_dict(data: dict, path: str) -> ReportRecord:
    return ReportRecord(
        source=data.get("source", path), sha256=data.get("sha256"),
        report_index=data.get("report_index", 0), status=data.get("status", "ok"),
        title=data.get("title"), region=data.get("region"), year=data.get("year"),
        flags=tuple(_flag(f) for f in data.get("flags") or ()), error=data.get("error"),
    )


def records_from_jsonl(path: str | os.PathLike) -> list[ReportRecord]:
    """The records of a JSON Lines file written by ``shebao extract`` (flags kept, facts not).

    An unreadable file or a line that is no record gives an error record.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [error_record(str(path), f"cannot read {path}: {exc}")]
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            out.append(_from_dict(data, str(path)))
        except (ValueError, KeyError, TypeError) as exc:
            out.append(error_record(str(path), f"{path}:{number}: not an extract record ({exc})"))
    return out


def load_records(inputs: Iterable[str | os.PathLike]) -> Iterator[ReportRecord]:
    """Checked records for report files and folders; ``*.jsonl`` files are read as extract output."""
    for path in iter_paths(inputs):
        if path.suffix.lower() == ".jsonl":
            yield from records_from_jsonl(path)
        else:
            yield from extract_file(path)


# ---------------------------------------------------------------- output
def shown(text: str) -> str:
    """A figure's text on one line: line breaks become ⏎."""
    return LINE_BREAKS.sub("⏎", text)


def flag_line(flag: Flag) -> str:
    """One readable line: severity, kind, figure, offsets, message, suggestion, related."""
    line = (f"  {flag.severity:<7} {flag.kind:<11} {shown(flag.text)} "
            f"[{flag.start}:{flag.end}]  {flag.message}")
    if flag.suggestion is not None:
        line += f"  → {shown(flag.suggestion)}"
    if flag.related:
        line += "  | related: " + "; ".join(f"{shown(r.text)} [{r.start}:{r.end}]"
                                            for r in flag.related)
    return line


def format_text(records: Iterable[ReportRecord]) -> str:
    """Flags grouped by report (file, report index, title), then a summary line."""
    lines: list[str] = []
    counts = {"reports": 0, "error": 0, "warning": 0, "unreadable": 0}
    for r in records:
        counts["reports"] += 1
        if r.status == "error":
            counts["unreadable"] += 1
            lines += [f"{r.source}: unreadable: {r.error}", ""]
            continue
        lines.append(f"{r.source} [report {r.report_index}] {r.title or '(untitled)'}")
        lines += [flag_line(f) for f in r.flags] or ["  no flags"]
        lines.append("")
        for f in r.flags:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    lines.append(f"{counts['reports']} reports: {counts['error']} errors, "
                 f"{counts['warning']} warnings, {counts['unreadable']} unreadable")
    return "\n".join(lines) + "\n"


def report_dict(record: ReportRecord) -> dict:
    """The JSON object of one report: source, report_index, title, flags (and status, error)."""
    data = record_to_dict(record)
    out = {k: data.get(k) for k in ("source", "report_index", "status", "title", "flags")}
    if record.status == "error":
        out["error"] = record.error
    return out


def format_json(records: Iterable[ReportRecord]) -> str:
    """One JSON object per report and line."""
    return "".join(json.dumps(report_dict(r), ensure_ascii=False) + "\n" for r in records)


def exit_status(records: Iterable[ReportRecord], fail_on: str = "error") -> int:
    """2 when a record is an error record, 1 when a flag reaches ``fail_on``, else 0."""
    threshold = SEVERITY_RANK[fail_on]
    status = 0
    for r in records:
        if r.status == "error":
            return 2
        if any(SEVERITY_RANK.get(f.severity, 1) >= threshold for f in r.flags):
            status = 1
    return status
