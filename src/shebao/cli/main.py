"""The ``shebao`` command: one subcommand per module of this package."""

from __future__ import annotations

import argparse
import sys

from shebao import __version__
from shebao.cause.models import ModelError
from shebao.cli import check, evaluate, extract
from shebao.cli import train  # the cause models (issue 3)
from shebao.cli import causes, facts, files, flags  # the store (issue 5)
from shebao.cli import export  # exports of the store (issue 5)
from shebao.cli import indicators  # self-evaluation indicators in the store (issue 6)
from shebao.cli import series  # series over the years (issue 10)
from shebao.cli import review  # the review page (issue 11)
from shebao.cli import serve  # the store in datasette (issue 11)

COMMANDS = {"extract": extract, "check": check, "evaluate": evaluate}
COMMANDS["train"] = train
COMMANDS.update({"facts": facts, "flags": flags, "causes": causes, "files": files})
COMMANDS["export"] = export
COMMANDS["indicators"] = indicators
COMMANDS["series"] = series
COMMANDS["review"] = review
COMMANDS["serve"] = serve


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shebao",
        description="Turn Chinese social-insurance fund reports into checked, queryable facts.",
    )
    parser.add_argument("--version", action="version", version=f"shebao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ModelError as exc:  # any command that extracts from report files
        print(f"shebao: cannot load the cause models: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
