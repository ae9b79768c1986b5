"""Normalise stage: repair PDF-extraction artefacts, keeping a source map.

``normalise(source)`` reads traditional script as simplified, removes HTML
remnants and garbled chars around figures, folds characters (full-width
forms, decimal marks, ASCII punctuation in Chinese text), turns web-table
column separators into TABs (``grid``), reflows lines into one paragraph per
line without page numbers, running headers or web-page navigation and
metadata lines, and drops PDF spacing.
``MappedText.to_source`` converts any span back to the source.
"""

from __future__ import annotations

from dataclasses import replace

from shebao.normalise.chars import fold, fold_chars
from shebao.normalise.grid import grid_rows
from shebao.normalise.html import strip_html
from shebao.normalise.noise import drop_garbled
from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits
from shebao.normalise.script import to_simplified
from shebao.normalise.spaces import drop_spaces
from shebao.normalise.structure import reflow


def normalise(source: str) -> MappedText:
    """Normalise ``source`` (decoded file text) into a :class:`MappedText`."""
    simplified = to_simplified(source)
    cleaned = drop_garbled(strip_html(MappedText.identity(source, simplified)))
    folded = MappedText(text=fold_chars(cleaned.text), source=source, starts=cleaned.starts,
                        ends=cleaned.ends)
    mapped = drop_spaces(reflow(grid_rows(folded)))
    return replace(mapped, converted=simplified is not source)


__all__ = ["EditBuilder", "MappedText", "apply_edits", "fold", "fold_chars", "normalise"]
