"""``shebao causes``: the stated explanations of reports, filtered."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from shebao.cli.common import require_store
from shebao.cli.options import add_progress, type_of
from shebao.cli.tracking import tracked
from shebao.progress import wanted

HELP = """\
List the causes (stated explanations of why a fund metric moved or missed
its budget) of report files/folders (the pipeline is run) or of JSON Lines
written by `shebao extract`.  Filters combine with AND; a filter given
several times matches any of its values.  A .sqlite/.db PATH is read by the
store module (`shebao.store`) when it is installed.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("causes", help="list and filter the stated causes of reports",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="reports, folders or extract .jsonl")
    for name, what in [("fund", "fund id"), ("metric", "metric id"),
                       ("effect", "increase|decrease|above_budget|below_budget|other"),
                       ("category", "category of slots.md"), ("year", "fiscal year"),
                       ("region", "part of the region name")]:
        p.add_argument(f"--{name}", action="append", default=[], metavar=name.upper(), help=what,
                       type=type_of(name))
    p.add_argument("--grep", metavar="TEXT", help="keep causes whose text, cue or sentence holds TEXT")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    add_progress(p)
    p.set_defaults(run=run)


def _store(paths: list[str]) -> list[str]:
    return [p for p in paths if p.endswith((".sqlite", ".db"))]


def _table(rows: list[dict], out) -> None:
    head = ["year", "region", "fund", "metric", "effect", "categories", "cue", "text"]
    print("\t".join(head), file=out)
    for r in rows:
        text = " ".join(str(r["text"]).split())
        cells = [r.get("year"), r.get("region") or "", r["fund"], r["metric"], r["effect"],
                 ",".join(r["categories"]), " ".join(str(r["cue"]).split()),
                 text if len(text) <= 80 else text[:79] + "…"]
        print("\t".join(str(c) for c in cells), file=out)
    print(f"{len(rows)} causes", file=sys.stderr)


def write(rows: list[dict], fmt: str, out) -> None:
    if fmt == "json":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        from shebao.cause.query import ROW_FIELDS

        w = csv.DictWriter(out, fieldnames=list(ROW_FIELDS), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({**r, "categories": ";".join(r["categories"])})
    else:
        _table(rows, out)


def run(args: argparse.Namespace) -> int:
    stores = _store(args.paths)
    if stores:
        try:
            from shebao.cli.dbquery import run_query  # the store developer's module
        except ImportError:
            print(f"shebao: {stores[0]}: reading causes from a database needs the store module "
                  "(shebao.store), which is not installed in this version", file=sys.stderr)
            return 2
        args.db, args.limit = stores[0], None
        require_store(args.db)
        options = ["fund", "metric", "year", "region", "effect", "category"]
        return run_query(args, "causes", options, ["year", "region", "fund", "metric", "effect",
                                                   "categories", "cue", "text"])
    filters = {k: getattr(args, k) for k in ("fund", "metric", "effect", "category", "year", "region")}
    from shebao.cause.query import cause_rows
    from shebao.sources import load_records

    try:
        records = load_records(args.paths, strict=True, jsonl_suffixes=(".jsonl", ".json"))
        records = tracked(records, args.paths, wanted(args.no_progress))
        rows = cause_rows(records, grep=args.grep, **filters)
    except (OSError, ValueError) as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    write(rows, args.format, sys.stdout)
    return 0
