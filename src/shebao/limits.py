"""Limits on what one input may cost, and the per-file time budget.

Every limit has a generous default (far above any real report) and can be
changed through an environment variable, read when a limit is first asked
for (``limits()``; ``reset_limits`` forgets the cached values, for tests):

==========================  =========================  ==========================
limit                       default                    environment variable
==========================  =========================  ==========================
``max_file_bytes``          50 MB                      ``SHEBAO_MAX_FILE_MB``
``max_unzipped_bytes``      200 MB (all DOCX parts)    ``SHEBAO_MAX_UNZIPPED_MB``
``max_docx_paragraphs``     200,000                    ``SHEBAO_MAX_DOCX_PARAGRAPHS``
``max_pdf_pages``           3,000                      ``SHEBAO_MAX_PDF_PAGES``
``max_text_chars``          2 million decoded chars    ``SHEBAO_MAX_TEXT_CHARS``
``time_budget``             120 s per file (0 = none)  ``SHEBAO_TIME_BUDGET``
``max_number_digits``       30 digits in one figure    ``SHEBAO_MAX_NUMBER_DIGITS``
``max_relation_facts``      40 facts diagnosed         ``SHEBAO_MAX_RELATION_FACTS``
``max_key_statements``      200 statements compared    ``SHEBAO_MAX_KEY_STATEMENTS``
``max_sentence_chars``      2,000 chars per sentence   ``SHEBAO_MAX_SENTENCE_CHARS``
==========================  =========================  ==========================

A file over a reading limit becomes an error record naming the limit; a
figure of more digits is no figure (left as text); a relation of more facts
is still checked, but no single figure of it is diagnosed as the slip; the
statements of one fact beyond the first ``max_key_statements`` are not
compared with each other; a longer sentence is cut at a clause break
(``segment.sentences``).  The time budget is enforced with ``SIGALRM``
where that is possible (the main thread of a process: a bulk worker, the
JSON Lines run): a file over budget becomes an error record and the run
moves on.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * MB
    max_unzipped_bytes: int = 200 * MB
    max_docx_paragraphs: int = 200_000
    max_pdf_pages: int = 3_000
    max_text_chars: int = 2_000_000
    time_budget: float = 120.0
    max_number_digits: int = 30
    max_relation_facts: int = 40
    max_key_statements: int = 200
    max_sentence_chars: int = 2_000


# limit → (environment variable, factor from the variable's unit to the limit's)
_ENV = {
    "max_file_bytes": ("SHEBAO_MAX_FILE_MB", MB),
    "max_unzipped_bytes": ("SHEBAO_MAX_UNZIPPED_MB", MB),
    "max_docx_paragraphs": ("SHEBAO_MAX_DOCX_PARAGRAPHS", 1),
    "max_pdf_pages": ("SHEBAO_MAX_PDF_PAGES", 1),
    "max_text_chars": ("SHEBAO_MAX_TEXT_CHARS", 1),
    "time_budget": ("SHEBAO_TIME_BUDGET", 1),
    "max_number_digits": ("SHEBAO_MAX_NUMBER_DIGITS", 1),
    "max_relation_facts": ("SHEBAO_MAX_RELATION_FACTS", 1),
    "max_key_statements": ("SHEBAO_MAX_KEY_STATEMENTS", 1),
    "max_sentence_chars": ("SHEBAO_MAX_SENTENCE_CHARS", 1),
}


@lru_cache(maxsize=1)
def limits() -> Limits:
    """The limits in force: the defaults, each overridden by its environment variable."""
    values: dict[str, float | int] = {}
    for name, (variable, factor) in _ENV.items():
        raw = os.environ.get(variable)
        if raw is None or not raw.strip():
            continue
        try:
            number = float(raw)
        except ValueError as exc:
            raise ValueError(f"{variable}={raw!r}: not a number") from exc
        if number < 0 or number != number:
            raise ValueError(f"{variable}={raw!r}: must be zero or more")
        scaled = number * factor
        values[name] = scaled if name == "time_budget" else int(scaled)
    return Limits(**values)  # type: ignore[arg-type]


def reset_limits() -> None:
    """Read the environment again at the next ``limits()``."""
    limits.cache_clear()


class OverBudget(BaseException):
    """A file took longer than the per-file time budget.

    A ``BaseException``, so that the ``except Exception`` guards of the
    stages let it through to the one that turns it into an error record.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"over the time budget of {seconds:g} s per file "
                         f"(SHEBAO_TIME_BUDGET)")


def _can_alarm() -> bool:
    return (hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread())


@contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise :class:`OverBudget` in the block once ``seconds`` (default: the limit) pass.

    A no-op for 0 seconds, off the main thread or where there is no
    ``SIGALRM``; an outer budget already running is left in charge.
    """
    seconds = limits().time_budget if seconds is None else seconds
    if seconds <= 0 or not _can_alarm() or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def expire(signum, frame) -> None:
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
