"""make_nlp: jieba keeps lexicon terms whole; the two components tag spans."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from shebao.tag.nlp import FIGURES_FACTORY, TERMS_FACTORY, make_nlp


@pytest.mark.parametrize(
    "text, word",
    [
        ("某县城乡居民基本养老保险基金运行平稳。", "城乡居民基本养老保险基金"),
        ("本年上解上级支出83万元。", "上解上级支出"),
        ("企业职工基本养老保险基金收入增加。", "企业职工基本养老保险基金"),
    ],
)
def test_nlp_lexicon_terms_stay_single_tokens(text: str, word: str) -> None:
    assert word in [t.text for t in make_nlp()(text)]


@pytest.mark.parametrize("name", [FIGURES_FACTORY, TERMS_FACTORY])
def test_nlp_factories_are_registered_by_name(name: str) -> None:
    assert Language.has_factory(name)
    assert name in make_nlp().pipe_names


def test_nlp_pipeline_is_built_once() -> None:
    assert make_nlp() is make_nlp()


@pytest.mark.parametrize(
    "text, span, label, value",
    [
        ("基金收入累计总额为11346.26万元，其中利息收入488.88万元。", "11346.26万元", "money", "11346.26"),
        ("本年支出增长7.6%。", "7.6%", "percent", "7.6"),
        ("保障离退休人员5728人。", "5728人", "count", "5728"),
    ],
)
def test_nlp_figure_spans_cover_figures(text: str, span: str, label: str, value: str) -> None:
    doc = make_nlp()(text)
    hits = [s for s in doc.spans["figures"] if s.text == span]
    assert hits and hits[0].label_ == label
    figure = hits[0]._.figure
    assert figure.value == Decimal(value)
    assert doc.text[figure.start:figure.end] == span


@pytest.mark.parametrize(
    "text, span, label, slot",
    [
        ("城乡居民基本养老保险基金收入增加。", "城乡居民基本养老保险基金", "fund", "resident_pension"),
        ("本年上解上级支出83万元。", "上解上级支出", "metric", "remittance_to_superior"),
    ],
)
def test_nlp_term_spans_carry_terms(text: str, span: str, label: str, slot: str) -> None:
    doc = make_nlp()(text)
    hits = [s for s in doc.spans["terms"] if s.text == span]
    assert hits and hits[0].label_ == label and hits[0]._.term.id == slot
