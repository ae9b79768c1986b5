"""``shebao export DB``: a whole store table to CSV, Parquet, Excel or JSON Lines."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile

from shebao.cli.common import STDOUT, CliError, check_output, require_store
from shebao.cli.names import EXPORT_FORMATS as FORMATS
from shebao.cli.names import EXPORT_TABLES as TABLES

HELP = """\
Write one table of a store (`shebao extract --db`) to a file: csv (UTF-8
with BOM, for Excel), parquet (typed columns), xlsx (figures as numbers) or
jsonl.  Rows of facts, causes, flags and indicators (the rows of the
reports' self-evaluation tables, `met` true/false/empty) carry their
report's source, title, region and year.  `-o -` writes the file to
standard output (give --format then).
"""


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="export a store table to csv, parquet, xlsx or jsonl",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", metavar="DB", help="store written by `shebao extract --db`")
    p.add_argument("--table", choices=TABLES, default="facts", help="table (default: facts)")
    p.add_argument("--format", choices=FORMATS, help="format (default: from the -o suffix)")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="file to write; '-' for standard output")
    p.set_defaults(run=run)


def _format(args: argparse.Namespace) -> str | None:
    if args.format:
        return args.format
    suffix = args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
    return suffix if suffix in FORMATS else None


def _to_stdout(db: str, table: str, fmt: str) -> int:
    """Export into a temporary file, then copy its bytes to standard output."""
    from shebao.export.formats import export_table

    with tempfile.TemporaryDirectory(prefix="shebao-export-") as folder:
        path = os.path.join(folder, f"{table}.{fmt}")
        n = export_table(db, table, fmt, path)
        sys.stdout.flush()
        with open(path, "rb") as data:
            shutil.copyfileobj(data, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return n


def run(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt is None:
        raise CliError(f"give --format ({', '.join(FORMATS)})")
    require_store(args.db)
    check_output(args.output)
    try:
        if args.output == STDOUT:
            n = _to_stdout(args.db, args.table, fmt)
        else:
            from shebao.export.formats import export_table

            n = export_table(args.db, args.table, fmt, args.output)
    except BrokenPipeError:
        raise  # the reader of standard output left: main ends quietly
    except (OSError, ValueError) as exc:  # the store's own messages name the path
        raise CliError(str(exc)) from exc
    where = "standard output" if args.output == STDOUT else args.output
    print(f"shebao: {n} {args.table} → {where}", file=sys.stderr)
    return 0
