"""What the steps read once and keep: a figure's phrase basis (read on first
use) and the fund a fund word resolves to (once per word and context)."""

from __future__ import annotations

from shebao.link import family
from shebao.link.context import FundRef
from shebao.link.model import ParagraphState, Statement
from shebao.link.sentence import SentenceView
from shebao.link.steps import SentenceLink, Slots
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences

TEXT = "本年预算收入12万元，实际支出10万元，养老保险基金预算支出9万元，基金支出7万元。"


def _view(text: str) -> SentenceView:
    tagged, = tagged_sentences([Sentence(0, len(text), text)])
    return SentenceView(text, tagged.figures, tagged.terms)


def _slots(view: SentenceView, pos: int) -> Slots:
    return Slots(own_lo=0, metric_term=None, account=None, fund_term=None, own_fund=False,
                 fund=None, year=None, region=None, head=None, confidence=1.0,
                 view=view, pos=pos)


def test_basis_is_the_strong_phrase_basis_at_every_position() -> None:
    view = _view(TEXT)
    found = set()
    for pos in range(len(TEXT) + 1):
        s = _slots(view, pos)
        assert s.basis == view.basis_before(pos, strong=True)
        assert s.basis == s.basis  # kept
        found.add(s.basis)
    assert found == {None, "budget", "actual"}


def test_resolve_gives_what_family_resolve_gives() -> None:
    text = "社会保险基金收入5万元，其中养老保险基金收入3万元，基金支出2万元。"
    view = _view(text)
    contexts = [None, FundRef("enterprise_pension", "x"), FundRef("unemployment", "y")]
    ctx = SentenceLink(view=view, sentence=Sentence(0, len(text), text), section=(),
                       state=ParagraphState(None, None), chain=Statement())
    assert view.funds
    for _ in range(2):
        for term in view.funds:
            for context in contexts:
                got = ctx.resolve(term, context)
                want = family.resolve(term, text, context)
                assert got == want
                assert (got is context) == (want is context)
