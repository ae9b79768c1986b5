"""What the store query commands (facts, flags, causes, indicators) share: arguments, output."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from shebao.cli.common import require_store
from shebao.cli.options import limit, type_of

FORMATS = ("table", "csv", "json")
_HELP = {"fund": "fund slot id, e.g. resident_pension", "metric": "metric slot id, e.g. income_total",
         "year": "year", "region": "part of the region name, e.g. 喀什", "basis": "actual, budget …",
         "measure": "level, yoy_rate …", "kind": "flag kind, e.g. unit", "severity": "error or warning",
         "effect": "increase, decrease, above_budget, below_budget or other", "category": "cause category, e.g. headcount",
         "met": "whether the target was reached (unknown: it could not be checked)",
         "suspect": "true: facts flagged as a unit or digit slip; false: the others",
         "origin": "report (its own checks) or archive (`shebao check --db`)"}
_CHOICES = {"met": ("true", "false", "unknown"), "suspect": ("true", "false"),
            "origin": ("report", "archive")}


def add_query_parser(sub, table: str, help_text: str, options: list[str],
                     columns: list[str]) -> None:
    """A subcommand listing ``table`` with ``options`` as filters, ``columns`` in the table view."""
    p = sub.add_parser(table, help=help_text, description=help_text)
    p.add_argument("db", metavar="DB", help="store written by `shebao extract --db`")
    for name in options:
        p.add_argument(f"--{name}", type=type_of(name), action="append",
                       choices=_CHOICES.get(name), help=_HELP.get(name))
    p.add_argument("--grep", metavar="TEXT",
                   help="keep rows holding every word of TEXT, as a substring (e.g. --grep 稳岗)")
    p.add_argument("--limit", type=limit, metavar="N", help="at most N rows")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default), csv or json (one object per line)")
    p.set_defaults(run=lambda args: run_query(args, table, options, columns))


def run_query(args: argparse.Namespace, table: str, options: list[str],
              columns: list[str]) -> int:
    from shebao.cli.render import write
    from shebao.store.query import FILTERS, select

    require_store(args.db)
    filters = {name: getattr(args, name) for name in options if name in FILTERS[table]}
    try:
        records = select(args.db, table, grep=args.grep, limit=args.limit, **filters)
        n = write(records, args.format, columns, sys.stdout)
    except (FileNotFoundError, ValueError, sqlite3.Error) as exc:  # one line, no traceback
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    if args.format == "table":
        print(f"shebao: {n} {table}", file=sys.stderr)
    return 0
