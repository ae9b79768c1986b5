"""``shebao extract``: reports in, JSON Lines of facts out."""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
from contextlib import nullcontext

from shebao.bulk.results import describe
from shebao.bulk.run import run_bulk
from shebao.cause.models import ModelError
from shebao.cause.report import require_models
from shebao.export.atomic import atomic_open
from shebao.export.jsonl import write_jsonl
from shebao.pipeline import extract_paths
from shebao.store.errors import explain

HELP = """\
Read report files (.txt in UTF-8, GB18030/GBK or UTF-16, .pdf with a text
layer, .docx) and write one JSON object per report: its title, region, year,
every money figure and rate linked to its fund and metric slot, and the rows
of its self-evaluation tables (see the README for the fields).  A file that
cannot be read yields one object with "status": "error" and the reason; the
run goes on.  Directories are searched recursively for *.txt, *.pdf and
*.docx files.

With --db the results go into an SQLite store instead (see `shebao facts`):
files are processed in worker processes, each file is keyed by the sha256 of
its bytes and committed in one transaction, so a rerun (or a run after an
interruption) skips finished files and redoes the rest (--force redoes every
file, --refresh-older those stored by an older shebao).  The store is checked
first: a damaged one is refused (exit 2).  Inputs may then be
glob patterns too (quote them: 'archive/**/*.pdf').  With --scheduler the
files are processed on a Dask cluster and still stored here, as they finish.

The cause models are loaded first (from the package, or $SHEBAO_MODELS): if
one is missing or broken, nothing is extracted or stored and the exit code is 2.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract facts from reports as JSON Lines",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="report files or folders")
    p.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                   help="output file; '-' (the default) writes to standard output")
    p.add_argument("--db", metavar="ARCHIVE.sqlite",
                   help="write into this SQLite store (created if missing) instead of JSON Lines")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes with --db (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --db: send the files to this running Dask scheduler, e.g. "
                        "tcp://10.0.0.5:8786 (needs shebao[dask]; workers must see the paths)")
    redo = p.add_mutually_exclusive_group()
    redo.add_argument("--force", action="store_const", const="all", dest="redo", default="none",
                      help="with --db: extract every file again, even those already stored")
    redo.add_argument("--refresh-older", action="store_const", const="older", dest="redo",
                      help="with --db: extract again the files stored by an older shebao")
    p.add_argument("--quiet", action="store_true",
                   help="no progress bar with --db (it only shows on a terminal anyway)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.scheduler and not args.db:
        print("shebao: --scheduler needs --db", file=sys.stderr)
        return 2
    if args.redo != "none" and not args.db:
        print("shebao: --force and --refresh-older need --db", file=sys.stderr)
        return 2
    try:
        if not args.scheduler:  # a cluster's workers load their own, at set-up
            require_models()
        return _run(args)
    except ModelError as exc:
        print(f"shebao: cannot load the cause models: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.db:
        return run_db(args)
    target = (nullcontext(sys.stdout) if args.output == "-"
              else atomic_open(args.output, "w", encoding="utf-8"))  # whole or nothing
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


def _stop(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds: the open transaction rolls back, workers stop


def run_db(args: argparse.Namespace) -> int:
    if args.output != "-":
        print("shebao: -o and --db exclude each other", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop)
    progress = not args.quiet and sys.stderr.isatty()
    try:
        summary = run_bulk(args.inputs, args.db, workers=args.workers, progress=progress,
                           scheduler=args.scheduler, redo=args.redo)
    except sqlite3.Error as exc:  # a damaged or foreign store, a full disk: one line
        print(f"shebao: {explain(exc, args.db)}", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(f"shebao: --scheduler needs the Dask extra (pip install 'shebao[dask]'): {exc}",
              file=sys.stderr)
        return 2
    print(describe(summary, args.db), file=sys.stderr)
    return 0
