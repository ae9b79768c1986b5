"""The output records built per flag and cause (``Related``, ``Flag``,
``Cause``) are filled by ``quick_init``: each equals, hashes, prints and
pickles as the same record filled field by field, and stays frozen."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from shebao.quickinit import quick_maker
from shebao.records import Cause, Flag, Related

RELATED = Related("收入12万元", 3, 9)
CASES = [
    RELATED,
    Flag(kind="sum", severity="error", message="分项之和不等于合计", text="合计30万元",
         start=20, end=26, suggestion="29万元", related=(RELATED,)),
    Flag(kind="unit", severity="warning", message="单位可疑", text="5元", start=1, end=3),
    Cause(fund="pension", metric="income_total", year=2021, effect="increase",
          text="参保人数增加", cue="主要是", categories=("headcount",),
          sentence="收入增加，主要是参保人数增加", start=8, end=14, cue_start=5, cue_end=8, section=("一、收入",), fact_start=0),
    Cause(fund="pension", metric="income_total", year=None, effect="other", text="政策调整",
          cue="由于", categories=(), sentence="由于政策调整", start=2, end=6),
]


def _filled(record: object) -> object:
    """The same record filled field by field, as dataclass's own ``__init__`` does."""
    plain = object.__new__(type(record))
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        object.__setattr__(plain, f.name, getattr(record, f.name))
    return plain


@pytest.mark.parametrize("record", CASES)
def test_output_records_equal_field_filled_ones(record: object) -> None:
    plain = _filled(record)
    assert list(vars(record).items()) == list(vars(plain).items())
    assert record == plain and hash(record) == hash(plain) and repr(record) == repr(plain)
    assert pickle.dumps(record) == pickle.dumps(plain)
    assert pickle.loads(pickle.dumps(record)) == record
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, "text", "")
    quick_maker(type(record))  # refused unless the class is built by quick_init
