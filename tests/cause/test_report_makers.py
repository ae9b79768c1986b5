"""The causes, spans and cues report_causes makes by keyword through quick_maker
are the records the class call makes from the same keywords."""

from __future__ import annotations

import pickle

from shebao.cause import classify, report
from shebao.cause.cues import Cue
from shebao.records import Cause


def _same(made: object, called: object) -> None:
    assert type(made) is type(called)
    assert list(vars(made).items()) == list(vars(called).items())
    assert made == called and hash(made) == hash(called) and repr(made) == repr(called)
    assert pickle.dumps(made) == pickle.dumps(called)


def test_report_makers_make_the_class_made_records() -> None:
    cue = dict(name="because", kind="reason", start=3, end=7, text="主要原因")
    _same(report._make_cue(**cue), Cue(**cue))
    span = dict(start=1, end=20, cue=Cue(**cue), headline="支出增加的")
    _same(report._make_span(**span), classify.Span(**span))  # type: ignore[arg-type]
    cause = dict(fund="pension", metric="expenditure_total", year=2021, effect="up",
                 text="因待遇调整", cue="因", categories=("policy",), sentence="支出增加，因待遇调整。",
                 start=5, end=10, cue_start=5, cue_end=6, section=("一、收支",), fact_start=None)
    _same(report._make_cause(**cause), Cause(**cause))  # type: ignore[arg-type]
    short = {k: cause[k] for k in list(cause)[:10]}
    _same(report._make_cause(**short), Cause(**short))  # type: ignore[arg-type]


def test_shift_moves_a_cue_as_replace_would() -> None:
    cue = Cue(name="because", kind="reason", start=3, end=7, text="主要原因")
    _same(report._shift(cue, 10), Cue(name="because", kind="reason", start=13, end=17,
                                      text="主要原因"))
