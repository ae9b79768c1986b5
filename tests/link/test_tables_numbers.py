"""A table cell's number is read once per text (a text cache): the kept
reading is the cell's own, for numbers, percents, typos and non-numbers."""

from __future__ import annotations

from shebao import textcache
from shebao.link.tables import _number

CELLS = ["1,200.50", "880。5", "-3.2%", "−4", "－5.0％", "12", "-", "", "合计", "3 %", "1.2.3"]


def _read(m) -> tuple | None:
    return None if m is None else (m.group("num"), m.group("pct"))


def test_tables_numbers_kept_reading_is_the_cells_own() -> None:
    afresh = [_read(_number.__wrapped__(c)) for c in CELLS]  # type: ignore[attr-defined]
    assert afresh[:3] == [("1200.50", None), ("880.5", None), ("-3.2", "%")]
    assert afresh[6:9] == [None, None, None]
    assert [_read(_number(c)) for c in CELLS] == afresh
    assert [_read(_number(c)) for c in CELLS] == afresh  # kept
    assert _number in textcache.registered()
