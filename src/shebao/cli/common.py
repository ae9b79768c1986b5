"""What every command shares at its boundary: one-line errors, output paths, store paths.

A command raises :class:`CliError` for a problem the user can fix (a
missing folder, a file that is no store); ``main`` prints it as one line,
``shebao: …``, and exits with its code (2 unless said otherwise).  An
output path ``-`` is standard output everywhere one is taken.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import IO

SQLITE_MAGIC = b"SQLite format 3\x00"
STDOUT = "-"


class CliError(Exception):
    """A usage problem reported as one line on standard error, exit ``code``."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def check_output(path: str, what: str = "output file") -> None:
    """Raise CliError unless ``path`` can be created: '-', or a file in an existing folder."""
    if path == STDOUT:
        return
    if os.path.isdir(path):
        raise CliError(f"{path}: is a folder; give a file name for the {what}")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CliError(f"{path}: folder {os.path.dirname(path) or folder} does not exist")


@contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    """Standard output for '-', else ``path`` written whole or not at all (UTF-8, through a
    temporary file renamed at the end, ``export.atomic``); errors as CliError."""
    if path == STDOUT:
        yield sys.stdout
        return
    from shebao.export.atomic import atomic_open

    check_output(path)
    stack = ExitStack()
    try:
        out = stack.enter_context(atomic_open(path, "w", encoding="utf-8"))
    except OSError as exc:
        raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    with stack:
        yield out


def is_sqlite(path: str | os.PathLike, empty_ok: bool = False) -> bool:
    """``path`` starts with SQLite's header (or, ``empty_ok``, is empty: a new database)."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return head == SQLITE_MAGIC or (empty_ok and head == b"")


def require_store(path: str | os.PathLike, empty_ok: bool = False) -> None:
    """Raise CliError unless ``path`` is an existing SQLite file (a store to read)."""
    if not os.path.exists(path):
        raise CliError(f"no store at {path}")
    if os.path.isdir(path):
        raise CliError(f"{path}: is a folder, not a store written by `shebao extract --db`")
    if not is_sqlite(path, empty_ok):
        raise CliError(f"{path}: not a shebao store (not an SQLite database); "
                       "stores are written by `shebao extract --db`")


def writable_store(path: str | os.PathLike) -> None:
    """Raise CliError unless ``path`` is an SQLite file or can be created as one."""
    if os.path.exists(path):
        require_store(path, empty_ok=True)
        return
    check_output(os.fspath(path), "store")
