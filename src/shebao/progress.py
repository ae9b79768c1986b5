"""A progress bar for long runs: files done of the total, reports and facts so far, files/s, ETA.

Shown on standard error only when it is a terminal (and the caller has not
turned it off), so a redirected or piped run stays silent.  ``tqdm`` is
imported only when a bar is actually drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any


def wanted(disabled: bool = False) -> bool:
    """A bar is drawn when not ``disabled`` and standard error is a terminal."""
    if disabled:
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


class FileBar:
    """Counts files, reports and facts; draws them with tqdm when ``enabled``."""

    def __init__(self, total: int | None, enabled: bool, unit: str = "file") -> None:
        self.reports = 0
        self.facts = 0
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit=unit, dynamic_ncols=True, smoothing=0.1,
                             file=sys.stderr, leave=True)

    def __enter__(self) -> FileBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def update(self, reports: int = 0, facts: int = 0, files: int = 1) -> None:
        """``files`` more done, holding ``reports`` reports and ``facts`` facts."""
        self.reports += reports
        self.facts += facts
        if self._bar is not None:
            self._bar.set_postfix({"reports": self.reports, "facts": self.facts}, refresh=False)
            self._bar.update(files)

    def add_records(self, records: Iterable[Any]) -> None:
        """One file done, its report records (objects or dicts with ``facts``) counted."""
        records = list(records)
        facts = sum(len(_field(r, "facts") or ()) for r in records)
        self.update(reports=len(records), facts=facts)

    def add_record(self, record: Any) -> None:
        """One report record more; a file more when it is its file's first (report_index 0)."""
        first = not _field(record, "report_index")
        self.update(reports=1, facts=len(_field(record, "facts") or ()), files=int(first))

    def note(self, message: str) -> None:
        """A line on standard error that does not break the bar."""
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _field(record: Any, name: str) -> Any:
    """A field of a report record, a dataclass or a dict as ``shebao extract`` writes."""
    if isinstance(record, dict):
        return record.get(name)
    return getattr(record, name, None)
