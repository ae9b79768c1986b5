"""The error of the ingest stage."""

from __future__ import annotations

import os


class ReadError(Exception):
    """A file that cannot be read as a report (text, PDF or DOCX)."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
