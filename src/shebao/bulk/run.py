"""A bulk run: files → worker processes → the store, one transaction per file.

The main process is the only writer; workers send back finished rows
(``imap_unordered`` in small chunks over a lazy, bounded feed of paths, see
``feed``), which are written and dropped as they arrive, so memory stays
flat however large the archive.  Files whose bytes
are already stored are skipped by the workers; a killed run leaves only
whole files behind, and the next run redoes the rest.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from tqdm import tqdm

from shebao.bulk.feed import Window
from shebao.bulk.paths import iter_inputs
from shebao.bulk.work import init_worker, process
from shebao.store.rows import FileRows
from shebao.store.schema import connect
from shebao.store.write import done_keys, write_file

MAX_ERRORS_KEPT = 5  # failed paths named in the summary; the store has them all
CHUNK = 2  # files per task sent to a worker process
IN_FLIGHT_PER_WORKER = 8  # files handed out and not yet stored, per worker (≥ 2 chunks)


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


def count_inputs(inputs: list) -> int:
    """How many files a run will see (a walk without holding the paths), for the ETA."""
    return sum(1 for _ in iter_inputs(inputs))


def store_results(results: Iterable[FileRows], db: str | os.PathLike, total: int | None,
                  progress: bool, window: Window | None = None) -> Summary:
    """Write each file's rows as they arrive (giving back its ``window`` slot); count them."""
    summary = Summary()
    with ExitStack() as stack:
        conn = connect(db)
        stack.callback(conn.close)
        bar = stack.enter_context(tqdm(total=total, unit="file", disable=not progress,
                                       dynamic_ncols=True, smoothing=0.1))
        for rows in results:
            summary.add(rows, rows.status != "skipped" and write_file(conn, rows))
            if window is not None:
                window.done()
            bar.update()
    return summary


def run_bulk(inputs: Iterable[str | os.PathLike], db: str | os.PathLike,
             workers: int | None = None, progress: bool = False,
             scheduler: str | None = None) -> Summary:
    """Extract every file under ``inputs`` into the store ``db``; return the counts.

    ``workers`` defaults to one per core; 1 runs in this process.  With
    ``scheduler`` (a Dask scheduler address) the files go to that cluster.
    Paths are fed lazily through a bounded window, so memory does not grow
    with the archive.
    """
    inputs = list(inputs)
    total = count_inputs(inputs) if progress else None
    if scheduler:
        from shebao.bulk.cluster import run_dask  # optional extra: shebao[dask]
        return run_dask(inputs, db, scheduler, total=total, progress=progress)
    conn = connect(db)
    done = done_keys(conn)
    conn.close()  # no open connection across fork
    paths = iter(iter_inputs(inputs))
    head = list(islice(paths, 2))  # one file needs no pool
    paths = chain(head, paths)
    workers = 1 if len(head) < 2 else max(1, workers or os.cpu_count() or 1)
    if workers == 1:
        init_worker(done)
        return store_results(map(process, paths), db, total, progress)
    window = Window(workers * IN_FLIGHT_PER_WORKER)
    with _pool(workers, done) as pool:
        try:
            results = pool.imap_unordered(process, (str(p) for p in window.feed(paths)), CHUNK)
            return store_results(results, db, total, progress, window)
        finally:
            window.close()  # before the pool stops: its task thread may wait on the window


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
