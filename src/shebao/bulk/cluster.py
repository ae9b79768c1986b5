"""A bulk run on a Dask cluster (the optional extra ``shebao[dask]``).

The client walks the inputs and submits one task per file to the scheduler
at ``address``; a worker runs ``work.process`` on it (the paths must be
visible to the workers, e.g. a shared file system) and sends back the
file's rows (``FileRows``, picklable).  The client is the only writer: it
stores rows as tasks complete (``as_completed``), one transaction per file,
with at most ``IN_FLIGHT_PER_WORKER`` files per worker thread submitted and
not yet stored.  Resuming is as for a local run: a worker plugin hands the
keys already stored to every worker (``init_worker``), which skips them.
A task lost with its worker becomes an error row keyed ``unreadable:``, so
the next run retries it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import islice

from distributed import Client, WorkerPlugin, as_completed

from shebao.bulk.paths import iter_inputs
from shebao.bulk.results import store_results
from shebao.bulk.work import init_worker, process
from shebao.ingest.walk import Found, Refused, shown_path
from shebao.store.rows import FileRows, error_rows
from shebao.store.write import UNREADABLE

IN_FLIGHT_PER_WORKER = 8  # files submitted and not yet stored, per worker thread
MIN_IN_FLIGHT = 16


class SkipDone(WorkerPlugin):
    """Set up each worker once: the keys to skip, the pipeline's caches warmed."""

    name = "shebao-skip-done"

    def __init__(self, done: frozenset[str]) -> None:
        self.done = done

    def setup(self, worker) -> None:
        init_worker(self.done)


def _rows(future, path: str) -> FileRows:
    try:
        return future.result()
    except Exception as exc:  # the worker died or the task was lost
        return error_rows(UNREADABLE + path, path, None,
                          f"{path}: lost on the cluster ({type(exc).__name__}: {exc})",
                          replace=True)


def _results(client: Client, paths: Iterator[Found], window: int) -> Iterator[FileRows]:
    pending = {}
    completed = as_completed()

    def submit(path: Found) -> None:
        future = client.submit(process, path, pure=False)
        pending[future.key] = shown_path(path.path if isinstance(path, Refused) else path)
        completed.add(future)

    for path in islice(paths, window):
        submit(path)
    for future in completed:
        rows = _rows(future, pending.pop(future.key))
        future.release()
        yield rows
        for path in islice(paths, 1):
            submit(path)


def run_dask(inputs: list, db: str | os.PathLike, address: str, total: int | None = None,
             progress: bool = False, done: frozenset[str] = frozenset(), redo: bool = False):
    """Extract every file under ``inputs`` on the cluster at ``address`` into ``db``.

    ``done`` are the keys the workers skip (``store.write.done_keys``); with
    ``redo`` a file not skipped replaces its stored rows.
    """
    with Client(address) as client:
        client.register_plugin(SkipDone(done))
        threads = sum(client.nthreads().values()) or 1
        window = max(MIN_IN_FLIGHT, threads * IN_FLIGHT_PER_WORKER)
        paths = iter_inputs(inputs)
        return store_results(_results(client, paths, window), db, total, progress, redo=redo)
