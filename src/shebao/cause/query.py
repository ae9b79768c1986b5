"""Causes as flat rows of records (``shebao.sources`` reads them), and filtered."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict

from shebao.jsonvalue import to_jsonable

ROW_FIELDS = ("source", "report_index", "region", "year", "fund", "metric", "effect",
              "categories", "cue", "text", "start", "end")


def rows_of_record(record: dict) -> Iterator[dict]:
    """One flat row per cause of an extract record (a dict)."""
    for cause in record.get("causes") or []:
        yield {"source": record.get("source"), "report_index": record.get("report_index"),
               "region": record.get("region"), **cause,
               "year": cause.get("year") or record.get("year"),
               "categories": list(cause.get("categories") or [])}


def _has(value, wanted: list[str]) -> bool:
    return not wanted or str(value) in wanted


def keep(row: dict, fund=(), metric=(), effect=(), category=(), year=(), region=(),
         grep=None) -> bool:
    """True when ``row`` passes every filter (lists: any of; grep: substring of text/cue/sentence)."""
    return (_has(row.get("fund"), list(fund)) and _has(row.get("metric"), list(metric))
            and _has(row.get("effect"), list(effect)) and _has(row.get("year"), [str(y) for y in year])
            and (not region or any(r in (row.get("region") or "") for r in region))
            and (not category or bool(set(category) & set(row.get("categories") or [])))
            and (grep is None or any(grep in (row.get(k) or "") for k in ("text", "cue", "sentence"))))


def cause_rows(records: Iterable, **filters) -> list[dict]:
    """Filtered cause rows of records (dicts or ReportRecords)."""
    out: list[dict] = []
    for record in records:
        data = record if isinstance(record, dict) else to_jsonable(asdict(record))
        out.extend(r for r in rows_of_record(data) if keep(r, **filters))
    return out
