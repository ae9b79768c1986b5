"""Text cells a spreadsheet must not read as a formula (CSV and formula injection).

A spreadsheet opening a CSV file takes a cell starting with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return before one) as a formula, so
report text such as ``=HYPERLINK(…)`` would run as one.  As OWASP advises,
such a text cell is written with a leading single quote in CSV (``'=…``:
Excel shows the text; strip the quote to get the text back) and as a
string cell in xlsx (its text unchanged).  Numbers are never touched: a
negative figure in a numeric column stays a number.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def formula_like(text: str) -> bool:
    """``text`` would be read as a formula if it stood alone in a cell."""
    return text.startswith(FORMULA_STARTS)


def neutral(text: str) -> str:
    """``text`` for a CSV cell: a single quote before a formula-like start."""
    return QUOTE + text if formula_like(text) else text
