"""Segment stage: split a normalised text into reports, headings, paragraphs,
sentences and rebuilt tables (offsets into the normalised text)."""

from shebao.segment.pipeline import segment

__all__ = ["segment"]
