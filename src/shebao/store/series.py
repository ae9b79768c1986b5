"""The ``series`` view read back: one value per region, slot and year, and sums that skip slips.

Each row of the view is one (region, fund, account, metric, metric_name,
period, period_scope, basis, measure, year) with the statement standing for
it: the year's own report's if there is one, else the nearest later
report's restatement; a statement not flagged as a slip wins over one that
is.  ``value_wan`` is NULL for a suspect statement (``stated_wan`` keeps
what it says), so a sum over the view leaves slips out; ``statements``
counts the reports that give the year.  ``region`` matches any part of the
region's name, as in ``query``; the other filters match whole values.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from shebao.store.query import _rows, _values
from shebao.store.search import contains, like_pattern

FILTERS = ("region", "fund", "metric", "account", "basis", "measure", "period")
KEY = ("region", "fund", "account", "metric", "metric_name", "period", "period_scope",
       "basis", "measure")


def series(db: str | os.PathLike, **filters) -> list[dict]:
    """Rows of the series view matching every filter, by series key and year."""
    clauses: list[str] = []
    params: list = []
    for name, value in filters.items():
        values = [] if value is None else _values(value)
        if not values:
            continue
        if name not in FILTERS:
            raise ValueError(f"series cannot be filtered by {name!r}")
        if name == "region":
            clauses.append("(" + " OR ".join(contains(name) for _ in values) + ")")
            params.extend(like_pattern(str(v)) for v in values)
        else:
            clauses.append(f"{name} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    order = ", ".join(f"{k} IS NOT NULL, {k}" for k in KEY)
    out = [dict(r) for r in _rows(db, f"SELECT * FROM series{where} ORDER BY {order}, year",
                                  params)]
    for row in out:
        row["suspect"] = bool(row["suspect"])
    return out


def wide(rows: Iterable[dict]) -> tuple[list[int], list[tuple[dict, dict[int, dict]]]]:
    """The years present and, per series key, its rows by year."""
    years: set[int] = set()
    keyed: dict[tuple, tuple[dict, dict[int, dict]]] = {}
    for row in rows:
        k = tuple(row[c] for c in KEY)
        keyed.setdefault(k, ({c: row[c] for c in KEY}, {}))[1][row["year"]] = row
        years.add(row["year"])
    return sorted(years), list(keyed.values())


def totals(rows: Iterable[dict]) -> dict[int, tuple[Decimal, int, int]]:
    """Year → (sum of value_wan, values summed, suspect values left out)."""
    out: dict[int, list] = defaultdict(lambda: [Decimal(0), 0, 0])
    for row in rows:
        entry = out[row["year"]]
        if row["suspect"] or row["value_wan"] is None:
            entry[2] += 1
        else:
            entry[0] += Decimal(str(row["value_wan"]))
            entry[1] += 1
    return {year: (s, n, skipped) for year, (s, n, skipped) in sorted(out.items())}
