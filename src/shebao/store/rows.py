"""Pipeline records → table rows of one file (picklable, built in the worker).

``file_rows`` does everything that costs CPU (JSON, Decimal text) so that
the single writer only inserts (the search index follows by triggers).  Row ids
are left as None; the writer numbers them.  Causes are read field by field
from a dataclass or a dict, so the records of the causes stage fit when they
land; fields unknown to the table go to the ``extra`` JSON column.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from shebao import __version__
from shebao.jsonvalue import to_jsonable
from shebao.records import Fact, Flag, Indicator, ReportRecord
from shebao.store.schema import CAUSE_COLUMNS, FILE_COLUMNS, REPORT_COLUMNS

_KEYS = ("id", "sha256", "report_index")


@dataclass
class FileRows:
    """Everything one file puts in the store (or a note that it was skipped)."""

    sha256: str
    path: str
    status: str  # "ok", "error" or "skipped" (already in the store)
    file: tuple = ()
    reports: list[tuple] = field(default_factory=list)
    facts: list[tuple] = field(default_factory=list)
    flags: list[tuple] = field(default_factory=list)
    causes: list[tuple] = field(default_factory=list)
    indicators: list[tuple] = field(default_factory=list)
    replace: bool = False  # overwrite an earlier row of the same key


def _json(value) -> str | None:
    return None if value is None else json.dumps(to_jsonable(value), ensure_ascii=False)


def _num(value) -> float | None:
    return None if value is None else float(value)


def _exact(value) -> str | None:
    return None if value is None else str(value)


def fact_row(sha: str, index: int, n: int, f: Fact) -> tuple:
    return (None, sha, index, n, f.fund, f.fund_name, f.account, f.metric, f.metric_name,
            f.year, f.basis, f.measure, _num(f.value), _exact(f.value), f.unit,
            _num(f.value_wan), _exact(f.value_wan), f.text, f.sentence, _json(f.section),
            f.start, f.end, f.confidence, f.part_of, f.part_list, f.mention,
            f.period, f.period_scope, f.page, None, 0)  # flags, suspect: set by the writer


def flag_row(sha: str, index: int, n: int, f: Flag) -> tuple:
    related = [dataclasses.asdict(r) for r in f.related]
    return (None, sha, index, n, f.kind, f.severity, f.message, f.text, f.start, f.end,
            f.suggestion, _json(related), "report", None)


def _flag01(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def indicator_row(sha: str, index: int, n: int, i: Indicator) -> tuple:
    return (None, sha, index, n, i.level1, i.level2, i.level3, i.target_text,
            _num(i.target), _exact(i.target), _num(i.target_high), _exact(i.target_high),
            i.comparator, i.unit, i.actual_text, _num(i.actual), _exact(i.actual),
            i.actual_comparator, i.actual_unit, _flag01(i.met), i.text, i.start, i.end,
            i.title, _json(i.section))


def _as_dict(item) -> dict:
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    return dict(item)


def cause_row(sha: str, index: int, n: int, cause) -> tuple:
    data = _as_dict(cause)
    named = [c for c in CAUSE_COLUMNS if c not in _KEYS + ("cause_index", "extra")]
    extra = {k: v for k, v in data.items() if k not in named}
    values = [_json(data.get(c)) if c == "categories" else to_jsonable(data.get(c)) for c in named]
    return (None, sha, index, n, *values, _json(extra) if extra else None)


def report_row(sha: str, r: ReportRecord) -> tuple:
    values = {"sha256": sha, "source": r.source, "extra": _json(r.extra) if r.extra else None}
    return tuple(values[c] if c in values else getattr(r, c) for c in REPORT_COLUMNS)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def file_rows(records: list[ReportRecord], sha: str, path: str, size: int | None) -> FileRows:
    """The rows of one file from its pipeline records."""
    out = FileRows(sha, path, "ok")
    for r in records:
        out.reports.append(report_row(sha, r))
        out.facts.extend(fact_row(sha, r.report_index, n, f) for n, f in enumerate(r.facts))
        out.flags.extend(flag_row(sha, r.report_index, n, f) for n, f in enumerate(r.flags))
        out.indicators.extend(indicator_row(sha, r.report_index, n, i)
                              for n, i in enumerate(r.indicators))
        out.causes.extend(cause_row(sha, r.report_index, n, c) for n, c in enumerate(r.causes))
    errors = [r.error or "error" for r in records if r.status != "ok"]
    out.status = "error" if errors or not records else "ok"
    error = "; ".join(errors) if errors else (None if records else "no records")
    values = {"sha256": sha, "path": path, "size": size, "status": out.status, "error": error,
              "reports": len(out.reports), "facts": len(out.facts), "flags": len(out.flags),
              "causes": len(out.causes), "done_at": _now(), "indicators": len(out.indicators),
              "shebao_version": __version__}
    out.file = tuple(values[c] for c in FILE_COLUMNS)
    return out


def error_rows(sha: str, path: str, size: int | None, message: str,
               replace: bool = False) -> FileRows:
    """Rows of a file that failed before or outside the pipeline."""
    record = ReportRecord(source=path, sha256=sha, report_index=0, status="error", error=message)
    out = file_rows([record], sha, path, size)
    out.replace = replace
    return out
