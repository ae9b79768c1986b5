"""Ingest stage: find input files and decode them into ``Document`` records."""

from shebao.ingest.read import ReadError, decode_bytes, iter_paths, read_document

__all__ = ["ReadError", "decode_bytes", "iter_paths", "read_document"]
