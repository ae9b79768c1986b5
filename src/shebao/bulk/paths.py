"""The files named by a run's inputs: files, folders (recursive ``*.txt``) and glob patterns."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from shebao.ingest.read import iter_paths

_GLOB_CHARS = frozenset("*?[")


def is_pattern(item: str) -> bool:
    """True for a glob pattern that is not itself an existing path."""
    return bool(_GLOB_CHARS & set(item)) and not os.path.exists(item)


def iter_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every file under ``inputs``, each once, in input order (folders sorted)."""
    seen: set[Path] = set()
    for item in inputs:
        if is_pattern(str(item)):
            expanded = sorted(glob.glob(str(item), recursive=True))
        else:
            expanded = [item]
        for path in iter_paths(expanded):
            if path not in seen:
                seen.add(path)
                yield path
