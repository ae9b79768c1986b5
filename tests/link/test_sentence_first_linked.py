"""``first_linked``: the start of a sentence's first money or percent figure
(else the default), as the generator it replaces gave, on tagged sentences."""

from __future__ import annotations

from shebao.link.sentence import LINKED, SentenceView, first_linked
from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences

TEXTS = [
    "2023年参保人数12万人，基金收入30万元，增长5%。",
    "全年支出增长3.5%，结余8万元。",
    "2022年共有参保职工1.2万人。",
    "本市基金运行平稳。",
    "",
]


def test_first_linked_is_the_generators_answer() -> None:
    tagged = tagged_sentences([Sentence(0, len(t), t) for t in TEXTS])
    for text, tags in zip(TEXTS, tagged):
        old = next((f.start for f in tags.figures if f.kind in LINKED), len(text))
        assert first_linked(tags.figures, len(text)) == old
        assert SentenceView(text, tags.figures, tags.terms).first_figure == old


def test_first_linked_default_without_figures() -> None:
    assert first_linked([], 7) == 7
