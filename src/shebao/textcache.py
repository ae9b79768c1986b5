"""Caches of work keyed by text read from a report.

Some results depend only on a short string of the report: a figure's
digit variants and trial bounds (checks), its value and magnitude (tag),
a word's cue test and a column heading's role (link), a cause's family
(causes), a self-evaluation cell's value (segment).  Each is kept in a
bounded least-recently-used cache, so a figure stated again in the
process (a table repeated across reports of one archive, or the
benchmarks' repeated corpus) costs a dictionary lookup; a report of
figures never seen before pays for them in full.

``text_cache`` registers such a cache; ``clear`` empties every one
registered so far.  The benchmarks' cold measure calls ``clear`` before
each document, to count what a report of new figures costs.  Caches keyed
by rule names (a cue's compiled pattern, a unit's base) are not text
caches and stay plain ``functools.lru_cache``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_REGISTERED: list[Any] = []


def text_cache(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, registered so that ``clear`` empties it."""
    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _REGISTERED.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def registered() -> tuple[Any, ...]:
    """The text caches of the modules imported so far."""
    return tuple(_REGISTERED)


def clear() -> None:
    """Empty every registered text cache."""
    for cached in _REGISTERED:
        cached.cache_clear()
