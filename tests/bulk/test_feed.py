"""The bounded feed: at most ``size`` items out at once, and a closed feed ends."""

from __future__ import annotations

import multiprocessing
import threading
from itertools import count, islice

import pytest

from shebao.bulk.feed import Window


def _square(n: int) -> int:
    return n * n


@pytest.mark.parametrize("size", [1, 3, 10])
def test_feed_holds_at_most_size_items(size) -> None:
    window, out, most = Window(size), [], 0
    pulled = []
    for item in window.feed(range(25)):
        pulled.append(item)
        most = max(most, len(pulled) - len(out))
        if len(pulled) - len(out) == size:  # full: finish the oldest
            out.append(pulled[len(out)])
            window.done()
    assert most == size and pulled == list(range(25))


def test_feed_close_ends_a_blocked_feed() -> None:
    window = Window(1)
    feed = window.feed(count())
    next(feed)
    threading.Timer(0.1, window.close).start()
    assert list(feed) == []


def test_feed_bounds_a_pool_over_an_endless_input() -> None:
    """A pool pulls no more than the window from an input that never ends, and stops."""
    window, pulled = Window(8), []

    def source():
        for n in count():
            pulled.append(n)
            yield n

    with multiprocessing.get_context("fork").Pool(2) as pool:
        try:
            results = pool.imap_unordered(_square, window.feed(source()), 2)
            for _ in islice(results, 50):
                window.done()
        finally:
            window.close()
    assert 50 <= len(pulled) <= 50 + 8 + 1
