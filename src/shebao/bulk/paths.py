"""The files named by a run's inputs: files, folders (recursive report files) and glob patterns.

Walked lazily, so an archive of any size costs the memory of one folder
listing: folders are walked with ``ingest.walk`` (names sorted per folder,
a folder's files before its subfolders; what cannot be walked comes as
``Refused`` and gets an error row), patterns with ``glob.iglob``.  Paths are deduplicated only when there are
several inputs (which may overlap); a byte-identical file met twice is
skipped by the store anyway (same sha256).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from shebao.ingest.walk import Found, Refused, walk

_GLOB_CHARS = frozenset("*?[")


def is_pattern(item: str) -> bool:
    """True for a glob pattern that is not itself an existing path."""
    return bool(_GLOB_CHARS & set(item)) and not os.path.exists(item)


def walk_folder(folder: str | os.PathLike[str]) -> Iterator[Found]:
    """Report files under ``folder``, recursively, one listing at a time, and what was refused."""
    return walk(folder, files_first=True)


def _expand(item: str | os.PathLike) -> Iterator[Found]:
    if is_pattern(str(item)):
        for found in glob.iglob(str(item), recursive=True):
            yield from _expand(found) if os.path.isdir(found) else [Path(found)]
    elif os.path.isdir(item):
        yield from walk_folder(item)
    else:
        yield Path(item)


def iter_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[Found]:
    """Every file under ``inputs``, in input order; each once when inputs may overlap."""
    items = list(inputs)
    seen: set[str] | None = set() if len(items) > 1 else None
    for item in items:
        for path in _expand(item):
            if seen is not None:
                name = path.path if isinstance(path, Refused) else str(path)
                if name in seen:
                    continue
                seen.add(name)
            yield path
