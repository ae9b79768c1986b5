"""A bulk run: files → worker processes → the store, one transaction per file.

The main process is the only writer; workers send back finished rows
(``imap_unordered`` in small chunks), which are written and dropped as they
arrive, so memory stays flat however large the archive.  Files whose bytes
are already stored are skipped by the workers; a killed run leaves only
whole files behind, and the next run redoes the rest.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from shebao.bulk.paths import iter_inputs
from shebao.bulk.work import init_worker, process
from shebao.store.rows import FileRows
from shebao.store.schema import connect
from shebao.store.write import done_keys, write_file

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


def _init(done: frozenset[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    init_worker(done)


def _pool(workers: int, done: frozenset[str]):
    return multiprocessing.get_context("fork").Pool(workers, _init, (done,))


def run_bulk(inputs: Iterable[str | os.PathLike], db: str | os.PathLike,
             workers: int | None = None, progress: bool = False) -> Summary:
    """Extract every file under ``inputs`` into the store ``db``; return the counts.

    ``workers`` defaults to one per core; 1 runs in this process.
    """
    paths = [str(p) for p in iter_inputs(inputs)]
    conn = connect(db)
    done = done_keys(conn)
    conn.close()  # no open connection across fork
    workers = min(max(1, workers or os.cpu_count() or 1), max(1, len(paths)))
    summary = Summary()
    with ExitStack() as stack:
        if workers == 1:
            init_worker(done)
            results: Iterator[FileRows] = map(process, paths)
        else:
            pool = stack.enter_context(_pool(workers, done))
            chunk = max(1, min(16, len(paths) // (workers * 8)))
            results = pool.imap_unordered(process, paths, chunk)
        conn = connect(db)
        stack.callback(conn.close)
        bar = stack.enter_context(tqdm(total=len(paths), unit="file", disable=not progress,
                                       dynamic_ncols=True, smoothing=0.1))
        for rows in results:
            summary.add(rows, rows.status != "skipped" and write_file(conn, rows))
            bar.update()
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
