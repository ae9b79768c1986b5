"""Link one or more sentences written for the link unit tests."""

from __future__ import annotations

from shebao.link.context import FundRef
from shebao.link.model import Draft, ParagraphState
from shebao.link.statements import link_sentence
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences


def link_texts(*texts: str, fund: FundRef | None = None, year: int | None = 2021,
               section: tuple[str, ...] = ()) -> list[list[Draft]]:
    """The drafts of each sentence of one paragraph, linked in order."""
    state = ParagraphState(fund, year)
    out = []
    pos = 0
    for text in texts:
        sentence = Sentence(pos, pos + len(text), text)
        pos += len(text)
        tagged, = tagged_sentences([sentence])
        out.append(link_sentence(sentence, tagged, section, state))
    return out


def summary(d: Draft) -> tuple:
    """(figure text, fund, metric, year, basis, measure, value as str)."""
    return (d.figure.text, d.fund.id, d.metric, d.year, d.basis, d.measure, str(d.value))


PENSION = FundRef("enterprise_pension", "企业职工基本养老保险基金")
