"""The ``shebao`` command: one subcommand per module of this package.

The command modules import only what their parser needs; each imports its
machinery (the pipeline, the store, the exporters …) inside ``run``, so
``shebao --version`` and ``--help`` answer at once.  ``main`` is the one
boundary where problems become exit codes: a :class:`CliError` or a store
SQLite cannot read is one line on standard error and exit 2, a reader that
closed the pipe early (``shebao … | head``) ends the run quietly with 141
(128 + SIGPIPE, as a process the signal ended), Ctrl-C with 130.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from shebao import __version__, compiled
from shebao.cause.models import ModelError
from shebao.cli import check, evaluate, extract
from shebao.cli import train  # the cause models (issue 3)
from shebao.cli import causes, facts, files, flags  # the store (issue 5)
from shebao.cli import export  # exports of the store (issue 5)
from shebao.cli import indicators  # self-evaluation indicators in the store (issue 6)
from shebao.cli import series  # series over the years (issue 10)
from shebao.cli import review  # the review page (issue 11)
from shebao.cli import serve  # the store in datasette (issue 11)
from shebao.cli.common import CliError

COMMANDS = {"extract": extract, "check": check, "evaluate": evaluate}
COMMANDS["train"] = train
COMMANDS.update({"facts": facts, "flags": flags, "causes": causes, "files": files})
COMMANDS["export"] = export
COMMANDS["indicators"] = indicators
COMMANDS["series"] = series
COMMANDS["review"] = review
COMMANDS["serve"] = serve

EXIT_PIPE = 128 + 13  # SIGPIPE
EXIT_INTERRUPTED = 128 + 2  # SIGINT


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shebao",
        description="Turn Chinese social-insurance fund reports into checked, queryable facts.",
    )
    parser.add_argument("--version", action="version",
                        version=f"shebao {__version__}, {compiled.build()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(sub)
    return parser


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real descriptor (e.g. captured)
        pass


def _store_error(exc: sqlite3.Error, args: argparse.Namespace | None) -> str:
    """One line for an SQLite error, naming the store when the command has one."""
    from shebao.store.errors import explain

    db = getattr(args, "db", None)
    return explain(exc, db) if db else f"cannot use the store: {exc}"


def main(argv: list[str] | None = None) -> int:
    args = None
    try:
        args = build_parser().parse_args(argv)
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except CliError as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return exc.code
    except ModelError as exc:  # any command that extracts from report files
        print(f"shebao: cannot load the cause models: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # a damaged or foreign store met while reading it
        print(f"shebao: {_store_error(exc, args)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("shebao: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
