"""Read the bytes of one input file, refusing what is not a regular file or too large.

Only regular files are read: a FIFO, a device (``/dev/zero``), a socket or
a folder is refused with what it is, never opened for reading (the file is
opened non-blocking and checked again after opening, so a FIFO swapped in
meanwhile cannot hang the run).  A dangling link and a link loop are named
as such.  A file over ``limits().max_file_bytes`` is refused before it is
read, and the read stops there should the file grow meanwhile.
"""

from __future__ import annotations

import errno
import os
import stat

from shebao.ingest.errors import ReadError
from shebao.ingest.walk import shown_path
from shebao.limits import MB, limits

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _kind(mode: int) -> str | None:
    """What a file of ``mode`` is, None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def _missing(path: str | os.PathLike, exc: OSError) -> ReadError:
    """The reason ``stat`` failed: a dangling link, a loop, or what the system says."""
    if exc.errno == errno.ELOOP:
        return ReadError(shown_path(path), "cannot read: link loop (too many levels of links)")
    try:
        if os.path.islink(path):
            return ReadError(shown_path(path), f"cannot read: dangling link to {shown_path(os.readlink(os.fspath(path)))!r}")
    except OSError:
        pass
    return ReadError(shown_path(path), f"cannot read: {exc.strerror or exc}")


def _check(path: str | os.PathLike, st: os.stat_result) -> None:
    kind = _kind(st.st_mode)
    if kind is not None:
        raise ReadError(shown_path(path), f"not a regular file: {kind}")
    cap = limits().max_file_bytes
    if st.st_size > cap:
        raise ReadError(shown_path(path), f"too large: {st.st_size / MB:.1f} MB, over the limit of "
                              f"{cap / MB:g} MB (SHEBAO_MAX_FILE_MB)")


def read_input(path: str | os.PathLike) -> bytes:
    """The bytes of the regular file ``path``; :class:`ReadError` with the reason otherwise."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _missing(path, exc) from exc
    _check(path, st)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReadError(shown_path(path), f"cannot read: {exc.strerror or exc}") from exc
    try:
        _check(path, os.fstat(fd))
        cap = limits().max_file_bytes
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(cap + 1)
    except OSError as exc:
        raise ReadError(shown_path(path), f"cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > cap:
        raise ReadError(shown_path(path), f"too large: over the limit of {cap / MB:g} MB "
                              "(SHEBAO_MAX_FILE_MB)")
    return data
