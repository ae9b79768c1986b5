"""``shebao export DB``: a whole store table to CSV, Parquet, Excel or JSON Lines."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from shebao.export.formats import FORMATS, export_table
from shebao.export.table import TABLES

HELP = """\
Write one table of a store (`shebao extract --db`) to a file: csv (UTF-8
with BOM, for Excel), parquet (typed columns), xlsx (figures as numbers) or
jsonl.  Rows of facts, causes, flags and indicators (the rows of the
reports' self-evaluation tables, `met` true/false/empty) carry their
report's source, title, region and year.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="export a store table to csv, parquet, xlsx or jsonl",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", metavar="DB", help="store written by `shebao extract --db`")
    p.add_argument("--table", choices=TABLES, default="facts", help="table (default: facts)")
    p.add_argument("--format", choices=FORMATS, help="format (default: from the -o suffix)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    p.set_defaults(run=run)


def _format(args: argparse.Namespace) -> str | None:
    if args.format:
        return args.format
    suffix = args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
    return suffix if suffix in FORMATS else None


def run(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt is None:
        print(f"shebao: give --format ({', '.join(FORMATS)})", file=sys.stderr)
        return 2
    try:
        n = export_table(args.db, args.table, fmt, args.output)
    except (FileNotFoundError, ValueError, sqlite3.Error) as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    print(f"shebao: {n} {args.table} → {args.output}", file=sys.stderr)
    return 0
