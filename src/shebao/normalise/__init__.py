"""Normalise stage: repair PDF-extraction artefacts, keeping a source map.

``normalise(source)`` reads traditional script as simplified, folds
characters (full-width forms, decimal marks, ASCII punctuation in Chinese text), reflows lines into one paragraph per
line without page numbers or running headers, and drops PDF spacing.
``MappedText.to_source`` converts any span back to the source.
"""

from __future__ import annotations

from shebao.normalise.chars import fold, fold_chars
from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits
from shebao.normalise.script import to_simplified
from shebao.normalise.spaces import drop_spaces
from shebao.normalise.structure import reflow


def normalise(source: str) -> MappedText:
    """Normalise ``source`` (decoded file text) into a :class:`MappedText`."""
    folded = MappedText.identity(source, fold_chars(to_simplified(source)))
    return drop_spaces(reflow(folded))


__all__ = ["EditBuilder", "MappedText", "apply_edits", "fold", "fold_chars", "normalise"]
