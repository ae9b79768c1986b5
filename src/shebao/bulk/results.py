"""The client side of a bulk run: rows stored as they arrive, counted, described.

Shared by the local run (``run``) and the Dask run (``cluster``): both hand
their finished ``FileRows`` to :func:`store_results`, the only writer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from shebao.bulk.feed import Window
from shebao.progress import FileBar
from shebao.store.rows import FileRows
from shebao.store.schema import connect
from shebao.store.write import write_file

MAX_ERRORS_KEPT = 5  # failed paths named in the summary; the store has them all


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already in the store, or a byte-identical copy in this run
    reports: int = 0
    facts: int = 0
    flags: int = 0
    causes: int = 0
    first_errors: list[str] = field(default_factory=list)

    def add(self, rows: FileRows, written: bool) -> None:
        if not written:
            self.skipped += 1
            return
        self.reports += len(rows.reports)
        self.facts += len(rows.facts)
        self.flags += len(rows.flags)
        self.causes += len(rows.causes)
        if rows.status == "ok":
            self.ok += 1
            return
        self.failed += 1
        if len(self.first_errors) < MAX_ERRORS_KEPT:
            self.first_errors.append(rows.path)


def store_results(results: Iterable[FileRows], db: str | os.PathLike, total: int | None,
                  progress: bool, window: Window | None = None, redo: bool = False) -> Summary:
    """Write each file's rows as they arrive (giving back its ``window`` slot); count them.

    With ``redo`` a file already in the store is replaced, once per run (a
    byte-identical copy met later in the run is skipped, as without it).
    """
    summary = Summary()
    written: set[str] = set()
    with ExitStack() as stack:
        conn = connect(db)
        stack.callback(conn.close)
        bar = stack.enter_context(FileBar(total, progress))
        for rows in results:
            if redo and rows.sha256 not in written:
                rows.replace = True
            done = rows.status != "skipped" and write_file(conn, rows)
            if done and redo:
                written.add(rows.sha256)
            summary.add(rows, done)
            if window is not None:
                window.done()
            bar.update(len(rows.reports) if done else 0, len(rows.facts) if done else 0)
    return summary


def describe(summary: Summary, db: str | os.PathLike) -> str:
    """The end-of-run lines for stderr."""
    s = summary
    lines = [f"shebao: {s.ok} ok, {s.failed} failed, {s.skipped} skipped; "
             f"{s.reports} reports, {s.facts} facts, {s.flags} flags, {s.causes} causes "
             f"→ {Path(db)}"]
    if s.failed:
        more = ", …" if s.failed > len(s.first_errors) else ""
        lines.append(f"shebao: failed: {', '.join(s.first_errors)}{more}")
        lines.append(f"shebao: list them all with: shebao files {db} --status error")
    return "\n".join(lines)
