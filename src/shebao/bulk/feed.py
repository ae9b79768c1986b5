"""A bounded feed: at most ``size`` items handed out and not yet given back.

A pool (or a cluster) pulls paths from ``Window.feed``; each pull takes a
slot, each result the writer has stored gives one back (``done``).  So
neither the paths nor the finished rows pile up in memory, however large
the archive or however slow the writer.  ``close`` lets a blocked feed end
(the pool's task thread must be able to stop when the run is cut short).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

POLL = 0.05  # seconds between checks of ``close`` while the window is full


class Window:
    """Counts items in flight; ``feed`` waits while ``size`` of them are."""

    def __init__(self, size: int) -> None:
        self._slots = threading.Semaphore(max(1, size))
        self._closed = threading.Event()

    def feed(self, items: Iterable[T]) -> Iterator[T]:
        """``items``, each as soon as a slot is free; stops early once closed."""
        for item in items:
            while not self._slots.acquire(timeout=POLL):
                if self._closed.is_set():
                    return
            if self._closed.is_set():
                return
            yield item

    def done(self) -> None:
        """One item is finished: its slot is free again."""
        self._slots.release()

    def close(self) -> None:
        self._closed.set()
