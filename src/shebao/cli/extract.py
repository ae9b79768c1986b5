"""``shebao extract``: reports in, JSON Lines of facts out."""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import sys

from shebao.cli.common import CliError, check_output, open_output, writable_store
from shebao.cli.options import add_progress
from shebao.progress import wanted

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

The run ends with a summary on standard error (files ok and failed, reports,
facts).  On a terminal a progress bar shows files done, reports, facts,
files/s and the time left (--no-progress hides it).

Exit status: 0 when every file was read, 1 when some file failed (its error
record says why), 2 when nothing could be read (no file found, or every file
failed) or on a usage error.
"""

EXIT_SOME_FAILED = 1
EXIT_NOTHING_READ = 2


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract facts from reports as JSON Lines",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="report files or folders")
    p.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                   help="output file; '-' (the default) writes to standard output")
    p.add_argument("--db", metavar="ARCHIVE.sqlite",
                   help="write into this SQLite store (created if missing) instead of JSON Lines")
    p.add_argument("--workers", type=_workers, default=None, metavar="N",
                   help="worker processes with --db (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --db: send the files to this running Dask scheduler, e.g. "
                        "tcp://10.0.0.5:8786 (needs shebao[dask]; workers must see the paths)")
    redo = p.add_mutually_exclusive_group()
    redo.add_argument("--force", action="store_const", const="all", dest="redo", default="none",
                      help="with --db: extract every file again, even those already stored")
    redo.add_argument("--refresh-older", action="store_const", const="older", dest="redo",
                      help="with --db: extract again the files stored by an older shebao")
    p.add_argument("--allow-failed", action="store_true",
                   help="exit 0 when some files were read even though others failed "
                        "(their error records are written all the same)")
    add_progress(p)
    p.set_defaults(run=run)


def _workers(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) <= 4 and 1 <= int(text) <= 1024):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers (1 to 1024)")
    return int(text)


def exit_status(ok: int, failed: int, allow_failed: bool = False) -> int:
    """0 when nothing failed (or, with ``allow_failed``, something was read),
    2 when nothing was read, else 1."""
    if ok and (not failed or allow_failed):
        return 0
    return EXIT_NOTHING_READ if not ok else EXIT_SOME_FAILED


def _nothing_found(inputs: list[str]) -> int:
    print(f"shebao: no report file found in {' '.join(inputs)}", file=sys.stderr)
    return EXIT_NOTHING_READ


def run(args: argparse.Namespace) -> int:
    if args.scheduler and not args.db:
        raise CliError("--scheduler needs --db")
    if args.redo != "none" and not args.db:
        raise CliError("--force and --refresh-older need --db")
    if args.db and args.output != "-":
        raise CliError("-o and --db exclude each other")
    if args.db:
        writable_store(args.db)
    else:
        check_output(args.output)
    from shebao.cause.models import ModelError
    from shebao.cause.report import require_models
    from shebao.runtime import batch_gc

    try:
        if not args.scheduler:  # a cluster's workers load their own, at set-up
            require_models()
        with batch_gc():  # after the models loaded: they are frozen out of the collector's way
            return run_db(args) if args.db else run_jsonl(args)
    except ModelError as exc:
        raise CliError(f"cannot load the cause models: {exc}") from exc


def run_jsonl(args: argparse.Namespace) -> int:
    from shebao.cli.extract_jsonl import extract_to

    with open_output(args.output) as out:  # a file is written whole or not at all
        tally = extract_to(args.inputs, out, wanted(args.no_progress))
    if not tally.files:
        return _nothing_found(args.inputs)
    print(tally.describe(), file=sys.stderr)
    return exit_status(tally.ok, tally.failed, args.allow_failed)


def _stop(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds: the open transaction rolls back, workers stop


def run_db(args: argparse.Namespace) -> int:
    from shebao.bulk.paths import is_pattern
    from shebao.bulk.results import describe
    from shebao.bulk.run import run_bulk

    for item in args.inputs:  # named here: the store has the error row, the user sees why
        if not is_pattern(item) and not os.path.lexists(item):
            print(f"shebao: {item}: no such file or folder", file=sys.stderr)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        summary = run_bulk(args.inputs, args.db, workers=args.workers,
                           progress=wanted(args.no_progress), scheduler=args.scheduler,
                           redo=args.redo)
    except sqlite3.Error as exc:  # a damaged or foreign store, a full disk: one line
        from shebao.store.errors import explain

        raise CliError(explain(exc, args.db)) from exc
    except ImportError as exc:
        raise CliError("--scheduler needs the Dask extra (pip install 'shebao[dask]'): "
                       f"{exc}") from exc
    finally:  # main() called in a longer-lived process (tests) must not keep the handler:
        signal.signal(signal.SIGTERM, previous)  # a process forked later would inherit it
    if not summary.ok + summary.failed + summary.skipped:
        return _nothing_found(args.inputs)
    print(describe(summary, args.db), file=sys.stderr)
    return exit_status(summary.ok + summary.skipped, summary.failed, args.allow_failed)
