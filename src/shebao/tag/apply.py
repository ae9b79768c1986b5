"""Run the spaCy pipeline only where figures can be: tokenise what needs it.

A character-level pre-check picks the sentences that hold a digit or a
Chinese-numeral amount; only those go through ``nlp.pipe`` (jieba and the
figure/term components).  The others get their lexicon terms directly,
because a sentence without figures can still name the fund that the next
sentence's figures belong to.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from spacy.language import Language

from shebao.records import Figure, Sentence
from shebao.tag.terms import Term, find_terms

MAY_HOLD_FIGURE = regex.compile(
    r"""
    \d                               # any Arabic digit
    | 百分之                          # a spelled-out percent
    | [零〇一二两三四五六七八九十百千万亿]+(?:元|人|户)   # a Chinese-numeral amount
    """,
    regex.VERBOSE,
)


def tagged_sentences(
    nlp: Language, sentences: Sequence[Sentence]
) -> list[tuple[list[Figure], list[Term]]]:
    """(figures, terms) of each sentence, offsets relative to the sentence."""
    out: list[tuple[list[Figure], list[Term]]] = [([], []) for _ in sentences]
    need = [i for i, s in enumerate(sentences) if MAY_HOLD_FIGURE.search(s.text)]
    needed = set(need)
    for i, s in enumerate(sentences):
        if i not in needed:
            out[i] = ([], find_terms(s.text))
    docs = nlp.pipe(sentences[i].text for i in need)
    for i, doc in zip(need, docs):
        figures = [span._.figure for span in doc.spans["figures"]]
        terms = [span._.term for span in doc.spans["terms"]]
        out[i] = (figures, terms)
    return out
