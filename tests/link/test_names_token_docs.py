"""Naming reads tokens from the tokenizer alone (names.token_docs): the same
tokens, and so the same names, as the docs of the whole pipeline."""

from __future__ import annotations

import pytest

from shebao.link.names import name_before, token_docs, token_ends
from shebao.tag.nlp import make_nlp

TEXTS = [
    "本市代发退休人员慰问金支出320万元，较上年增加12万元。",
    "统筹基金 收入 4567.8万元 ，其中利息收入12.5万元",
    "年末滚存结余为1,234.56万元（含调剂金），增长3.4%",
    "Q2 period: 支付老年护理补贴 88 万元；用于伤残津贴 9.5亿元。",
    "收入",
    "",
    "全年共为两千余名参保人办理异地就医结算费用垫付，合计76万元",
]


def tokenised(nlp, texts):
    """The docs of the whole pipeline (figure and term spans too) of distinct ``texts``."""
    unique = list(dict.fromkeys(texts))
    return dict(zip(unique, nlp.pipe(unique)))


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_token_docs_keep_each_distinct_text_once(nlp):
    docs = token_docs(nlp, TEXTS + TEXTS[:2])
    assert list(docs) == TEXTS


def test_token_docs_tokens_are_the_pipelines(nlp):
    tokens_only = token_docs(nlp, TEXTS)
    full = tokenised(nlp, TEXTS)
    for text in TEXTS:
        a, b = tokens_only[text], full[text]
        assert [(t.idx, t.text, t.whitespace_) for t in a] == [
            (t.idx, t.text, t.whitespace_) for t in b]


def test_names_read_from_token_docs_match_the_pipelines(nlp):
    tokens_only = token_docs(nlp, TEXTS)
    full = tokenised(nlp, TEXTS)
    for text in TEXTS:
        a, b = tokens_only[text], full[text]
        for pos in range(len(text) + 1):
            assert name_before(a, pos, token_ends(a)) == name_before(b, pos, token_ends(b))
