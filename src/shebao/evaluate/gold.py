"""Stand-off gold facts (``annotations/``; format in annotations/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

# Fields a gold row must have, and the optional ones.
REQUIRED = ("start", "end", "text", "fund", "account", "metric", "year", "basis", "measure", "value")
OPTIONAL = ("metric_name", "fund_name", "note", "report_index", "period")


@dataclass(frozen=True)
class GoldFact:
    start: int
    end: int
    text: str
    fund: str
    account: str | None
    metric: str
    year: int | None
    basis: str
    measure: str
    value: Decimal
    metric_name: str | None = None


class GoldError(ValueError):
    """A gold file is malformed."""


def load_gold(path: Path, source: str | None = None) -> list[GoldFact]:
    """Rows of one gold file; with ``source``, each span is checked against it."""
    facts = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        unknown = set(row) - set(REQUIRED) - set(OPTIONAL)
        missing = set(REQUIRED) - set(row)
        if unknown or missing:
            raise GoldError(f"{path}:{n}: unknown {sorted(unknown)} missing {sorted(missing)}")
        if source is not None and source[row["start"]:row["end"]] != row["text"]:
            raise GoldError(f"{path}:{n}: span {row['start']}-{row['end']} is not {row['text']!r}")
        facts.append(GoldFact(start=row["start"], end=row["end"], text=row["text"],
                              fund=row["fund"], account=row["account"], metric=row["metric"],
                              year=row["year"], basis=row["basis"], measure=row["measure"],
                              value=Decimal(str(row["value"])), metric_name=row.get("metric_name")))
    return facts
