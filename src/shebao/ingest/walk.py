"""Walk input folders: every report file found, every problem met on the way.

A folder is listed one level at a time (lazily, with an explicit stack, so
a deep tree needs no recursion).  Report files (``REPORT_SUFFIXES``) are
yielded whatever they are — a dangling link, a FIFO or a device among them
is refused when it is read, with the reason.  What cannot be walked is
yielded as :class:`Refused`, so that it gets an error record instead of
vanishing: a folder that cannot be listed, a link to a folder already being
walked (a link loop) or already walked through another path.  Links to
folders are followed otherwise.

Names in any bytes are kept as the file system gives them (undecodable
bytes as surrogates, so the file can still be opened); ``shown_path``
writes such a name for records and messages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".pdf", ".docx"})  # files a folder yields


@dataclass(frozen=True)
class Refused:
    """An input found but not to be read, with the reason (it becomes an error record)."""

    path: str
    reason: str


Found = Path | Refused


def shown_path(path: str | os.PathLike) -> str:
    """``path`` as text safe to print and store: undecodable bytes written ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _folder_id(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _entries(folder: str) -> tuple[list[os.DirEntry], Refused | None]:
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as exc:
        return [], Refused(folder, f"cannot list folder: {exc.strerror or exc}")
    entries.sort(key=lambda e: e.name)
    return entries, None


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows links; a dangling link or loop is no folder
    except OSError:
        return False


def walk(folder: str | os.PathLike, files_first: bool = False) -> Iterator[Found]:
    """Report files under ``folder``, names sorted per folder, and the problems met.

    By default a folder's entries (files and subfolders) come in one sorted
    order, subfolders walked in place (the order of sorted full paths);
    with ``files_first`` a folder's files come before its subfolders.
    """
    root = os.fspath(folder)
    walked: set[tuple[int, int]] = set()
    # each frame: (the ids of the folders above and this one, entries left to visit)
    stack: list[tuple[frozenset, Iterator[os.DirEntry]]] = []

    def enter(path: str, above: frozenset) -> Refused | None:
        ident = _folder_id(path)
        if ident is not None and ident in above:
            return Refused(path, "link loop: the folder contains itself")
        if ident is not None and ident in walked:
            return Refused(path, "folder already walked through another path (a link)")
        if ident is not None:
            walked.add(ident)
        entries, problem = _entries(path)
        if problem is not None:
            return problem
        if files_first:
            entries.sort(key=_is_dir)  # stable: names stay sorted within each kind
        stack.append((above | {ident}, iter(entries)))
        return None

    problem = enter(root, frozenset())
    if problem is not None:
        yield problem
        return
    while stack:
        above, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
        elif _is_dir(entry):
            problem = enter(entry.path, above)
            if problem is not None:
                yield problem
        elif os.path.splitext(entry.name)[1].lower() in REPORT_SUFFIXES:
            yield Path(entry.path)
