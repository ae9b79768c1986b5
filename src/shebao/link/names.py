"""The wording of a figure whose metric is not in the inventory.

``metric: "other"`` keeps the report's own words (``metric_name``).  They
are the tokens right before the figure, back to a clause break, a verb
that introduces the amount ("支付", "用于") or a filler, so the name is cut
at jieba token boundaries rather than at an arbitrary character.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import regex

from shebao.link import cues
from shebao.link.model import Draft, evolve

if TYPE_CHECKING:  # spaCy loads only when a sentence needs its tokens
    from collections.abc import Sequence

    from spacy.language import Language
    from spacy.tokens import Doc

MAX_CHARS = 12
MAX_TOKENS_BACK = 200  # tokens looked at before a figure (skipped ones included)
# a token holding a Han character (compiled once: ``regex.search`` with a
# pattern string looks it up in regex's cache in Python, about 3 µs a call)
HAN = regex.compile(r"\p{Han}")


def token_docs(nlp: Language, texts: Sequence[str]) -> dict[str, Doc]:
    """The tokens (jieba's, through ``nlp``'s tokenizer) of each distinct text.

    Naming reads tokens only: the pipeline's components (figure and term
    spans, ``tag.nlp``) add spans and never change the tokens, so they are
    not run here."""
    return {text: nlp.make_doc(text) for text in dict.fromkeys(texts)}


def token_ends(doc: Doc) -> list[int]:
    """The end offset of each token of ``doc`` (ascending)."""
    return [t.idx + len(t.text) for t in doc]


def name_before(doc: Doc, start: int, ends: list[int] | None = None) -> str | None:
    """The tokens before character ``start`` of ``doc`` that name a figure.

    ``ends`` (``token_ends(doc)``) finds the tokens before ``start`` by
    bisection: a sentence of many figures costs no more than its tokens.
    """
    ends = token_ends(doc) if ends is None else ends
    last = bisect_right(ends, start)
    words: list[str] = []
    for i in range(last - 1, max(last - MAX_TOKENS_BACK, 0) - 1, -1):
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


def rename(drafts: list[Draft], docs: dict[str, Doc]) -> list[Draft]:
    """Drafts of unknown, unnamed metrics get a name from their sentence's tokens."""
    out = []
    ends: dict[int, list[int]] = {}  # by id of the doc, computed once per sentence
    for d in drafts:
        doc = docs.get(d.sentence.text)
        if needs_name(d) and doc is not None:
            if id(doc) not in ends:
                ends[id(doc)] = token_ends(doc)
            d = evolve(d, metric_name=name_before(doc, d.figure.start - d.sentence.start,
                                                  ends[id(doc)]))
        out.append(d)
    return out


def needs_name(draft: Draft) -> bool:
    return draft.metric == "other" and draft.metric_name is None
