"""The wording of a figure whose metric is not in the inventory.

``metric: "other"`` keeps the report's own words (``metric_name``).  They
are the tokens right before the figure, back to a clause break, a verb
that introduces the amount ("支付", "用于") or a filler, so the name is cut
at jieba token boundaries rather than at an arbitrary character.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

import regex

from shebao.link import cues
from shebao.link.model import Draft, evolve

if TYPE_CHECKING:
    from collections.abc import Sequence

MAX_CHARS = 12
MAX_TOKENS_BACK = 200  # tokens looked at before a figure (skipped ones included)
# a token holding a Han character (compiled once: ``regex.search`` with a
# pattern string looks it up in regex's cache in Python, about 3 µs a call)
HAN = regex.compile(r"\p{Han}")


class Tokens(NamedTuple):
    """The tokens of one text: their texts and end offsets (ascending)."""

    words: list[str]
    ends: list[int]


def sentence_tokens(texts: Sequence[str]) -> dict[str, Tokens]:
    """The tokens of each distinct text, cut by the pipeline's tokenizer (jieba,
    ``tag.nlp.make_nlp``; spaCy and jieba load here, on first need).

    Naming reads tokens only: the pipeline's components (figure and term
    spans, ``tag.nlp``) add spans and never change the tokens, so they are
    not run here."""
    from shebao.tag.nlp import make_nlp

    make_doc = make_nlp().make_doc
    out = {}
    for text in dict.fromkeys(texts):
        doc = make_doc(text)
        out[text] = Tokens([t.text for t in doc], [t.idx + len(t.text) for t in doc])
    return out


def name_before(tokens: Tokens, start: int) -> str | None:
    """The tokens before character ``start`` that name a figure; they are
    found by bisection of the ends: a sentence of many figures costs no
    more than its tokens."""
    texts, ends = tokens
    last = bisect_right(ends, start)
    words: list[str] = []
    for i in range(last - 1, max(last - MAX_TOKENS_BACK, 0) - 1, -1):
        text = texts[i]
        if cues.has("name_stop", text) or HAN.search(text) is None:
            if words:
                break
            continue
        if sum(len(w) for w in words) + len(text) > MAX_CHARS:
            break
        words.insert(0, text)
    name = "".join(words)
    return name if len(name) >= 2 else None


def rename(drafts: list[Draft], tokens: dict[str, Tokens]) -> list[Draft]:
    """Drafts of unknown, unnamed metrics get a name from their sentence's tokens."""
    out = []
    for d in drafts:
        found = tokens.get(d.sentence.text)
        if needs_name(d) and found is not None:
            d = evolve(d, metric_name=name_before(found, d.figure.start - d.sentence.start))
        out.append(d)
    return out


def needs_name(draft: Draft) -> bool:
    return draft.metric == "other" and draft.metric_name is None
