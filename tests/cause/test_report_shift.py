"""report._shift moves a cue as dataclasses.replace does."""

from __future__ import annotations

from dataclasses import replace

from shebao.cause.cues import find
from shebao.cause.report import _shift


def test_report_shift_equals_replace() -> None:
    cues = find("支出增长的主要原因是人数增加；由于费率下调，收入减少。受政策影响较大。")
    assert len(cues) >= 2
    for cue in cues:
        for by in (0, 7, 1234):
            moved = _shift(cue, by)
            assert moved == replace(cue, start=cue.start + by, end=cue.end + by)
            assert type(moved) is type(cue)
