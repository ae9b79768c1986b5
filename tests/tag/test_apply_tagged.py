"""A sentence's tags: figures at once, lexicon terms on first use."""

from __future__ import annotations

from shebao.records import Sentence
from shebao.tag.apply import tagged_sentences
from shebao.tag.terms import find_terms

TEXTS = [
    "全县工伤保险基金本年收入1,286万元，支出1,034万元。",
    "各项工作有序推进，参保扩面取得新进展。",
    "城乡居民基本医疗保险基金累计结余占当年支出的比重为62.4%。",
]


def _tags(texts: list[str], unit: str | None = None):
    sentences = [Sentence(0, len(t), t) for t in texts]
    return tagged_sentences(sentences, [unit] * len(texts))


def test_apply_tagged_terms_are_the_lexicon_terms_of_the_sentence() -> None:
    for tagged, text in zip(_tags(TEXTS), TEXTS):
        assert tagged.text == text
        assert tagged.terms == find_terms(text)
        assert tagged.terms is tagged.terms  # looked up once


def test_apply_tagged_terms_wait_for_their_first_use() -> None:
    tagged = _tags(TEXTS[:1])[0]
    assert tagged._terms is None
    assert [f.text for f in tagged.figures] == ["1,286万元", "1,034万元"]
    assert tagged._terms is None


def test_apply_tagged_unit_labels_keep_the_terms_they_read() -> None:
    text = "其中：基金收入：4,512.80，基金支出：3,977.15"
    tagged = _tags([text], "万元")[0]
    assert [(f.kind, f.unit) for f in tagged.figures] == [("money", "万元"), ("money", "万元")]
    assert tagged._terms is not None and tagged.terms == find_terms(text)
