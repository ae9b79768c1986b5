"""Flags of checked reports, for people (text) and programs (JSON), and an exit status.

The records are read by ``shebao.sources``: report files run through the
whole pipeline, JSON Lines that ``shebao extract`` wrote read back with
the flags they carry, shown as they stand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import regex

from shebao.export.jsonl import record_to_dict
from shebao.records import Flag, ReportRecord

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
