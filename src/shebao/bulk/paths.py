"""The files named by a run's inputs: files, folders (recursive report files) and glob patterns.

Walked lazily, so an archive of any size costs the memory of one folder
listing: folders are walked with ``os.walk`` (names sorted per folder),
patterns with ``glob.iglob``.  Paths are deduplicated only when there are
several inputs (which may overlap); a byte-identical file met twice is
skipped by the store anyway (same sha256).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from shebao.ingest.read import REPORT_SUFFIXES

_GLOB_CHARS = frozenset("*?[")


def is_pattern(item: str) -> bool:
    """True for a glob pattern that is not itself an existing path."""
    return bool(_GLOB_CHARS & set(item)) and not os.path.exists(item)


def walk_folder(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """Report files (``REPORT_SUFFIXES``) under ``folder``, recursively, one listing at a time."""
    for parent, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = Path(parent, name)
            if path.suffix.lower() in REPORT_SUFFIXES and path.is_file():
                yield path


def _expand(item: str | os.PathLike) -> Iterator[Path]:
    if is_pattern(str(item)):
        for found in glob.iglob(str(item), recursive=True):
            yield from _expand(found) if os.path.isdir(found) else [Path(found)]
    elif os.path.isdir(item):
        yield from walk_folder(item)
    else:
        yield Path(item)


def iter_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every file under ``inputs``, in input order; each once when inputs may overlap."""
    items = list(inputs)
    seen: set[Path] | None = set() if len(items) > 1 else None
    for item in items:
        for path in _expand(item):
            if seen is not None:
                if path in seen:
                    continue
                seen.add(path)
            yield path
