"""``shebao review``: a static HTML page per report, its facts, flags and causes in place."""

from __future__ import annotations

import argparse
import os
import sys

from shebao.cli.common import STDOUT, CliError
from shebao.cli.options import add_progress
from shebao.cli.tracking import tracked
from shebao.progress import wanted

HELP = """\
Write one self-contained HTML page per report (no network, style and script
inline) and an index.html into DIR.  Each page shows the report's text with
every fact highlighted at its offsets (a <mark> carrying fund, metric, year,
measure, basis, period and value as data attributes, the slots as a tooltip),
flags in red with their message, evidence and suggestion, causes underlined
and tied to the fact they explain, and a table of the facts: click a row to
go to its place in the text.

Inputs are report files or folders (run through the pipeline, as `shebao
extract` does), JSON Lines files from `shebao extract` (their records shown
as written; the source file each names is read again for the text, and when
it is gone or changed the page says so and shows no highlights), or a store
from `shebao extract --db` (the files it lists are extracted again).  DIR is
created if missing (its parent folder must exist); the pages are several
files, so there is no '-' for standard output.

Exit status: 0 when at least one page was written, 1 when no report could be
read, 2 when no input was found.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("review", help="write an HTML page per report with its facts in place",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="REPORT_OR_DB",
                   help="report files, folders, extract JSONL files or a store")
    p.add_argument("-o", "--output", default="review", metavar="DIR",
                   help="folder for the pages and index.html (default: ./review)")
    add_progress(p)
    p.set_defaults(run=run)


def check_folder(path: str) -> None:
    """Raise CliError unless ``path`` is a folder or can be made one in an existing folder."""
    if path == STDOUT:
        raise CliError("review writes a folder of pages; give -o DIR, not '-'")
    if os.path.exists(path) and not os.path.isdir(path):
        raise CliError(f"{path}: is a file; give a folder for the pages")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise CliError(f"{path}: folder {os.path.dirname(path) or parent} does not exist")


def run(args: argparse.Namespace) -> int:
    from shebao.review import gather, write_site

    check_folder(args.output)
    items = tracked(gather(args.inputs), args.inputs, wanted(args.no_progress),
                    record_of=lambda item: item.record)
    try:
        entries = write_site(items, args.output)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot write the pages: {exc.strerror or exc}") from exc
    if not entries:
        print(f"shebao: no report found in {' '.join(args.inputs)}", file=sys.stderr)
        return 2
    for entry in entries:
        record = entry.item.record
        if entry.page is None:
            print(f"shebao: {record.get('error') or entry.item.note}", file=sys.stderr)
        elif entry.item.note:
            print(f"shebao: {entry.page}: {entry.item.note}", file=sys.stderr)
    pages = sum(e.page is not None for e in entries)
    print(f"shebao: {pages} pages, index in {args.output}/index.html", file=sys.stderr)
    return 0 if pages else 1
