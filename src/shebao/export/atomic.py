"""Write a file whole or not at all: into a temporary file beside it, renamed on success.

``atomic_path(path)`` gives the name of a new empty temporary file in
``path``'s folder (for writers that take a name: openpyxl, pyarrow);
``atomic_open(path, ...)`` a text or binary file object on it.  When the
block ends normally the temporary file is flushed to disk and renamed over
``path`` (``os.replace``: readers see the old file or the new one, never half
of one).  When the block raises (an error, Ctrl-C, an exit), the temporary
file is removed and ``path`` is left as it was.  The temporary file is
hidden (``.NAME.XXXXXXXX.tmp``) and gets the permissions of a file opened
as usual (0o666 less the umask).  A folder that does not exist is reported
with ``path``'s own name.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

TEMP_SUFFIX = ".tmp"


def _create_temp(path: Path) -> Path:
    """A new empty file beside ``path`` (created exclusively: never someone else's)."""
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:  # name the file asked for, not the temporary one
            raise type(exc)(exc.errno, exc.strerror, os.fspath(path)) from None
        os.close(fd)
        return temp


def _sync(temp: Path) -> None:
    """Flush ``temp``'s data to disk before it takes the final name."""
    try:
        fd = os.open(temp, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # a file system without fsync: the rename is still whole
        pass
    finally:
        os.close(fd)


def _remove(temp: Path) -> None:
    try:
        os.unlink(temp)
    except FileNotFoundError:
        pass


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """The temporary file to write; renamed to ``path`` when the block succeeds."""
    target = Path(path)
    temp = _create_temp(target)
    try:
        yield temp
        _sync(temp)
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", **kwargs: Any) -> Iterator[IO]:
    """``open(path, mode, **kwargs)`` written whole or not at all (``mode`` writes: w or wb)."""
    if not mode.startswith("w"):
        raise ValueError(f"atomic_open writes a new file (mode 'w' or 'wb'), not {mode!r}")
    with atomic_path(path) as temp:
        with open(temp, mode, **kwargs) as out:
            yield out


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """``Path(path).write_text(text)``, whole or not at all."""
    with atomic_open(path, "w", encoding=encoding) as out:
        out.write(text)
