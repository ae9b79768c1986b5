"""A bulk run: files → worker processes → the store, one transaction per file.

The main process is the only writer; workers send back finished rows
(``imap_unordered`` in small chunks over a lazy, bounded feed of paths, see
``feed``), which are written and dropped as they arrive, so memory stays
flat however large the archive.  Files whose bytes
are already stored are skipped by the workers; a killed run leaves only
whole files behind, and the next run redoes the rest.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable
from itertools import chain, islice
from multiprocessing.pool import Pool
from multiprocessing.process import BaseProcess

from shebao.bulk.feed import Window
from shebao.bulk.paths import iter_inputs
from shebao.bulk.results import Summary, describe, store_results
from shebao.bulk.work import init_worker, process
from shebao.cause.report import require_models
from shebao.runtime import tune_for_batch
from shebao.store.schema import connect
from shebao.store.write import done_keys

__all__ = ["Summary", "describe", "run_bulk"]  # Summary and describe live in results

CHUNK = 2  # files per task sent to a worker process
IN_FLIGHT_PER_WORKER = 8  # files handed out and not yet stored, per worker (≥ 2 chunks)
STOP_WAIT = 5.0  # seconds a pool gets to stop before its workers are killed


PR_SET_PDEATHSIG = 1  # prctl option (Linux): a signal for the child when its parent dies


def _die_with_parent(parent: int) -> None:
    """Have this worker killed when the main process dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return  # not Linux: workers end when the pool's pipes close
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _init(done: frozenset[str], parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    init_worker(done)
    tune_for_batch()  # a worker's own process: its loaded heap frozen, fewer collections


def _pool(workers: int, done: frozenset[str]) -> Pool:
    return multiprocessing.get_context("fork").Pool(workers, _init, (done, os.getpid()))


def _stop(pool: Pool, workers: set[BaseProcess]) -> None:
    """Stop ``pool`` and its ``workers`` (processes), without hanging on it.

    ``Pool.terminate`` joins the pool's threads, and a run cut short (a
    signal, an error) can leave one of them waiting on a queue lock that a
    busy or killed worker holds.  So it runs in a daemon thread for
    ``STOP_WAIT`` seconds; a worker still alive then is killed and the
    thread is left behind (the process can still exit).  The store is
    closed before this is called: nothing written depends on it.
    """
    stopper = threading.Thread(target=pool.terminate, name="shebao-pool-stop", daemon=True)
    stopper.start()
    stopper.join(STOP_WAIT)
    if stopper.is_alive():
        for worker in workers:
            worker.kill()
            worker.join()


def count_inputs(inputs: list) -> int:
    """How many files a run will see (a walk without holding the paths), for the ETA."""
    return sum(1 for _ in iter_inputs(inputs))


def run_bulk(inputs: Iterable[str | os.PathLike], db: str | os.PathLike,
             workers: int | None = None, progress: bool = False,
             scheduler: str | None = None, redo: str = "none") -> Summary:
    """Extract every file under ``inputs`` into the store ``db``; return the counts.

    ``workers`` defaults to one per core; 1 runs in this process.  With
    ``scheduler`` (a Dask scheduler address) the files go to that cluster.
    Paths are fed lazily through a bounded window, so memory does not grow
    with the archive.  The store is checked first (``PRAGMA quick_check``): a
    damaged one is refused (``StoreError``) before anything is written.
    ``redo`` says which stored files are done again: ``none`` (the default:
    a file whose bytes are stored is skipped), ``older`` (those stored by an
    older shebao) or ``all``.  Unusable cause models raise ``ModelError``
    (on a cluster, from the workers' set-up) before any file is stored.
    """
    inputs = list(inputs)
    if scheduler is None:
        require_models()  # ModelError before the store is touched; forked workers inherit them
    total = count_inputs(inputs) if progress else None
    conn = connect(db, check=True)
    done = done_keys(conn, redo)
    conn.close()  # no open connection across fork
    if scheduler:
        from shebao.bulk.cluster import run_dask  # optional extra: shebao[dask]
        return run_dask(inputs, db, scheduler, total=total, progress=progress, done=done,
                        redo=redo != "none")
    paths = iter(iter_inputs(inputs))
    head = list(islice(paths, 2))  # one file needs no pool
    paths = chain(head, paths)
    workers = 1 if len(head) < 2 else max(1, workers or os.cpu_count() or 1)
    if workers == 1:
        init_worker(done)
        return store_results(map(process, paths), db, total, progress, redo=redo != "none")
    window = Window(workers * IN_FLIGHT_PER_WORKER)
    before = set(multiprocessing.active_children())
    pool = _pool(workers, done)
    try:
        results = pool.imap_unordered(process, window.feed(paths), CHUNK)
        return store_results(results, db, total, progress, window, redo=redo != "none")
    finally:
        window.close()  # before the pool stops: its task thread may wait on the window
        _stop(pool, set(multiprocessing.active_children()) - before)
