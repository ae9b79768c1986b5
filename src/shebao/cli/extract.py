"""``shebao extract``: reports in, JSON Lines of facts out."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

from shebao.export.jsonl import write_jsonl
from shebao.pipeline import extract_paths

HELP = """\
Read report files (.txt in UTF-8, GB18030/GBK or UTF-16) and write one JSON
object per report: its title, region, year and every money figure and rate
linked to its fund and metric slot (see the README for the fields).  A file
that cannot be read yields one object with "status": "error" and the reason;
the run goes on.  Directories are searched recursively for *.txt files.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract facts from reports as JSON Lines",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="report files or folders")
    p.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                   help="output file; '-' (the default) writes to standard output")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = (nullcontext(sys.stdout) if args.output == "-"
              else open(args.output, "w", encoding="utf-8"))
    errors = 0
    with target as out:
        def counted(records):
            nonlocal errors
            for r in records:
                errors += r.status == "error"
                if r.status == "error":
                    print(f"shebao: {r.error}", file=sys.stderr)
                yield r
        n = write_jsonl(counted(extract_paths(args.inputs)), out)
    print(f"shebao: {n} records, {errors} errors", file=sys.stderr)
    return 0
