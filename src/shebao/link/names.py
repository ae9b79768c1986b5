"""The wording of a figure whose metric is not in the inventory.

``metric: "other"`` keeps the report's own words (``metric_name``).  They
are the tokens right before the figure, back to a clause break, a verb
that introduces the amount ("支付", "用于") or a filler, so the name is cut
at jieba token boundaries rather than at an arbitrary character.
"""

from __future__ import annotations

from dataclasses import replace

import regex
from spacy.tokens import Doc

from shebao.link import cues
from shebao.link.model import Draft

MAX_CHARS = 12


def name_before(doc: Doc, start: int) -> str | None:
    """The tokens before character ``start`` of ``doc`` that name a figure."""
    words: list[str] = []
    for token in reversed([t for t in doc if t.idx + len(t.text) <= start]):
        if cues.has("name_stop", token.text) or not regex.search(r"\p{Han}", token.text):
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
    for d in drafts:
        doc = docs.get(d.sentence.text)
        if needs_name(d) and doc is not None:
            d = replace(d, metric_name=name_before(doc, d.figure.start - d.sentence.start))
        out.append(d)
    return out


def needs_name(draft: Draft) -> bool:
    return draft.metric == "other" and draft.metric_name is None
