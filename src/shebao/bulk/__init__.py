"""Bulk runs over an archive: walk the inputs, extract in worker processes, store as results arrive."""

from shebao.bulk.results import Summary
from shebao.bulk.run import run_bulk

__all__ = ["Summary", "run_bulk"]
