"""A whole report as a spaCy ``Doc``: its facts, flags and causes as span groups.

``load()`` gives a blank Chinese pipeline (jieba, with shebao's terms kept
whole) ending in the ``shebao_report_v1`` component.  The component runs the
shebao pipeline (:func:`shebao.pipeline.extract_document`) on ``doc.text``
and maps each record's character offsets onto tokens (``alignment_mode=
"expand"``, so a figure cut inside a token still gets the whole token):

- ``doc.spans["facts"]``: label = metric (``income``, ``expenditure`` …),
  ``span._.fact`` = the :class:`~shebao.records.Fact`;
- ``doc.spans["flags"]``: label = flag kind (``sum``, ``unit`` …),
  ``span._.flag`` = the :class:`~shebao.records.Flag`;
- ``doc.spans["causes"]``: label = effect (``increase``, ``below_budget`` …),
  ``span._.cause`` = the :class:`~shebao.records.Cause`;
- ``doc._.reports``: the :class:`~shebao.records.ReportRecord` list (one per
  report the text holds; a failed report is an error record there).

Render with displaCy::

    from spacy import displacy
    doc = shebao.nlp.load()(text)
    html = displacy.render(doc, style="span", options={"spans_key": "facts"})

The component is registered as a spaCy factory (entry point
``spacy_factories``), so ``spacy.blank("zh").add_pipe("shebao_report_v1")``
works without importing shebao first.  This module is the public face; the
inner tagging pipeline the linker uses is :func:`shebao.tag.nlp.make_nlp`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from shebao.pipeline import Stages, extract_document
from shebao.records import Document, ReportRecord
from shebao.tag.nlp import load_user_words

REPORT_FACTORY = "shebao_report_v1"
FACTS_KEY = "facts"
FLAGS_KEY = "flags"
CAUSES_KEY = "causes"
SOURCE_NAME = "<spacy doc>"  # the record's ``source`` when a Doc has no file behind it

for _name in ("fact", "flag", "cause"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("reports"):
    Doc.set_extension("reports", default=None)


def _spans(doc: Doc, items: Iterable[Any], label_of: Callable[[Any], str],
           extension: str) -> list[Span]:
    """A span per item (by its ``start``/``end`` offsets), the item on ``span._.<extension>``."""
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label_of(item),
                             alignment_mode="expand")
        if span is None:  # offsets outside the text, or an empty range
            continue
        setattr(span._, extension, item)
        spans.append(span)
    return spans


class ReportTagger:
    """Runs the shebao pipeline on ``doc.text``; puts its records on the Doc."""

    def __init__(self, checks: bool = True, causes: bool = True) -> None:
        self.stages = Stages(checks=checks, causes=causes)

    def records(self, text: str) -> list[ReportRecord]:
        """The pipeline's records for ``text`` (offsets index ``text``)."""
        document = Document(path=SOURCE_NAME, sha256=hashlib.sha256(text.encode()).hexdigest(),
                            text=text, encoding="utf-8")
        return extract_document(document, self.stages)

    def set_annotations(self, doc: Doc, records: list[ReportRecord]) -> None:
        facts = [f for r in records for f in r.facts]
        flags = [f for r in records for f in r.flags]
        causes = [c for r in records for c in r.causes]
        doc.spans[FACTS_KEY] = _spans(doc, facts, lambda f: f.metric, "fact")
        doc.spans[FLAGS_KEY] = _spans(doc, flags, lambda f: f.kind, "flag")
        doc.spans[CAUSES_KEY] = _spans(doc, causes, lambda c: c.effect, "cause")
        doc._.reports = records

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.records(doc.text))
        return doc


@Language.factory(REPORT_FACTORY, default_config={"checks": True, "causes": True})
def make_report_tagger(nlp: Language, name: str, checks: bool, causes: bool) -> ReportTagger:
    load_user_words()  # the pipeline's tokens keep shebao's terms whole
    return ReportTagger(checks=checks, causes=causes)


def load(checks: bool = True, causes: bool = True) -> Language:
    """A new pipeline whose Docs carry a report's facts, flags and causes as span groups.

    ``checks=False`` leaves the flags out, ``causes=False`` the causes (and
    the cause models unread): both save time when only the facts matter.
    """
    load_user_words()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe(REPORT_FACTORY, config={"checks": checks, "causes": causes})
    return nlp
