"""``maker(cls)`` makes the record the class call makes from the same
arguments: every slot equal, default factories called afresh each time,
``__post_init__`` run; classes it cannot build that way are refused."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from shebao.link.context import FundRef
from shebao.link.makers import maker
from shebao.link.model import Draft, Evidence, ParagraphState, Statement
from shebao.link.sentence import SentenceView
from shebao.link.steps import FigureAt, SentenceLink, Slots
from shebao.records import Figure, Sentence

FUND = FundRef("pension", "养老保险基金")
FIG = Figure(kind="money", start=2, end=6, text="12万元", value=Decimal(12), unit="万元")
SENTENCE = Sentence(0, 6, "收入12万元")


def _slots_of(record: object) -> dict[str, object]:
    names = [n for k in type(record).__mro__ for n in vars(k).get("__slots__", ())]
    return {n: getattr(record, n) for n in names if hasattr(record, n)}


CASES = [
    (Statement, dict(fund=FUND, metric="income_total", year=2021, last_kind="money")),
    (Statement, {}),
    (Evidence, dict(fund_source="clause", fund_candidates=2, fund_distance=3)),
    (FigureAt, dict(index=0, fig=FIG, lo=0, run=None, anchor=FIG, window="收入", clause=0,
                    measure="level")),
    (Slots, dict(own_lo=0, metric_term=None, account=None, fund_term=None, own_fund=False,
                 fund=FUND, year=2021, region=None, head=None, confidence=0.9, pos=2)),
    (Draft, dict(figure=FIG, fund=FUND, account=None, metric="other", metric_name=None,
                 year=2021, basis="actual", measure="level", value=Decimal(12),
                 sentence=SENTENCE, section=(), confidence=0.9, period="H1")),
]


@pytest.mark.parametrize(("cls", "kwargs"), CASES)
def test_maker_makes_what_the_class_makes(cls: type, kwargs: dict) -> None:
    made, called = maker(cls)(**kwargs), cls(**kwargs)
    assert type(made) is cls
    assert _slots_of(made) == _slots_of(called)
    assert made == called


def test_maker_calls_default_factories_afresh_and_runs_post_init() -> None:
    make = maker(SentenceLink)
    view = SentenceView(SENTENCE.text, [FIG], [])
    state = ParagraphState(FUND, 2021)
    a = make(view=view, sentence=SENTENCE, section=(), state=state, chain=Statement())
    b = make(view, SENTENCE, (), state, Statement())
    assert a.text == SENTENCE.text  # set by __post_init__
    assert a.drafts == [] and a.drafts is not b.drafts and a.heads is not b.heads
    assert _slots_of(a).keys() == _slots_of(
        SentenceLink(view=view, sentence=SENTENCE, section=(), state=state,
                     chain=Statement())).keys()
    evidence = maker(Draft)(FIG, FUND, None, "other", None, 2021, "actual", "level",
                            Decimal(12), SENTENCE, (), 0.9).evidence
    assert evidence == Evidence() and evidence is not maker(Draft)(**CASES[-1][1]).evidence


def test_maker_refuses_what_it_cannot_build_as_init_does() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Frozen:
        a: int

    @dataclasses.dataclass
    class WithDict:
        a: int

    class Plain:
        __slots__ = ("a",)

    for cls in (Frozen, WithDict, Plain, len):
        with pytest.raises(TypeError):
            maker(cls)  # type: ignore[arg-type]  # some are not classes
    with pytest.raises(TypeError):
        maker(Statement)(metrik="income")  # type: ignore[call-arg]  # as the class would
