"""``shebao serve DB``: browse a store in datasette (the optional extra ``shebao[serve]``)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from importlib import resources
from pathlib import Path

from shebao.store.schema import open_readonly

HELP = """\
Open a store (`shebao extract --db`) in datasette, read-only, in the browser:
every table and view with facets on fund, metric, year and region (kind and
severity for flags), and search.  Start with the views facts_with_report,
flags_with_report and causes_with_report: each row carries its report's
region, year, title and genre.  The search box finds any text of three
characters or more (the trigram index); for a shorter word filter a column
with "contains".  Needs datasette: pip install 'shebao[serve]'.
"""
INSTALL = "shebao: serve needs datasette; install it with: pip install 'shebao[serve]'"


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="browse a store in datasette (needs shebao[serve])",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", metavar="DB", help="store written by `shebao extract --db`")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port (default: 8001)")
    p.add_argument("-o", "--open", action="store_true", help="open the page in a browser")
    p.set_defaults(run=run)


def metadata(db: str | Path) -> dict:
    """Datasette metadata for the store at ``db``: the shipped one, under the store's name."""
    shipped = json.loads(resources.files("shebao.resources").joinpath("datasette.json")
                         .read_text(encoding="utf-8"))
    tables = shipped.pop("tables")
    return {**shipped, "databases": {Path(db).stem: {"tables": tables}}}


def make_app(db: str | Path):
    """The datasette instance serving ``db`` with the shipped metadata (needs datasette)."""
    from datasette.app import Datasette  # the optional extra, imported only here

    return Datasette([str(db)], metadata=metadata(db))


def run(args: argparse.Namespace) -> int:
    try:
        open_readonly(args.db).close()
    except (FileNotFoundError, sqlite3.Error) as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    try:
        from datasette import cli as datasette_cli
    except ImportError:
        print(INSTALL, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(args.db), ensure_ascii=False), encoding="utf-8")
        argv = ["serve", str(args.db), "--metadata", str(meta), "--host", args.host,
                "--port", str(args.port), *(["--open"] if args.open else [])]
        datasette_cli.cli.main(argv, prog_name="shebao serve", standalone_mode=False)
    return 0
