"""Naming reads the tokens of the pipeline's tokenizer alone (names.sentence_tokens):
the same token texts and ends, and so the same names, as the docs of the whole
pipeline."""

from __future__ import annotations

import pytest

from shebao.link import cues
from shebao.link.names import HAN, MAX_CHARS, Tokens, name_before, sentence_tokens
from shebao.tag.nlp import make_nlp

TEXTS = [
    "本市代发退休人员慰问金支出320万元，较上年增加12万元。",
    "统筹基金 收入 4567.8万元 ，其中利息收入12.5万元",
    "年末滚存结余为1,234.56万元（含调剂金），增长3.4%",
    "Q2 period: 支付老年护理补贴 88 万元；用于伤残津贴 9.5亿元。",
    "两个空格  之后  的收入 5万元",
    " 开头的空格和结尾的空格 ",
    "收入",
    "",
    "全年共为两千余名参保人办理异地就医结算费用垫付，合计76万元",
]


def tokenised(nlp, texts):
    """The docs of the whole pipeline (figure and term spans too) of distinct ``texts``."""
    unique = list(dict.fromkeys(texts))
    return dict(zip(unique, nlp.pipe(unique)))


def _doc_name_before(doc, start: int) -> str | None:
    """The name as it was read from a Doc (the form ``name_before`` replaces)."""
    last = sum(1 for t in doc if t.idx + len(t.text) <= start)
    words: list[str] = []
    for i in range(last - 1, max(last - 200, 0) - 1, -1):
        token = doc[i]
        if cues.has("name_stop", token.text) or HAN.search(token.text) is None:
            if words:
                break
            continue
        if sum(len(w) for w in words) + len(token.text) > MAX_CHARS:
            break
        words.insert(0, token.text)
    name = "".join(words)
    return name if len(name) >= 2 else None


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_sentence_tokens_keep_each_distinct_text_once():
    tokens = sentence_tokens(TEXTS + TEXTS[:2])
    assert list(tokens) == list(dict.fromkeys(TEXTS))


def test_sentence_tokens_are_the_pipelines(nlp):
    tokens = sentence_tokens(TEXTS)
    full = tokenised(nlp, TEXTS)
    for text in TEXTS:
        doc = full[text]
        assert tokens[text] == Tokens([t.text for t in doc], [t.idx + len(t.text) for t in doc])


def test_names_read_from_sentence_tokens_match_the_pipelines(nlp):
    tokens = sentence_tokens(TEXTS)
    full = tokenised(nlp, TEXTS)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            assert name_before(tokens[text], pos) == _doc_name_before(full[text], pos)
