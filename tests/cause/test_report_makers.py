"""The causes, spans and cues report_causes makes by keyword through quick_maker
are the records the class call makes from the same keywords."""

from __future__ import annotations

from shebao.cause import classify, report
from shebao.cause.cues import Cue
from shebao.records import Cause

from tests.same_record import assert_same_record


def test_report_makers_make_the_class_made_records() -> None:
    cue = dict(name="because", kind="reason", start=3, end=7, text="主要原因")
    assert_same_record(report._make_cue(**cue), Cue(**cue))
    span = dict(start=1, end=20, cue=Cue(**cue), headline="支出增加的")
    assert_same_record(report._make_span(**span), classify.Span(**span))  # type: ignore[arg-type]
    cause = dict(fund="pension", metric="expenditure_total", year=2021, effect="up",
                 text="因待遇调整", cue="因", categories=("policy",), sentence="支出增加，因待遇调整。",
                 start=5, end=10, cue_start=5, cue_end=6, section=("一、收支",), fact_start=None)
    assert_same_record(report._make_cause(**cause), Cause(**cause))  # type: ignore[arg-type]
    short = {k: cause[k] for k in list(cause)[:10]}
    assert_same_record(report._make_cause(**short), Cause(**short))  # type: ignore[arg-type]


def test_shift_moves_a_cue_as_replace_would() -> None:
    cue = Cue(name="because", kind="reason", start=3, end=7, text="主要原因")
    assert_same_record(report._shift(cue, 10), Cue(name="because", kind="reason", start=13, end=17,
                                      text="主要原因"))
