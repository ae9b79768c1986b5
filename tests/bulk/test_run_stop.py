"""A pool that will not stop cleanly still lets the run end, its workers killed."""

from __future__ import annotations

import multiprocessing
import threading
import time

from shebao.bulk import run


class StuckPool:
    """A pool whose ``terminate`` waits forever (a thread stuck on a queue lock)."""

    def __init__(self) -> None:
        self.called = threading.Event()

    def terminate(self) -> None:
        self.called.set()
        threading.Event().wait()


def _nap() -> None:
    time.sleep(600)


def test_run_stop_kills_the_workers_when_terminate_hangs(monkeypatch) -> None:
    monkeypatch.setattr(run, "STOP_WAIT", 0.2)
    workers = {multiprocessing.get_context("fork").Process(target=_nap, daemon=True)
               for _ in range(2)}
    for worker in workers:
        worker.start()
    pool = StuckPool()
    stopper = threading.Thread(target=run._stop, args=(pool, workers), daemon=True)
    stopper.start()
    stopper.join(60)  # a guard against hanging the suite, not a speed claim
    assert pool.called.is_set()
    assert not stopper.is_alive(), "_stop waited on a pool that does not stop"
    assert not any(w.is_alive() for w in workers)


def test_run_stop_leaves_a_stopping_pool_alone(monkeypatch) -> None:
    """A pool that stops in time is stopped by ``terminate`` itself; nothing is killed."""
    monkeypatch.setattr(run, "STOP_WAIT", 60)
    killed = []

    class Spy:
        def __init__(self, process) -> None:
            self.process = process

        def kill(self) -> None:
            killed.append(self.process)

        def join(self) -> None:
            pass

    before = set(multiprocessing.active_children())
    pool = multiprocessing.get_context("fork").Pool(2)
    assert pool.apply(abs, (-3,)) == 3
    workers = set(multiprocessing.active_children()) - before
    run._stop(pool, {Spy(p) for p in workers})
    assert len(workers) == 2 and killed == []
    assert not any(w.is_alive() for w in workers)
