"""``shebao check``: flag unit slips and figures that contradict each other."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from shebao.cli.common import require_store
from shebao.cli.options import add_progress
from shebao.cli.tracking import tracked
from shebao.progress import wanted

HELP = """\
Check reports for figures that cannot all be right: a unit slip (亿元 or 元
written for 万元), items that exceed or do not add up to their total, a
balance that is not income − expenditure, a change or rate that contradicts
its two years, a budget-completion rate that is not actual ÷ budget, one
fact stated with two values, a digit dropped, added or swapped.  Tolerance
follows the written precision, so honest rounding raises no flag.

Inputs are report files (.txt in UTF-8, GB18030/GBK or UTF-16, .pdf with a
text layer, .docx) or folders (searched recursively for *.txt, *.pdf and
*.docx), as for `shebao extract`.  A *.jsonl file
named on the command line is read as the output of `shebao extract`: its
flags are printed as they stand, its facts are not checked again (re-run
`shebao check` on the report file to check with the current rules).

Text output groups the flags by report (file, report index, title), one line
per flag: severity, kind, the figure as written (a line break shown as ⏎),
its [start:end] offsets in the file's text, the message with the numbers,
the suggested correction (→) and the related figures.  --format json writes
one JSON object per report and line: source, report_index, status, title,
flags (as in `shebao extract`).

With --db ARCHIVE.sqlite (a store of `shebao extract --db`, no PATH) the
checks run across the reports of the store: a figure a report gives for an
earlier year (上年) is compared with that year's own report of the same
region (same fund, account, metric, basis, measure and period: a half-year
figure never meets the year's); a figure 10^4 away is a `unit` flag, one
digit off a `digit` flag, any other gap beyond rounding a `conflict`
warning.  Each series over the years is checked for a year 10^4 or ten
times off its neighbours.  The flags are written into the store (flags with
origin "archive", the other report as evidence; a rerun replaces them), each
fact's flags and `suspect` are refreshed, and the flags are printed as
above, each followed by its evidence (file, report, year, figure, offsets in
that file, sha256).

Exit status: 0 when no flag reaches the --fail-on severity, 1 when one does,
2 on a usage error or when a file could not be read (or a JSONL line is no
record).
"""


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="flag unit slips and contradicting figures",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", metavar="PATH",
                   help="report files, folders of reports, or JSONL files from `shebao extract`")
    p.add_argument("--db", metavar="ARCHIVE.sqlite",
                   help="check across the reports of this store and write the flags into it")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text (the default, for people) or json (one object per report)")
    p.add_argument("--fail-on", choices=("error", "warning"), default="error",
                   help="lowest flag severity that makes the exit status 1 (default: error)")
    add_progress(p)
    p.set_defaults(run=run)


def run_db(args: argparse.Namespace) -> int:
    from shebao.check.archive import check_store, reports_checked
    from shebao.check.archive_report import (archive_exit_status, format_archive_json,
                                             format_archive_text)
    from shebao.store.errors import explain

    require_store(args.db)
    try:
        flags = check_store(args.db)
    except FileNotFoundError as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # damaged, foreign or newer store; a full disk
        print(f"shebao: {explain(exc, args.db)}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(format_archive_json(flags))
    else:
        sys.stdout.write(format_archive_text(flags, reports_checked(args.db)))
    return archive_exit_status(flags, args.fail_on)


def run(args: argparse.Namespace) -> int:
    if args.db and args.inputs:
        print("shebao: give report files or --db, not both", file=sys.stderr)
        return 2
    if args.db:
        return run_db(args)
    if not args.inputs:
        print("shebao check: give report files (PATH ...) or --db ARCHIVE.sqlite",
              file=sys.stderr)
        raise SystemExit(2)  # a usage error, as argparse reports one
    from shebao.check.report import exit_status, format_json, format_text
    from shebao.sources import load_records

    records = list(tracked(load_records(args.inputs), args.inputs, wanted(args.no_progress)))
    if not records:
        print(f"shebao: no report file found in {' '.join(args.inputs)}", file=sys.stderr)
        return 2
    render = format_json if args.format == "json" else format_text
    sys.stdout.write(render(records))
    for r in records:
        if r.status == "error":
            print(f"shebao: {r.error}", file=sys.stderr)
    return exit_status(records, args.fail_on)

