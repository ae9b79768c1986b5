"""Archive flags for people (text) and programs (JSON), as ``shebao check`` prints flags.

Text: the reports with archive flags, each headed by file, report index and
title, one line per flag as for a single report, then the other reports it
rests on (``evidence``: file, report, year, figure and its offsets in that
file), and a summary line.  JSON: one object per flagged report with its
flags, each carrying its ``evidence``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from shebao.check.archive import by_report, flag_row
from shebao.check.report import SEVERITY_RANK, flag_line, shown
from shebao.check.statements import ArchiveFlag
from shebao.jsonvalue import to_jsonable


def evidence_line(e: dict) -> str:
    return (f"      evidence: {e['source']} [report {e['report_index']}, "
            f"{e['report_year']} report] {shown(e['text'])} for {e['year']} "
            f"[{e['start']}:{e['end']}] sha256 {e['sha256'][:12]}")


def format_archive_text(flags: Sequence[ArchiveFlag], reports: int) -> str:
    lines: list[str] = []
    counts = {"error": 0, "warning": 0}
    for (source, _, index), group in by_report(flags).items():
        lines.append(f"{source} [report {index}] {group[0].at.title or '(untitled)'}")
        for f in group:
            counts[f.flag.severity] += 1
            lines.append(flag_line(f.flag))
            lines.extend(evidence_line(s.evidence()) for s in f.evidence)
        lines.append("")
    lines.append(f"{reports} reports checked across the archive: {counts['error']} errors, "
                 f"{counts['warning']} warnings")
    return "\n".join(lines) + "\n"


def format_archive_json(flags: Sequence[ArchiveFlag]) -> str:
    out = []
    for (source, sha, index), group in by_report(flags).items():
        rows = []
        for f in group:
            row = flag_row(f)
            rows.append({k: row[k] for k in ("kind", "severity", "message", "text", "start",
                                              "end", "suggestion")}
                        | {"related": [], "evidence": [s.evidence() for s in f.evidence]})
        data = {"source": source, "sha256": sha, "report_index": index,
                "title": group[0].at.title, "flags": rows}
        out.append(json.dumps(to_jsonable(data), ensure_ascii=False) + "\n")
    return "".join(out)


def archive_exit_status(flags: Sequence[ArchiveFlag], fail_on: str = "error") -> int:
    threshold = SEVERITY_RANK[fail_on]
    return int(any(SEVERITY_RANK[f.flag.severity] >= threshold for f in flags))
