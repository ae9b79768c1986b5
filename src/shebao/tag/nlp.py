"""The one place where spaCy is wired: a blank Chinese pipeline on jieba.

Two thin components, registered as versioned factories, put the rule-based
tags on the doc: ``shebao.figures.v1`` (``doc.spans["figures"]``, label =
figure kind, ``span._.figure``) and ``shebao.terms.v1`` (``doc.spans["terms"]``,
label = term kind, ``span._.term``).
"""

from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from shebao.records import Figure
from shebao.tag.figures import find_figures
from shebao.tag.terms import Term, find_terms, user_words

FIGURES_FACTORY = "shebao_figures_v1"
TERMS_FACTORY = "shebao_terms_v1"
FIGURES_KEY = "figures"
TERMS_KEY = "terms"

_jieba_ready = False  # jieba is process-global: add the user words once

for _name in ("figure", "term"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def load_user_words() -> None:
    """Teach jieba the lexicon terms so that they stay single tokens (once)."""
    global _jieba_ready
    if _jieba_ready:
        return
    jieba.setLogLevel(logging.WARNING)
    for word in user_words():
        jieba.add_word(word)
    _jieba_ready = True


def _spans(doc: Doc, items: list, label_of, extension: str) -> list[Span]:
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label_of(item), alignment_mode="expand")
        if span is None:
            continue
        setattr(span._, extension, item)
        spans.append(span)
    return spans


class FigureTagger:
    """Puts :func:`find_figures` on ``doc.spans["figures"]``."""

    def __init__(self, default_unit: str | None = None) -> None:
        self.default_unit = default_unit

    def match(self, doc: Doc) -> list[Figure]:
        return find_figures(doc.text, self.default_unit)

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        doc.spans[FIGURES_KEY] = _spans(doc, figures, lambda f: f.kind, "figure")

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


class TermTagger:
    """Puts :func:`find_terms` on ``doc.spans["terms"]``."""

    def match(self, doc: Doc) -> list[Term]:
        return find_terms(doc.text)

    def set_annotations(self, doc: Doc, terms: list[Term]) -> None:
        doc.spans[TERMS_KEY] = _spans(doc, terms, lambda t: t.kind, "term")

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(FIGURES_FACTORY, default_config={"default_unit": None})
def make_figure_tagger(nlp: Language, name: str, default_unit: str | None) -> FigureTagger:
    return FigureTagger(default_unit)


@Language.factory(TERMS_FACTORY)
def make_term_tagger(nlp: Language, name: str) -> TermTagger:
    return TermTagger()


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """The shared pipeline (built once per process)."""
    load_user_words()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe(TERMS_FACTORY)
    nlp.add_pipe(FIGURES_FACTORY)
    return nlp
