"""Tag at character level first; tokenise only the sentences that need it.

Figures and lexicon terms are found by compiled patterns over every
sentence (cheap).  jieba, through the spaCy tokenizer of ``tag.nlp``, runs
only on the few sentences whose figures name no known metric: their own
wording (``metric_name``) is cut at token boundaries, which only a
segmenter knows.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from shebao.resources import cue_pattern
from shebao.records import Figure, Report, Sentence
from shebao.tag.figures import figures_of, find_matches, find_unit_header
from shebao.tag.terms import Term, find_terms


class Tagged:
    """One sentence's tags: its figures, and its lexicon terms found on first use.

    The linker reads the terms of the sentences it links; most sentences
    without money or percent figures are never linked
    (``link.statements.link_sentence``), so their terms are never looked up.
    """

    __slots__ = ("text", "figures", "_terms")

    def __init__(self, text: str, figures: list[Figure], terms: list[Term] | None = None):
        self.text = text
        self.figures = figures  # offsets relative to the sentence
        self._terms = terms

    @property
    def terms(self) -> list[Term]:
        """The sentence's lexicon terms (``find_terms``), offsets relative to it."""
        if self._terms is None:
            self._terms = find_terms(self.text)
        return self._terms

    def __repr__(self) -> str:
        return f"Tagged({self.text!r}, {len(self.figures)} figures)"


def tagged_sentences(sentences: Sequence[Sentence], units: Sequence[str | None] | None = None,
                     ) -> list[Tagged]:
    """The tags of each sentence, offsets relative to the sentence.

    ``units`` gives each sentence the unit of a "单位：元" line standing above
    it (None: none): a bare number labelled by a metric, account or fund word
    right before it ("基金收入：612,483,915.27") is money in that unit.
    """
    out = []
    for k, s in enumerate(sentences):
        unit = units[k] if units is not None else None
        out.append(_tagged(s.text, unit))
    return out


LABEL_GAP = 3  # characters allowed between a label word and its bare number


def _tagged(text: str, unit: str | None) -> Tagged:
    matches = find_matches(text)
    plain = figures_of(matches)
    if unit is None or not any(f.kind == "number" for f in plain):
        return Tagged(text, plain)
    scoped = figures_of(matches, unit)
    if [f.start for f in scoped] != [f.start for f in plain]:
        return Tagged(text, plain)
    terms = find_terms(text)
    ends = [t.end for t in terms]
    return Tagged(text, [s if p.kind == "number" and s.kind == "money"
                         and _labelled(text, s.start, ends) else p
                         for p, s in zip(plain, scoped)], terms)


def _labelled(text: str, start: int, ends: list[int]) -> bool:
    """A label word ends right before ``start``, with at most a colon or 为 between."""
    gap = _label_gap()
    return any(0 <= start - e <= LABEL_GAP and gap.search(text[e:start]) is not None
               for e in ends)


def _label_gap() -> regex.Pattern:
    return cue_pattern("tag_cues.yaml", "label_gap")


def unit_scopes(report: Report) -> list[str | None]:
    """For each sentence of ``report``, the unit of the nearest "单位：元" line
    standing alone above it in the prose (None before any)."""
    unit: str | None = None
    out: list[str | None] = []
    for paragraph in report.paragraphs:
        # the length first: most paragraphs are prose, longer than a unit line (no search)
        if len(paragraph.text.strip()) <= UNIT_LINE_CHARS:
            header = find_unit_header(paragraph.text)
            if header is not None:
                unit = header
        out += [unit] * len(paragraph.sentences)  # a list, not a generator per paragraph
    return out


UNIT_LINE_CHARS = 16  # a line longer than this is prose, not a unit line
