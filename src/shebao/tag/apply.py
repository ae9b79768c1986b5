"""Tag at character level first; tokenise only the sentences that need it.

Figures and lexicon terms are found by compiled patterns over every
sentence (cheap).  jieba, through the spaCy pipeline of ``tag.nlp``, runs
only on the few sentences whose figures name no known metric: their own
wording (``metric_name``) is cut at token boundaries, which only a
segmenter knows.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from shebao.records import Figure, Sentence
from shebao.tag.figures import find_figures
from shebao.tag.terms import Term, find_terms


def tagged_sentences(sentences: Sequence[Sentence]) -> list[tuple[list[Figure], list[Term]]]:
    """(figures, terms) of each sentence, offsets relative to the sentence."""
    return [(find_figures(s.text), find_terms(s.text)) for s in sentences]


def tokenised(nlp: Language, texts: Sequence[str]) -> dict[str, Doc]:
    """spaCy docs (jieba tokens, figure and term spans) of distinct ``texts``."""
    unique = list(dict.fromkeys(texts))
    return dict(zip(unique, nlp.pipe(unique)))
