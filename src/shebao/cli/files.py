"""``shebao files DB``: the files of a store, e.g. those that failed."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from shebao.cli.common import require_store

COLUMNS = ["status", "path", "reports", "facts", "flags", "indicators", "error"]


def add_parser(sub) -> None:
    p = sub.add_parser("files", help="list the files of a store and their status",
                       description="List the files of a store (`shebao extract --db`).")
    p.add_argument("db", metavar="DB")
    p.add_argument("--status", choices=["ok", "error"], help="only files with this status")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from shebao.cli.render import write
    from shebao.store.query import files

    require_store(args.db)
    try:
        rows = files(args.db, status=args.status)
    except (FileNotFoundError, sqlite3.Error) as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    write(iter(rows), args.format, COLUMNS, sys.stdout)
    return 0
