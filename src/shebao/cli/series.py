"""``shebao series DB``: each fund's figures over the years, one column per year."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from shebao.cli.common import require_store
from shebao.cli.names import SERIES_FILTERS
from shebao.cli.options import type_of

HELP = """\
Print the series of a store (`shebao extract --db`): per region, fund,
account, metric, period, basis and measure, the money value in 万元 of each
year, one column per year.  A year stated by several reports shows its own
report's figure (else the latest restatement); a figure flagged as a unit or
digit slip (see `shebao check --db`) shows as "suspect" and is left out of
--total.  --format csv or json writes the rows of the series view instead
(one per series and year, with the report's source and sha256).
"""
ID_COLUMNS = ("region", "fund", "account", "metric", "period", "basis", "measure")


def add_parser(sub) -> None:
    p = sub.add_parser("series", help="money figures of a store over the years",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", metavar="DB", help="store written by `shebao extract --db`")
    for name in SERIES_FILTERS:
        p.add_argument(f"--{name}", action="append", type=type_of(name),
                       help=f"only this {name} (repeatable)")
    p.add_argument("--total", action="store_true",
                   help="add a line summing each year over the series shown (slips left out)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=run)


def _cell(row: dict | None) -> str:
    if row is None:
        return ""
    return "suspect" if row["suspect"] else f"{row['value_wan']:.2f}"


def table_rows(rows: list[dict], total: bool) -> tuple[list[str], list[dict]]:
    """The wide table: identifying columns, then one column per year."""
    from shebao.store.series import wide

    years, keyed = wide(rows)
    columns = [*ID_COLUMNS, *map(str, years)]
    out = []
    for key, by_year in keyed:
        line = {c: key[c] for c in ID_COLUMNS}
        if key["metric_name"]:
            line["metric"] = f"{key['metric']}:{key['metric_name']}"
        line.update({str(y): _cell(by_year.get(y)) for y in years})
        out.append(line)
    if total:
        from shebao.store.series import totals

        sums = totals(rows)
        line = {"region": "total (no suspect)"}
        line.update({str(y): f"{s:.2f}" + (f" (-{k})" if k else "")
                     for y, (s, _, k) in sums.items()})
        out.append(line)
    return columns, out


def run(args: argparse.Namespace) -> int:
    from shebao.cli.render import write_csv, write_json, write_table
    from shebao.store.series import series

    require_store(args.db)
    filters = {name: getattr(args, name) for name in SERIES_FILTERS}
    try:
        rows = series(args.db, **filters)
    except (FileNotFoundError, ValueError, sqlite3.DatabaseError) as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    if args.format == "csv":
        write_csv(iter(rows), sys.stdout)
    elif args.format == "json":
        write_json(iter(rows), sys.stdout)
    else:
        columns, lines = table_rows(rows, args.total)
        write_table(lines, columns, sys.stdout)
        print(f"shebao: {len(lines) - args.total} series, {len(rows)} values", file=sys.stderr)
    return 0
